package id.etalase.ordering;

import id.etalase.business.Business;
import id.etalase.tenant.TenantScopedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An order a visitor sent to one business: who to reach, how the goods travel, its lines as ordered
 * and where it stands. Tenant-scoped like the business. The visitor's link is kept only as a hash
 * ({@link OrderTokens}), so the table alone does not open anyone's status page.
 */
@Entity
@Table(name = "customer_order")
public class CustomerOrder extends TenantScopedEntity {

  @Id
  @SequenceGenerator(name = "order_id", sequenceName = "order_id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_id")
  private Long id;

  private int number;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "business_id")
  private Business business;

  @Column(name = "token_hash", updatable = false)
  private String tokenHash;

  @Column(name = "buyer_name")
  private String buyerName;

  @Column(name = "buyer_whatsapp")
  private String buyerWhatsapp;

  @Column(name = "buyer_email")
  private String buyerEmail;

  @Enumerated(EnumType.STRING)
  private Delivery delivery;

  private String address;
  private String note;

  @Enumerated(EnumType.STRING)
  private OrderStatus status = OrderStatus.NEW;

  @Column(name = "cancel_reason")
  private String cancelReason;

  private long total;

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  @Version private long version;

  @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<OrderLine> lines = new ArrayList<>();

  protected CustomerOrder() {}

  /** A new order of checked input; its lines are added by {@link #add}. */
  CustomerOrder(
      int number,
      Business business,
      String tokenHash,
      OrderRequest.Buyer buyer,
      OffsetDateTime placedAt) {
    this.number = number;
    this.business = Objects.requireNonNull(business, "An order is for a business");
    this.tokenHash = Objects.requireNonNull(tokenHash, "An order needs its token's hash");
    this.buyerName = buyer.name();
    this.buyerWhatsapp = buyer.whatsapp();
    this.buyerEmail = buyer.email();
    this.delivery = buyer.delivery();
    this.address = buyer.address();
    this.note = buyer.note();
    this.createdAt = placedAt.withOffsetSameInstant(ZoneOffset.UTC);
    this.updatedAt = createdAt;
  }

  void add(long productId, String productName, String unit, long unitPrice, int quantity) {
    lines.add(new OrderLine(this, lines.size(), productId, productName, unit, unitPrice, quantity));
    total = Math.addExact(total, Math.multiplyExact(unitPrice, quantity));
  }

  /** Moves to the next status; the service has checked the step is allowed. */
  void moveTo(OrderStatus target, String reason, OffsetDateTime at) {
    if (!status.mayBecome(target)) {
      throw new IllegalStateException(status + " cannot become " + target);
    }
    status = target;
    cancelReason = target == OrderStatus.CANCELLED ? reason : null;
    updatedAt = at.withOffsetSameInstant(ZoneOffset.UTC);
  }

  public Long getId() {
    return id;
  }

  public int getNumber() {
    return number;
  }

  /** The number as people read and say it: {@code P-00042}. */
  public String getReference() {
    return reference(number);
  }

  public static String reference(int number) {
    return String.format("P-%05d", number);
  }

  /** Read inside the service's transaction only: lazy loads outside it see no rows (RLS). */
  public Business getBusiness() {
    return business;
  }

  public String getBuyerName() {
    return buyerName;
  }

  public String getBuyerWhatsapp() {
    return buyerWhatsapp;
  }

  public String getBuyerEmail() {
    return buyerEmail;
  }

  public Delivery getDelivery() {
    return delivery;
  }

  public String getAddress() {
    return address;
  }

  public String getNote() {
    return note;
  }

  public OrderStatus getStatus() {
    return status;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public long getTotal() {
    return total;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }

  public List<OrderLine> getLines() {
    return List.copyOf(lines);
  }
}
