package id.etalase.catalog;

import id.etalase.curation.PublicationStatus;
import id.etalase.tenant.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** The current tenant's products. */
@ApplicationScoped
public class ProductRepository {

  @Inject private TenantEntityManager tenantEm;

  public Optional<Product> findById(long id) {
    return Optional.ofNullable(tenantEm.get().find(Product.class, id));
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

  public List<Product> findByBusiness(long businessId) {
    return tenantEm
        .get()
        .createQuery("SELECT p FROM Product p WHERE p.business.id = :business", Product.class)
        .setParameter("business", businessId)
        .getResultList();
  }

  /** The given products, with their businesses, in no particular order. */
  public List<Product> findByIds(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return tenantEm
        .get()
        .createQuery(
            "SELECT p FROM Product p JOIN FETCH p.business WHERE p.id IN :ids", Product.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /** Published products of the given (published) businesses. */
  public List<Product> findPublishedOf(List<Long> businessIds) {
    if (businessIds.isEmpty()) {
      return List.of();
    }
    return tenantEm
        .get()
        .createQuery(
            "SELECT p FROM Product p JOIN FETCH p.business b"
                + " WHERE p.status = :published AND b.id IN :ids ORDER BY p.featured DESC, p.name",
            Product.class)
        .setParameter("published", PublicationStatus.PUBLISHED)
        .setParameter("ids", businessIds)
        .getResultList();
  }

  public long count() {
    return tenantEm
        .get()
        .createQuery("SELECT COUNT(p) FROM Product p", Long.class)
        .getSingleResult();
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
}
