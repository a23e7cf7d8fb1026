package id.etalase.catalog;

import id.etalase.platform.InputChecks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The current tenant's category tree: defaults for a new regency, and changes by slug. */
@ApplicationScoped
@Transactional
public class CategoryService {

  /** What every regency starts with; operators rename, add and reorder from here. */
  public static final List<CategoryData> DEFAULTS =
      List.of(
          new CategoryData("batik-fesyen", "Batik & Fesyen", "Batik & Fashion", null, 10),
          new CategoryData("makanan-minuman", "Makanan & Minuman", "Food & Drinks", null, 20),
          new CategoryData("kopi", "Kopi", "Coffee", null, 30),
          new CategoryData("kerajinan", "Kerajinan", "Crafts", null, 40),
          new CategoryData("pertanian", "Pertanian", "Agriculture", null, 50),
          new CategoryData("jasa", "Jasa", "Services", null, 60));

  @Inject private CategoryRepository categories;

  public List<Category> all() {
    return categories.findAll();
  }

  /** Adds the default categories that are missing; renames nothing an operator changed. */
  public int seedDefaults() {
    int added = 0;
    for (CategoryData d : DEFAULTS) {
      if (categories.findBySlug(d.slug()).isEmpty()) {
        upsert(d);
        added++;
      }
    }
    return added;
  }

  /**
   * Creates or updates a category by slug.
   *
   * @return true when something was written
   */
  public boolean upsert(CategoryData d) {
    InputChecks in = new InputChecks();
    String slug = in.slug("slug", d.slug());
    String name = in.required("name", d.name(), 120);
    String nameEn = in.text("nameEn", d.nameEn(), 120);
    Category parent = null;
    if (d.parentSlug() != null) {
      Optional<Category> found = categories.findBySlug(d.parentSlug());
      if (found.isEmpty() || d.parentSlug().equals(slug)) {
        in.problem("parentSlug", "problem.category", d.parentSlug());
      } else {
        parent = found.get();
      }
    }
    in.verify();
    Optional<Category> existing = categories.findBySlug(slug);
    if (existing.isPresent()) {
      return existing.get().apply(name, nameEn, parent, d.position());
    }
    Category created = new Category(slug);
    created.apply(name, nameEn, parent, d.position());
    categories.persist(created);
    return true;
  }
}
