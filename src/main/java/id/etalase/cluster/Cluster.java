package id.etalase.cluster;

import id.etalase.curation.CuratedEntity;
import id.etalase.tenant.PublicRecordListener;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A sentra: a cluster of UMKM in one place, such as the batik village of Tamanan, that a regency
 * promotes as a whole and that visitors can go to. Carries what a visitor needs to plan a trip:
 * opening hours, activities, prices, directions and a contact.
 */
@Entity
@EntityListeners(PublicRecordListener.class)
@Table(name = "cluster")
public class Cluster extends CuratedEntity {

  @Id
  @SequenceGenerator(name = "catalog_id", sequenceName = "catalog_id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_id")
  private Long id;

  private String slug;
  private String name;
  private String description;

  @Column(name = "district_code")
  private String districtCode;

  private BigDecimal latitude;
  private BigDecimal longitude;

  @Column(name = "opening_hours")
  private String openingHours;

  private String activities;

  @Column(name = "visitor_prices")
  private String visitorPrices;

  private String directions;

  @Column(name = "contact_name")
  private String contactName;

  @Column(name = "contact_phone")
  private String contactPhone;

  protected Cluster() {}

  /** Values are validated by {@link ClusterService}; the constructor takes them as they are. */
  public Cluster(String slug, String name) {
    this.slug = slug;
    this.name = name;
  }

  /** Takes every editable field; true when one changed. */
  boolean apply(ClusterData d) {
    Object before = toData();
    name = d.name();
    description = d.description();
    districtCode = d.districtCode();
    latitude = d.latitude();
    longitude = d.longitude();
    openingHours = d.openingHours();
    activities = d.activities();
    visitorPrices = d.visitorPrices();
    directions = d.directions();
    contactName = d.contactName();
    contactPhone = d.contactPhone();
    setStatus(d.status());
    return !before.equals(toData());
  }

  /** The cluster as the console and the audit log see it. */
  public ClusterData toData() {
    return new ClusterData(
        slug,
        name,
        description,
        districtCode,
        latitude,
        longitude,
        openingHours,
        activities,
        visitorPrices,
        directions,
        contactName,
        contactPhone,
        getStatus());
  }

  public Long getId() {
    return id;
  }

  /** A cluster belongs to no business: it is the operators' alone. */
  @Override
  public Long owningBusinessId() {
    return null;
  }

  public String getSlug() {
    return slug;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public String getDistrictCode() {
    return districtCode;
  }

  public BigDecimal getLatitude() {
    return latitude;
  }

  public BigDecimal getLongitude() {
    return longitude;
  }

  public String getOpeningHours() {
    return openingHours;
  }

  public String getActivities() {
    return activities;
  }

  public String getVisitorPrices() {
    return visitorPrices;
  }

  public String getDirections() {
    return directions;
  }

  public String getContactName() {
    return contactName;
  }

  public String getContactPhone() {
    return contactPhone;
  }
}
