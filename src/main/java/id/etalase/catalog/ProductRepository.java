package id.etalase.catalog;

import id.etalase.common.Conditions;
import id.etalase.common.LikePattern;
import id.etalase.curation.PublicationStatus;
import id.etalase.tenant.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The current tenant's products. */
@ApplicationScoped
public class ProductRepository {

  @Inject private TenantEntityManager tenantEm;

  public Optional<Product> findById(long id) {
    return Optional.ofNullable(tenantEm.get().find(Product.class, id));
  }

  /** Which of these slugs the tenant's products have. */
  public Set<String> slugsTaken(Collection<String> slugs) {
    if (slugs.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        tenantEm
            .get()
            .createQuery("SELECT p.slug FROM Product p WHERE p.slug IN :slugs", String.class)
            .setParameter("slugs", Set.copyOf(slugs))
            .getResultList());
  }

  public Optional<Product> findBySlug(String slug) {
    return tenantEm
        .get()
        .createQuery(
            "SELECT p FROM Product p JOIN FETCH p.business WHERE p.slug = :slug", Product.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public List<Product> findAll() {
    return tenantEm
        .get()
        .createQuery("SELECT p FROM Product p JOIN FETCH p.business ORDER BY p.name", Product.class)
        .getResultList();
  }

  /** The slug and category slug of each product that has no photo at all, oldest first. */
  public List<Object[]> withoutPhotos() {
    return tenantEm
        .get()
        .createQuery(
            "SELECT p.slug, c.slug FROM Product p LEFT JOIN p.category c WHERE NOT EXISTS"
                + " (SELECT f.id FROM Photo f WHERE f.productId = p.id) ORDER BY p.id",
            Object[].class)
        .getResultList();
  }

  /** Published products of published businesses, featured first. */
  public List<Product> findPublished(int limit) {
    return tenantEm
        .get()
        .createQuery(
            "SELECT p FROM Product p JOIN FETCH p.business b"
                + " WHERE p.status = :published AND b.status = :published"
                + " ORDER BY p.featured DESC, p.name",
            Product.class)
        .setParameter("published", PublicationStatus.PUBLISHED)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * One page of the slugs of published products of published businesses, in a stable order (the
   * sitemap's files): only the slugs, so a large catalog is never loaded as entities.
   */
  public List<String> publishedSlugs(int first, int max) {
    return tenantEm
        .get()
        .createQuery(
            "SELECT p.slug FROM Product p JOIN p.business b"
                + " WHERE p.status = :published AND b.status = :published ORDER BY p.id",
            String.class)
        .setParameter("published", PublicationStatus.PUBLISHED)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /** How many products {@link #publishedSlugs} pages through. */
  public long countPublishedOfPublished() {
    return tenantEm
        .get()
        .createQuery(
            "SELECT COUNT(p) FROM Product p JOIN p.business b"
                + " WHERE p.status = :published AND b.status = :published",
            Long.class)
        .setParameter("published", PublicationStatus.PUBLISHED)
        .getSingleResult();
  }

  public List<Product> findByBusiness(long businessId) {
    return tenantEm
        .get()
        .createQuery("SELECT p FROM Product p WHERE p.business.id = :business", Product.class)
        .setParameter("business", businessId)
        .getResultList();
  }

  /** The first public products of a kecamatan's published businesses, featured first. */
  public List<Product> findPublishedInDistrict(String districtCode, int max) {
    return tenantEm
        .get()
        .createQuery(
            "SELECT p FROM Product p JOIN FETCH p.business b WHERE p.status = :published"
                + " AND b.status = :published AND b.districtCode = :district"
                + " ORDER BY p.featured DESC, p.name, p.id",
            Product.class)
        .setParameter("published", PublicationStatus.PUBLISHED)
        .setParameter("district", districtCode)
        .setMaxResults(max)
        .getResultList();
  }

  /** How many public products a kecamatan has. */
  public long countPublishedInDistrict(String districtCode) {
    return tenantEm
        .get()
        .createQuery(
            "SELECT COUNT(p) FROM Product p JOIN p.business b WHERE p.status = :published"
                + " AND b.status = :published AND b.districtCode = :district",
            Long.class)
        .setParameter("published", PublicationStatus.PUBLISHED)
        .setParameter("district", districtCode)
        .getSingleResult();
  }

  /**
   * The given products, in no particular order, without their businesses: a search result's cards
   * show neither the producer nor anything of the business, and a large regency's businesses carry
   * long descriptions.
   */
  public List<Product> findByIds(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return tenantEm
        .get()
        .createQuery("SELECT p FROM Product p WHERE p.id IN :ids", Product.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  public long count() {
    return tenantEm
        .get()
        .createQuery("SELECT COUNT(p) FROM Product p", Long.class)
        .getSingleResult();
  }

  /** One page of the console's product list; the business is fetched with it. */
  public List<Product> find(
      ProductFilter filter, int first, int max, ProductFilter.Sort sort, boolean ascending) {
    ProductFilter.Sort by = sort == null ? ProductFilter.Sort.NAME : sort;
    Conditions where = where(filter);
    TypedQuery<Product> query =
        tenantEm
            .get()
            .createQuery(
                "SELECT p FROM Product p JOIN FETCH p.business b"
                    + where.clause()
                    + " ORDER BY "
                    + by.path
                    + (ascending ? " ASC" : " DESC")
                    + ", p.id",
                Product.class);
    return where.bind(query).setFirstResult(first).setMaxResults(max).getResultList();
  }

  /** Joins the business only when the text filter needs its name: 43 ms instead of 200+ at 100k. */
  public long countMatching(ProductFilter filter) {
    Conditions where = where(filter);
    return where
        .bind(
            tenantEm
                .get()
                .createQuery("SELECT COUNT(p) FROM Product p" + where.clause(), Long.class))
        .getSingleResult();
  }

  /**
   * The ids of the products matching the console's filter after {@code afterId}, ascending: a
   * keyset page for an export. {@code businessIds}, when not null, keeps the products of those
   * businesses only.
   */
  public List<Long> idsMatching(
      ProductFilter filter, Collection<Long> businessIds, long afterId, int max) {
    Conditions where =
        where(filter)
            .and("p.business.id IN :businesses", "businesses", businessIds)
            .with("after", afterId);
    TypedQuery<Long> query =
        tenantEm
            .get()
            .createQuery(
                "SELECT p.id FROM Product p" + where.clause() + " AND p.id > :after ORDER BY p.id",
                Long.class);
    return where.bind(query).setMaxResults(max).getResultList();
  }

  public void persist(Product product) {
    tenantEm.get().persist(product);
  }

  /** Removes a product; loaded first, since EclipseLink deletes by id alone. */
  public boolean delete(long id) {
    return findById(id)
        .map(
            p -> {
              tenantEm.get().remove(p);
              return true;
            })
        .orElse(false);
  }

  private static Conditions where(ProductFilter f) {
    return new Conditions()
        .and(
            "(LOWER(p.name) LIKE :text OR LOWER(p.business.name) LIKE :text OR p.slug LIKE :text)",
            "text",
            f.text() == null ? null : LikePattern.contains(f.text()))
        .and("p.status = :status", "status", f.status())
        .and("p.category.id = :category", "category", f.categoryId())
        .and("p.featured = :featured", "featured", f.featured())
        .and("p.business.id = :own", "own", f.ownBusinessId());
  }
}
