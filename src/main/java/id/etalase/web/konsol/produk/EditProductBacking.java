package id.etalase.web.konsol.produk;

import id.etalase.account.ConsoleUser;
import id.etalase.account.Role;
import id.etalase.business.Business;
import id.etalase.business.BusinessService;
import id.etalase.catalog.Availability;
import id.etalase.catalog.Category;
import id.etalase.catalog.CategoryService;
import id.etalase.catalog.Product;
import id.etalase.catalog.ProductData;
import id.etalase.catalog.ProductService;
import id.etalase.curation.CurationAction;
import id.etalase.curation.PublicationStatus;
import id.etalase.curation.RecordType;
import id.etalase.media.Photo;
import id.etalase.media.PhotoOwner;
import id.etalase.platform.InvalidInputException;
import id.etalase.platform.RecordNotFoundException;
import id.etalase.region.RegionNames;
import id.etalase.tenant.CurrentTenant;
import id.etalase.web.console.ConsoleMessages;
import id.etalase.web.console.ConsoleRecordPage;
import id.etalase.web.console.SignedIn;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.primefaces.event.FileUploadEvent;

/**
 * Creating and editing one product ({@code konsol/produk/ubah.xhtml?id=…}, or {@code ?usaha=…} for
 * a new product of a business): its fields, photos and curation. Another tenant's id, or a product
 * of someone else's business for a business owner, is answered with 404.
 */
@Named
@ViewScoped
public class EditProductBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FIELDS =
      Map.of(
          "slug", "product:slug",
          "name", "product:name",
          "categorySlug", "product:category",
          "description", "product:description",
          "priceMin", "product:priceMin",
          "priceMax", "product:priceMax",
          "unit", "product:unit",
          "minOrder", "product:minOrder");

  @Inject private transient ProductService products;
  @Inject private transient BusinessService businesses;
  @Inject private transient CategoryService categories;
  @Inject private transient ConsoleRecordPage page;
  @Inject private transient CurrentTenant currentTenant;
  @Inject private transient SignedIn signedIn;
  @Inject private transient ConsoleMessages messages;

  private Long id;
  private Long businessId;
  private String businessSlug;
  private String businessName;
  private String slug;
  private String name;
  private String categorySlug;
  private String description;
  private Long priceMin;
  private Long priceMax;
  private boolean negotiable;
  private String unit;
  private Integer minOrder;
  private Availability availability = Availability.READY;
  private boolean featured;
  private PublicationStatus status = PublicationStatus.DRAFT;
  private String rejectionReason;
  private String reason;
  private List<Category> categoryList;
  private List<Photo> photos = List.of();

  public void load() throws IOException {
    if (categoryList != null) {
      return;
    }
    ConsoleUser user = signedIn.require();
    if (id != null) {
      Product product = products.find(id).orElse(null);
      if (product == null) {
        notFound();
        return;
      }
      ProductData data = products.dataOf(id).orElseThrow();
      businessId = businesses.findBySlug(data.businessSlug()).map(Business::getId).orElse(null);
      slug = data.slug();
      name = data.name();
      categorySlug = data.categorySlug();
      description = data.description();
      priceMin = data.priceMin();
      priceMax = data.priceMax();
      negotiable = data.negotiable();
      unit = data.unit();
      minOrder = data.minOrder();
      availability = data.availability();
      featured = data.featured();
      status = product.getStatus();
      rejectionReason = product.getRejectionReason();
      photos = page.photos(PhotoOwner.product(slug));
    }
    Business business = businessId == null ? null : businesses.find(businessId).orElse(null);
    if (business == null
        || user.role() == Role.BUSINESS_OWNER && !Objects.equals(businessId, user.businessId())) {
      notFound();
      return;
    }
    businessSlug = business.getSlug();
    businessName = business.getName();
    categoryList = categories.all();
  }

  private ProductData data(PublicationStatus withStatus) {
    boolean mayFeature = signedIn.require().role() != Role.BUSINESS_OWNER;
    return new ProductData(
        slug,
        businessSlug,
        categorySlug,
        name,
        description,
        priceMin,
        priceMax,
        negotiable,
        unit,
        minOrder,
        availability,
        mayFeature && featured,
        withStatus);
  }

  public void save() throws IOException {
    try {
      if (id == null) {
        if (slug == null || slug.isBlank()) {
          slug = name == null ? null : RegionNames.slug(name);
        }
        long created = products.create(data(PublicationStatus.DRAFT));
        external().redirect(currentTenant.link("/konsol/produk/ubah") + "?id=" + created);
        return;
      }
      if (signedIn.require().role() == Role.BUSINESS_OWNER
          && status == PublicationStatus.PUBLISHED) {
        messages.error("business.ownerPublished");
        return;
      }
      products.update(id, data(status));
      messages.info("console.saved");
    } catch (InvalidInputException refused) {
      messages.problems(refused, FIELDS);
    } catch (RecordNotFoundException gone) {
      notFound();
    }
  }

  public void curate(CurationAction action) {
    page.curate(RecordType.Product, id, action, reason)
        .ifPresent(
            moved -> {
              status = moved;
              rejectionReason = action == CurationAction.REJECT ? reason : null;
              reason = null;
            });
  }

  public Set<CurationAction> getActions() {
    return id == null ? Set.of() : CurationAction.available(status, signedIn.require().role());
  }

  /**
   * Whether the reason field shows: EL would compare the text "REJECT" with the enum constants of
   * {@link #getActions()} and never find it.
   */
  public boolean isRejectable() {
    return getActions().contains(CurationAction.REJECT);
  }

  public void upload(FileUploadEvent event) {
    photos = page.upload(PhotoOwner.product(slug), event, name);
  }

  public void makePrimary(long photoId) {
    photos = page.makePrimary(PhotoOwner.product(slug), photoId);
  }

  private static void notFound() {
    ConsoleRecordPage.notFound();
  }

  private static ExternalContext external() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }

  public String thumbnail(Photo photo) {
    return currentTenant.link("/foto/") + photo.fileName(320);
  }

  public String getPublicUrl() {
    return currentTenant.link("/produk/" + slug);
  }

  public boolean isNew() {
    return id == null;
  }

  public boolean isMayFeature() {
    return signedIn.require().role() != Role.BUSINESS_OWNER;
  }

  public List<Category> getCategories() {
    return categoryList;
  }

  public Availability[] getAvailabilities() {
    return Availability.values();
  }

  public List<Photo> getPhotos() {
    return photos;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getBusinessId() {
    return businessId;
  }

  public void setBusinessId(Long businessId) {
    this.businessId = businessId;
  }

  public String getBusinessName() {
    return businessName;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCategorySlug() {
    return categorySlug;
  }

  public void setCategorySlug(String categorySlug) {
    this.categorySlug = categorySlug;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Long getPriceMin() {
    return priceMin;
  }

  public void setPriceMin(Long priceMin) {
    this.priceMin = priceMin;
  }

  public Long getPriceMax() {
    return priceMax;
  }

  public void setPriceMax(Long priceMax) {
    this.priceMax = priceMax;
  }

  public boolean isNegotiable() {
    return negotiable;
  }

  public void setNegotiable(boolean negotiable) {
    this.negotiable = negotiable;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public Integer getMinOrder() {
    return minOrder;
  }

  public void setMinOrder(Integer minOrder) {
    this.minOrder = minOrder;
  }

  public Availability getAvailability() {
    return availability;
  }

  public void setAvailability(Availability availability) {
    this.availability = availability;
  }

  public boolean isFeatured() {
    return featured;
  }

  public void setFeatured(boolean featured) {
    this.featured = featured;
  }

  public PublicationStatus getStatus() {
    return status;
  }

  public String getRejectionReason() {
    return rejectionReason;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
