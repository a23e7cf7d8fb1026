package id.etalase.web.konsol.produk;

import id.etalase.access.ConsoleUser;
import id.etalase.access.Role;
import id.etalase.business.Business;
import id.etalase.business.BusinessService;
import id.etalase.catalog.Availability;
import id.etalase.catalog.Category;
import id.etalase.catalog.CategoryService;
import id.etalase.catalog.Product;
import id.etalase.catalog.ProductData;
import id.etalase.catalog.ProductService;
import id.etalase.common.InvalidInputException;
import id.etalase.common.NotAllowedException;
import id.etalase.common.RecordNotFoundException;
import id.etalase.curation.PublicationStatus;
import id.etalase.curation.RecordType;
import id.etalase.media.PhotoOwner;
import id.etalase.region.RegionNames;
import id.etalase.web.consoles.common.ConsoleRecordPage;
import id.etalase.web.consoles.common.CuratedRecordBacking;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Creating and editing one product ({@code konsol/produk/ubah.xhtml?id=…}, or {@code ?usaha=…} for
 * a new product of a business): its fields, photos and curation. Another tenant's id, or a product
 * of someone else's business for a business owner, is answered with 404.
 */
@Named
@ViewScoped
public class EditProductBacking extends CuratedRecordBacking {

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
  private List<Category> categoryList;

  public void load() throws IOException {
    if (categoryList != null) {
      return;
    }
    ConsoleUser user = signedIn.require();
    if (!openedWithId()) {
      return;
    }
    Business business;
    if (isNew()) {
      // A new product names its business in the URL (?usaha=…), once, as the page opens.
      business =
          ConsoleRecordPage.idOf(external().getRequestParameterMap().get("usaha"))
              .flatMap(id -> businesses.find(user, id))
              .orElse(null);
    } else {
      Product product = products.find(user, getId()).orElse(null);
      if (product == null) {
        notFound();
        return;
      }
      ProductData data = products.dataOf(user, getId()).orElseThrow();
      // By slug: the product's business is not loaded once its transaction ended.
      business = businesses.findBySlug(user, data.businessSlug()).orElse(null);
      slug = data.slug();
      take(data);
      loaded(product);
    }
    if (business == null) {
      notFound();
      return;
    }
    businessId = business.getId();
    businessSlug = business.getSlug();
    businessName = business.getName();
    categoryList = categories.all();
  }

  private ProductData data(PublicationStatus withStatus) {
    // Only admins see the field; for everyone else the product keeps what it had.
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
        featured,
        withStatus);
  }

  public void save() throws IOException {
    try {
      if (isNew()) {
        if (slug == null || slug.isBlank()) {
          slug = name == null ? null : RegionNames.slug(name);
        }
        long created = products.create(signedIn.require(), data(PublicationStatus.DRAFT));
        external().redirect(currentTenant.link("/konsol/produk/ubah") + "?id=" + created);
        return;
      }
      if (editsWait()) {
        propose(data(getStatus()), FIELDS);
        return;
      }
      products.update(signedIn.require(), getId(), data(getStatus()));
      messages.info("console.saved");
    } catch (InvalidInputException refused) {
      messages.problems(refused, FIELDS);
    } catch (RecordNotFoundException | NotAllowedException gone) {
      notFound();
    }
  }

  @Override
  protected void reloadFields() {
    take(products.dataOf(signedIn.require(), getId()).orElseThrow());
  }

  private void take(ProductData data) {
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
  }

  @Override
  protected RecordType recordType() {
    return RecordType.Product;
  }

  @Override
  protected PhotoOwner photoOwner() {
    return PhotoOwner.product(slug);
  }

  @Override
  protected String photoAltText() {
    return name;
  }

  @Override
  public String getPublicUrl() {
    return currentTenant.link("/produk/" + slug);
  }

  /** Featuring on the home page is the government's choice. */
  public boolean isMayFeature() {
    return signedIn.require().role() == Role.TENANT_ADMIN;
  }

  public List<Category> getCategories() {
    return categoryList;
  }

  public Availability[] getAvailabilities() {
    return Availability.values();
  }

  public Long getBusinessId() {
    return businessId;
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
}
