package id.etalase.business;

import id.etalase.cluster.Cluster;
import id.etalase.curation.CuratedEntity;
import id.etalase.tenant.PublicRecordListener;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A UMKM (micro, small or medium enterprise) listed in a regency's directory: who makes what, and
 * how to reach them. Tenant-scoped: a business belongs to exactly one regency.
 */
@Entity
@EntityListeners(PublicRecordListener.class)
@Table(name = "business")
public class Business extends CuratedEntity {

  public static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";

  @Id
  @SequenceGenerator(name = "business_id", sequenceName = "business_id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "business_id")
  private Long id;

  @NotNull
  @Size(max = 120)
  @Pattern(regexp = SLUG)
  private String slug;

  @NotBlank
  @Size(max = 200)
  private String name;

  @Size(max = 200)
  @Column(name = "owner_name")
  private String ownerName;

  @Size(max = 5000)
  private String description;

  @Size(max = 60)
  private String sector;

  @Column(name = "district_code")
  private String districtCode;

  @Column(name = "village_code")
  private String villageCode;

  @Size(max = 300)
  @Column(name = "street_address")
  private String streetAddress;

  private BigDecimal latitude;
  private BigDecimal longitude;

  /** E.164, as {@link id.etalase.contact.PhoneNumbers} normalised it. */
  private String phone;

  /** E.164 of a mobile number. */
  private String whatsapp;

  private String email;

  @Column(name = "founded_year")
  private Integer foundedYear;

  /** Nomor Induk Berusaha, the 13-digit business number from OSS. */
  private String nib;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "cluster_id")
  private Cluster cluster;

  @Column(name = "payment_bank")
  private String paymentBank;

  @Column(name = "payment_account")
  private String paymentAccount;

  @Column(name = "payment_holder")
  private String paymentHolder;

  @Column(name = "payment_qris")
  private String paymentQris;

  @OneToMany(mappedBy = "business", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<BusinessLink> links = new ArrayList<>();

  @OneToMany(mappedBy = "business", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("kind")
  private List<Certification> certifications = new ArrayList<>();

  protected Business() {}

  public Business(String slug, String name) {
    if (slug == null || !slug.matches(SLUG) || slug.length() > 120) {
      throw new IllegalArgumentException("A business slug is lower-case words joined by '-'");
    }
    this.slug = slug;
    rename(name);
  }

  public void rename(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A business needs a name");
    }
    this.name = name.strip();
  }

  public void describe(String ownerName, String description) {
    this.ownerName = ownerName;
    this.description = description;
  }

  /**
   * Takes the editable fields from checked {@code data}; the cluster is resolved by the service.
   *
   * @return true when a field changed
   */
  boolean apply(BusinessData data, Cluster cluster) {
    Object before = toData();
    rename(data.name());
    describe(data.ownerName(), data.description());
    sector = data.sector();
    districtCode = data.districtCode();
    villageCode = data.villageCode();
    streetAddress = data.streetAddress();
    latitude = data.latitude();
    longitude = data.longitude();
    phone = data.phone();
    whatsapp = data.whatsapp();
    email = data.email();
    foundedYear = data.foundedYear();
    nib = data.nib();
    this.cluster = cluster;
    paymentBank = data.payment().bank();
    paymentAccount = data.payment().accountNumber();
    paymentHolder = data.payment().accountHolder();
    paymentQris = data.payment().qris();
    setStatus(data.status());
    boolean changed = !before.equals(toData());
    return replaceLinks(data.links()) | replaceCertifications(data.certifications()) | changed;
  }

  private boolean replaceLinks(List<BusinessData.Link> wanted) {
    List<BusinessData.Link> current =
        links.stream().map(l -> new BusinessData.Link(l.getKind(), l.getUrl())).toList();
    if (current.equals(wanted)) {
      return false;
    }
    links.clear();
    for (int i = 0; i < wanted.size(); i++) {
      links.add(new BusinessLink(this, i, wanted.get(i).kind(), wanted.get(i).url()));
    }
    return true;
  }

  private boolean replaceCertifications(List<BusinessData.CertificationData> wanted) {
    List<BusinessData.CertificationData> current =
        certifications.stream()
            .map(
                c ->
                    new BusinessData.CertificationData(
                        c.getKind(), c.getNumber(), c.getExpiresOn()))
            .sorted(Comparator.comparing(BusinessData.CertificationData::kind))
            .toList();
    List<BusinessData.CertificationData> sorted =
        wanted.stream().sorted(Comparator.comparing(BusinessData.CertificationData::kind)).toList();
    if (current.equals(sorted)) {
      return false;
    }
    certifications.clear();
    for (BusinessData.CertificationData c : sorted) {
      certifications.add(new Certification(this, c.kind(), c.number(), c.expiresOn()));
    }
    return true;
  }

  /** The record as data, in the shape the service takes and the audit log compares. */
  public BusinessData toData() {
    return BusinessData.of(this);
  }

  /** How buyers pay this business, for the order pages. */
  public PaymentDetails getPayment() {
    return new PaymentDetails(paymentBank, paymentAccount, paymentHolder, paymentQris);
  }

  public Long getId() {
    return id;
  }

  /** A business belongs to itself: its owner reaches it. */
  @Override
  public Long owningBusinessId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public String getName() {
    return name;
  }

  public String getOwnerName() {
    return ownerName;
  }

  public String getDescription() {
    return description;
  }

  public String getSector() {
    return sector;
  }

  public String getDistrictCode() {
    return districtCode;
  }

  public String getVillageCode() {
    return villageCode;
  }

  public String getStreetAddress() {
    return streetAddress;
  }

  public BigDecimal getLatitude() {
    return latitude;
  }

  public BigDecimal getLongitude() {
    return longitude;
  }

  public String getPhone() {
    return phone;
  }

  public String getWhatsapp() {
    return whatsapp;
  }

  public String getEmail() {
    return email;
  }

  public Integer getFoundedYear() {
    return foundedYear;
  }

  public String getNib() {
    return nib;
  }

  /** Read inside the service's transaction only: lazy loads outside it see no rows (RLS). */
  public Cluster getCluster() {
    return cluster;
  }

  public List<BusinessLink> getLinks() {
    return List.copyOf(links);
  }

  public List<Certification> getCertifications() {
    return List.copyOf(certifications);
  }
}
