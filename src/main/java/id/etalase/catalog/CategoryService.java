package id.etalase.catalog;

import id.etalase.access.Access;
import id.etalase.access.ConsoleUser;
import id.etalase.audit.AuditLog;
import id.etalase.common.InputChecks;
import id.etalase.common.InvalidInputException;
import id.etalase.common.Problem;
import id.etalase.common.RecordNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
  @Inject private AuditLog audit;
  @Inject private Access access;

  /** A category in the console's list: its depth in the tree and how many products it has. */
  public record Row(Category category, int depth, long products) {
    public Category getCategory() {
      return category;
    }

    public int getDepth() {
      return depth;
    }

    public long getProducts() {
      return products;
    }
  }

  /** The tree in reading order, each category followed by its children: for staff. */
  public List<Row> tree(ConsoleUser actor) {
    access.staff(actor);
    List<Category> all = categories.findAll();
    Map<Long, Long> counts = categories.productCounts();
    List<Row> rows = new ArrayList<>();
    addChildren(all, null, 0, counts, rows);
    return rows;
  }

  private static void addChildren(
      List<Category> all, Category parent, int depth, Map<Long, Long> counts, List<Row> rows) {
    for (Category c : all) {
      Long parentId = c.getParent() == null ? null : c.getParent().getId();
      if (Objects.equals(parentId, parent == null ? null : parent.getId()) && depth < 5) {
        rows.add(new Row(c, depth, counts.getOrDefault(c.getId(), 0L)));
        addChildren(all, c, depth + 1, counts, rows);
      }
    }
  }

  /** A category of this tenant for the console: staff only; empty for other tenants' ids. */
  public Optional<Category> find(ConsoleUser actor, long id) {
    access.staff(actor);
    return categories.findById(id);
  }

  /**
   * Adds a category from the console; its slug must be free.
   *
   * @throws InvalidInputException with every problem, writing nothing
   */
  public void create(ConsoleUser actor, CategoryData d) {
    access.staff(actor);
    if (d.slug() != null && categories.findBySlug(d.slug()).isPresent()) {
      throw new InvalidInputException(
          List.of(new Problem("slug", "problem.categorySlugTaken", List.of(d.slug()))));
    }
    upsert(d);
  }

  /**
   * Changes a category of this tenant; its slug stays.
   *
   * @throws RecordNotFoundException when this tenant has no such category
   */
  public boolean update(ConsoleUser actor, long id, CategoryData d) {
    access.staff(actor);
    Category existing =
        categories.findById(id).orElseThrow(() -> new RecordNotFoundException("Category", id));
    if (d.parentSlug() != null && descendsFrom(d.parentSlug(), existing)) {
      throw new InvalidInputException(
          List.of(new Problem("parentSlug", "problem.categoryCycle", List.of(d.parentSlug()))));
    }
    return upsert(
        new CategoryData(existing.getSlug(), d.name(), d.nameEn(), d.parentSlug(), d.position()));
  }

  /** True when the category named by slug is the given one or lies below it. */
  private boolean descendsFrom(String slug, Category ancestor) {
    Category c = categories.findBySlug(slug).orElse(null);
    for (int depth = 0; c != null && depth < 20; depth++, c = c.getParent()) {
      if (c.getId().equals(ancestor.getId())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Removes a category that no product and no other category uses.
   *
   * @throws RecordNotFoundException when this tenant has no such category
   * @throws InvalidInputException when it is still in use
   */
  public void delete(ConsoleUser actor, long id) {
    access.staff(actor);
    Category existing =
        categories.findById(id).orElseThrow(() -> new RecordNotFoundException("Category", id));
    if (categories.usages(id) > 0) {
      throw new InvalidInputException(
          List.of(new Problem("category", "problem.categoryInUse", List.of(existing.getName()))));
    }
    audit.record(
        "Category", id, existing.getName(), "DELETE", AuditLog.diff(existing.toData(), null));
    categories.remove(existing);
  }

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
    in.range("position", d.position(), 0, 100_000);
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
      CategoryData before = existing.get().toData();
      boolean changed = existing.get().apply(name, nameEn, parent, d.position());
      if (changed) {
        audit.record(
            "Category",
            existing.get().getId(),
            name,
            "UPDATE",
            AuditLog.diff(before, existing.get().toData()));
      }
      return changed;
    }
    Category created = new Category(slug);
    created.apply(name, nameEn, parent, d.position());
    categories.persist(created);
    audit.record(
        "Category", created.getId(), name, "CREATE", AuditLog.diff(null, created.toData()));
    return true;
  }
}
