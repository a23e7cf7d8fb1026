package id.etalase.ordering;

import id.etalase.tenant.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One product of an order as it was ordered: its name, unit and price are copied, so a later change
 * of the product, or its removal, leaves the order as the buyer saw it.
 */
@Entity
@Table(name = "order_line")
public class OrderLine extends TenantScopedEntity {

  @Id
  @SequenceGenerator(name = "order_id", sequenceName = "order_id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_id")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "order_id")
  private CustomerOrder order;

  private int position;

  @Column(name = "product_id")
  private long productId;

  @Column(name = "product_name")
  private String productName;

  private String unit;

  @Column(name = "unit_price")
  private long unitPrice;

  private int quantity;

  protected OrderLine() {}

  OrderLine(
      CustomerOrder order,
      int position,
      long productId,
      String productName,
      String unit,
      long unitPrice,
      int quantity) {
    this.order = order;
    this.position = position;
    this.productId = productId;
    this.productName = productName;
    this.unit = unit;
    this.unitPrice = unitPrice;
    this.quantity = quantity;
  }

  public Long getId() {
    return id;
  }

  public long getProductId() {
    return productId;
  }

  public String getProductName() {
    return productName;
  }

  public String getUnit() {
    return unit;
  }

  public long getUnitPrice() {
    return unitPrice;
  }

  public int getQuantity() {
    return quantity;
  }

  public long getSubtotal() {
    return unitPrice * quantity;
  }
}
