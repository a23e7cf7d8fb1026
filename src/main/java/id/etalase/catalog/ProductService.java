package id.etalase.catalog;

import id.etalase.access.Access;
import id.etalase.access.ConsoleUser;
import id.etalase.access.Role;
import id.etalase.audit.AuditLog;
import id.etalase.business.Business;
import id.etalase.business.BusinessRepository;
import id.etalase.common.NotAllowedException;
import id.etalase.curation.PublicationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Products of the current tenant: the one way to read and write them. */
@ApplicationScoped
@Transactional
public class ProductService {

  /** More than a home page shows; a longer list would not be a choice any more. */
  public static final int MAX_FEATURED = 100;

  @Inject private ProductRepository products;
  @Inject private BusinessRepository businesses;
  @Inject private CategoryRepository categories;
  @Inject private SearchIndex searchIndex;
  @Inject private AuditLog audit;
  @Inject private ProductChecks checks;
  @Inject private Access access;

  /** Slug and category slug of the products without any photo. */
  public List<Object[]> withoutPhotos() {
    return products.withoutPhotos();
  }

  public List<Product> published(int limit) {
    return products.findPublished(limit);
  }

  /** A product visitors may see: published, and its business too. */
  public Optional<Product> publishedBySlug(String slug) {
    return products
        .findBySlug(slug)
        .filter(p -> p.getStatus() == PublicationStatus.PUBLISHED)
        .filter(p -> p.getBusiness().getStatus() == PublicationStatus.PUBLISHED);
  }

  /** The products of one business of this tenant, for its console page: staff or its owner. */
  public List<Product> ofBusiness(ConsoleUser actor, long businessId) {
    access.business(actor, businessId);
    return products.findByBusiness(businessId);
  }

  /**
   * One page of the console's product list, with each product's business and category; a business
   * owner's list holds their own business's products only, whatever the filter asks.
   */
  public List<Product> find(
      ConsoleUser actor,
      ProductFilter filter,
      int first,
      int max,
      ProductFilter.Sort sort,
      boolean ascending) {
    List<Product> page = products.find(scoped(actor, filter), first, max, sort, ascending);
    page.forEach(p -> p.getCategory()); // loaded inside the transaction
    return page;
  }

  public long countMatching(ConsoleUser actor, ProductFilter filter) {
    return products.countMatching(scoped(actor, filter));
  }

  private ProductFilter scoped(ConsoleUser actor, ProductFilter filter) {
    access.member(actor);
    return Access.isOwner(actor) ? filter.ofBusiness(actor.businessId()) : filter;
  }

  /**
   * Shows a product among the home page's featured ones, or stops showing it there.
   *
   * @throws id.etalase.common.RecordNotFoundException when this tenant has no such product
   */
  public boolean setFeatured(ConsoleUser actor, long id, boolean featured) {
    access.admin(actor);
    ProductData data =
        products
            .findById(id)
            .map(Product::toData)
            .orElseThrow(() -> new id.etalase.common.RecordNotFoundException("Product", id));
    if (featured
        && !data.featured()
        && products.countMatching(new ProductFilter(null, null, null, true, null))
            >= MAX_FEATURED) {
      throw new id.etalase.common.InvalidInputException(
          List.of(
              new id.etalase.common.Problem(
                  "featured", "problem.tooManyFeatured", List.of(MAX_FEATURED))));
    }
    return write(products.findById(id).orElseThrow(), data.withFeatured(featured));
  }

  /**
   * A product of this tenant that the actor may edit: any for staff, their own business's for an
   * owner; empty otherwise, also for other tenants' ids.
   */
  public Optional<Product> find(ConsoleUser actor, long id) {
    access.member(actor);
    return products.findById(id).filter(p -> mayEdit(actor, p));
  }

  /** A product as the console edits it, under the same rule as {@link #find(ConsoleUser, long)}. */
  public Optional<ProductData> dataOf(ConsoleUser actor, long id) {
    return find(actor, id).map(Product::toData);
  }

  private boolean mayEdit(ConsoleUser actor, Product product) {
    return Access.reaches(actor, product.getBusiness().getId());
  }

  /**
   * Creates a product from the console, as a draft; its slug must be free.
   *
   * @return the new product's id
   * @throws id.etalase.common.InvalidInputException with every problem, writing nothing
   */
  public long create(ConsoleUser actor, ProductData input) {
    return createAll(actor, List.of(input)).get(0);
  }

  /**
   * Creates products as {@link #create} creates one, with one query each for their businesses,
   * categories and slugs: for the import, which hands over a few hundred rows at a time. Each is
   * authorised and checked before any is written, and each gets its own entry in the audit log.
   *
   * @return the new products' ids, in order
   * @throws id.etalase.common.InvalidInputException with every problem of the first product that
   *     has any
   */
  public List<Long> createAll(ConsoleUser actor, List<ProductData> inputs) {
    Map<String, Business> owners =
        businesses.findBySlugs(
            inputs.stream().map(ProductData::businessSlug).filter(Objects::nonNull).toList());
    Map<String, Category> kinds =
        categories.findBySlugs(
            inputs.stream().map(ProductData::categorySlug).filter(Objects::nonNull).toList());
    Set<String> taken =
        products.slugsTaken(
            inputs.stream().map(ProductData::slug).filter(Objects::nonNull).toList());
    Set<String> seen = new HashSet<>();
    List<ProductData> checked = new ArrayList<>(inputs.size());
    for (ProductData input : inputs) {
      Business owner = input.businessSlug() == null ? null : owners.get(input.businessSlug());
      access.business(actor, owner == null ? null : owner.getId());
      if (actor.role() != Role.TENANT_ADMIN) {
        input = input.withFeatured(false);
      }
      if (input.slug() != null && (taken.contains(input.slug()) || !seen.add(input.slug()))) {
        throw new id.etalase.common.InvalidInputException(
            List.of(
                new id.etalase.common.Problem(
                    "slug", "problem.productSlugTaken", List.of(input.slug()))));
      }
      checked.add(
          checks.checked(
              input.withSlugAndStatus(input.slug(), PublicationStatus.DRAFT),
              owner != null,
              input.categorySlug() == null || kinds.containsKey(input.categorySlug())));
    }
    List<Long> ids = new ArrayList<>(checked.size());
    for (ProductData data : checked) {
      ids.add(
          insert(
                  data,
                  owners.get(data.businessSlug()),
                  data.categorySlug() == null ? null : kinds.get(data.categorySlug()))
              .getId());
    }
    return ids;
  }

  /**
   * Updates a product of this tenant from the console; its slug and status stay as they are.
   *
   * @throws id.etalase.common.RecordNotFoundException when this tenant has no such product
   */
  public boolean update(ConsoleUser actor, long id, ProductData input) {
    Product existing =
        find(actor, id)
            .orElseThrow(() -> new id.etalase.common.RecordNotFoundException("Product", id));
    if (Access.isOwner(actor)) {
      // An owner keeps their products under their own business, and a published product changes
      // only through an operator's approval (PendingChanges).
      access.business(actor, businessIdOf(input));
      if (existing.getStatus() == PublicationStatus.PUBLISHED) {
        throw new NotAllowedException("A published product changes through approval");
      }
    }
    if (actor.role() != Role.TENANT_ADMIN) {
      input = input.withFeatured(existing.isFeatured());
    }
    return write(existing, input);
  }

  /**
   * Removes a product of this tenant (its photos go with it): for undoing an import. Staff only;
   * the removal is in the audit log.
   *
   * @throws id.etalase.common.RecordNotFoundException when this tenant has no such product
   */
  public void delete(ConsoleUser actor, long id) {
    access.staff(actor);
    Product existing =
        products
            .findById(id)
            .orElseThrow(() -> new id.etalase.common.RecordNotFoundException("Product", id));
    audit.record(
        "Product", id, existing.getName(), "DELETE", AuditLog.diff(existing.toData(), null));
    products.delete(id);
  }

  private boolean write(Product existing, ProductData input) {
    return upsert(input.withSlugAndStatus(existing.getSlug(), existing.getStatus()));
  }

  /** The id of the business a product's data names, or null when this tenant has none such. */
  private Long businessIdOf(ProductData input) {
    return input.businessSlug() == null
        ? null
        : businesses.findBySlug(input.businessSlug()).map(Business::getId).orElse(null);
  }

  /**
   * Creates or updates a product by slug, after checking every field: for importers of the
   * platform's own tenant folders and for the methods above, after they checked who acts.
   *
   * @return true when something was written
   * @throws id.etalase.common.InvalidInputException with every problem, writing nothing
   */
  public boolean upsert(ProductData d) {
    ProductData checked = checks.checked(d);
    Business business = businesses.findBySlug(checked.businessSlug()).orElseThrow();
    Category category =
        checked.categorySlug() == null
            ? null
            : categories.findBySlug(checked.categorySlug()).orElseThrow();
    Optional<Product> existing = products.findBySlug(checked.slug());
    if (existing.isPresent()) {
      ProductData before = existing.get().toData();
      boolean changed = existing.get().apply(checked, business, category);
      searchIndex.index(existing.get());
      if (changed) {
        audit.record(
            "Product",
            existing.get().getId(),
            existing.get().getName(),
            "UPDATE",
            AuditLog.diff(before, existing.get().toData()));
      }
      return changed;
    }
    insert(checked, business, category);
    return true;
  }

  /** A new product from checked data, with its entry in the audit log. */
  private Product insert(ProductData checked, Business business, Category category) {
    Product created = new Product(checked.slug());
    created.apply(checked, business, category);
    searchIndex.index(created);
    products.persist(created);
    audit.record(
        "Product",
        created.getId(),
        created.getName(),
        "CREATE",
        AuditLog.diff(null, created.toData()));
    return created;
  }
}
