package id.etalase.catalog;

import id.etalase.tenant.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** The current tenant's categories. */
@ApplicationScoped
public class CategoryRepository {

  @Inject private TenantEntityManager tenantEm;

  public Optional<Category> findById(long id) {
    return Optional.ofNullable(tenantEm.get().find(Category.class, id));
  }

  public Optional<Category> findBySlug(String slug) {
    return tenantEm
        .get()
        .createQuery("SELECT c FROM Category c WHERE c.slug = :slug", Category.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  /** The whole tree, parents before children, each level in its own order. */
  public List<Category> findAll() {
    return tenantEm
        .get()
        .createQuery(
            "SELECT c FROM Category c LEFT JOIN FETCH c.parent ORDER BY c.position, c.name",
            Category.class)
        .getResultList();
  }

  public long count() {
    return tenantEm
        .get()
        .createQuery("SELECT COUNT(c) FROM Category c", Long.class)
        .getSingleResult();
  }

  public void persist(Category category) {
    tenantEm.get().persist(category);
  }
}
