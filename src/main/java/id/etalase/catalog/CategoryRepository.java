package id.etalase.catalog;

import id.etalase.tenant.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

  /** The tenant's categories with these slugs, by slug. */
  public Map<String, Category> findBySlugs(Collection<String> slugs) {
    Map<String, Category> found = new HashMap<>();
    if (!slugs.isEmpty()) {
      tenantEm
          .get()
          .createQuery("SELECT c FROM Category c WHERE c.slug IN :slugs", Category.class)
          .setParameter("slugs", Set.copyOf(slugs))
          .getResultList()
          .forEach(c -> found.put(c.getSlug(), c));
    }
    return found;
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

  /** How many products and child categories use a category: it can be removed only when none. */
  public long usages(long id) {
    long products =
        tenantEm
            .get()
            .createQuery("SELECT COUNT(p) FROM Product p WHERE p.category.id = :id", Long.class)
            .setParameter("id", id)
            .getSingleResult();
    long children =
        tenantEm
            .get()
            .createQuery("SELECT COUNT(c) FROM Category c WHERE c.parent.id = :id", Long.class)
            .setParameter("id", id)
            .getSingleResult();
    return products + children;
  }

  /** Products per category id, for the console's list. */
  public Map<Long, Long> productCounts() {
    Map<Long, Long> counts = new HashMap<>();
    tenantEm
        .get()
        .createQuery(
            "SELECT p.category.id, COUNT(p) FROM Product p WHERE p.category IS NOT NULL"
                + " GROUP BY p.category.id",
            Object[].class)
        .getResultList()
        .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
    return counts;
  }

  public void remove(Category category) {
    tenantEm.get().remove(category);
  }

  public void persist(Category category) {
    tenantEm.get().persist(category);
  }
}
