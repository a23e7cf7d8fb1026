package id.etalase.catalog;

import id.etalase.business.Business;
import id.etalase.curation.CuratedEntity;
import id.etalase.tenant.PublicRecordListener;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * Something a UMKM makes and sells: batik cloth, a bag of roasted coffee, a jar of tape. Priced in
 * whole rupiah, or "harga nego" when the producer prefers to talk.
 */
@Entity
@EntityListeners(PublicRecordListener.class)
@Table(name = "product")
public class Product extends CuratedEntity {

  @Id
  @SequenceGenerator(name = "catalog_id", sequenceName = "catalog_id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_id")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "business_id")
  private Business business;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "category_id")
  private Category category;

  private String slug;
  private String name;
  private String description;

  @Column(name = "price_min")
  private Long priceMin;

  @Column(name = "price_max")
  private Long priceMax;

  @Column(name = "price_negotiable")
  private boolean negotiable;

  private String unit;

  @Column(name = "min_order")
  private Integer minOrder;

  @Enumerated(EnumType.STRING)
  private Availability availability = Availability.READY;

  private boolean featured;

  /** What search reads: this product's words and those of its business, cluster and area. */
  @Column(name = "search_text")
  private String searchText = "";

  protected Product() {}

  Product(String slug) {
    this.slug = slug;
  }

  /** Takes checked values; true when one changed. */
  boolean apply(ProductData d, Business business, Category category) {
    Object before = toData();
    this.business = business;
    this.category = category;
    name = d.name();
    description = d.description();
    priceMin = d.priceMin();
    priceMax = d.priceMax();
    negotiable = d.negotiable();
    unit = d.unit();
    minOrder = d.minOrder();
    availability = d.availability();
    featured = d.featured();
    setStatus(d.status());
    return !before.equals(toData());
  }

  /** The record as data, in the shape the service takes and the audit log compares. */
  public ProductData toData() {
    return new ProductData(
        slug,
        business == null ? null : business.getSlug(),
        category == null ? null : category.getSlug(),
        name,
        description,
        priceMin,
        priceMax,
        negotiable,
        unit,
        minOrder,
        availability,
        featured,
        getStatus());
  }

  void index(String text) {
    searchText = text;
  }

  public Long getId() {
    return id;
  }

  public Business getBusiness() {
    return business;
  }

  /** A product belongs to its business: that business's owner reaches it. */
  @Override
  public Long owningBusinessId() {
    return business.getId();
  }

  public Category getCategory() {
    return category;
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

  public Long getPriceMin() {
    return priceMin;
  }

  public Long getPriceMax() {
    return priceMax;
  }

  public boolean isNegotiable() {
    return negotiable;
  }

  public String getUnit() {
    return unit;
  }

  public Integer getMinOrder() {
    return minOrder;
  }

  public Availability getAvailability() {
    return availability;
  }

  public boolean isFeatured() {
    return featured;
  }
}
