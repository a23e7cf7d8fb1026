package id.etalase.web.konsol;

import id.etalase.access.Role;
import id.etalase.catalog.Category;
import id.etalase.catalog.CategoryData;
import id.etalase.catalog.CategoryService;
import id.etalase.common.InvalidInputException;
import id.etalase.common.RecordNotFoundException;
import id.etalase.region.RegionNames;
import id.etalase.web.consoles.common.ConsoleMessages;
import id.etalase.web.consoles.common.ConsoleRecordPage;
import id.etalase.web.consoles.common.SignedIn;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * {@code /konsol/kategori}: the tenant's category tree. Operators and the government's admins add,
 * rename, move and reorder categories; one that products or other categories still use stays.
 */
@Named
@ViewScoped
public class CategoriesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FIELDS =
      Map.of(
          "slug", "category:slug",
          "name", "category:name",
          "nameEn", "category:nameEn",
          "parentSlug", "category:parent",
          "position", "category:position");

  @Inject private transient CategoryService categories;
  @Inject private transient SignedIn signedIn;
  @Inject private transient ConsoleMessages messages;

  private List<CategoryService.Row> rows;
  private Long editing;
  private String slug;
  private String name;
  private String nameEn;
  private String parentSlug;
  private Integer position = 100;

  /** Business owners edit their own business only; the tree is the regency's. */
  public void load() {
    if (signedIn.require().role() == Role.BUSINESS_OWNER) {
      ConsoleRecordPage.notFound();
      return;
    }
    if (rows == null) {
      rows = categories.tree(signedIn.require());
    }
  }

  public void edit(long id) {
    Category category = categories.find(signedIn.require(), id).orElse(null);
    if (category == null) {
      ConsoleRecordPage.notFound();
      return;
    }
    CategoryData d = category.toData();
    editing = id;
    slug = d.slug();
    name = d.name();
    nameEn = d.nameEn();
    parentSlug = d.parentSlug();
    position = d.position();
  }

  public void startNew() {
    editing = null;
    slug = null;
    name = null;
    nameEn = null;
    parentSlug = null;
    position = 100;
  }

  public void save() {
    try {
      int at = position == null ? 0 : position;
      if (editing == null) {
        String newSlug = slug == null || slug.isBlank() ? RegionNames.slug(name) : slug;
        categories.create(
            signedIn.require(), new CategoryData(newSlug, name, nameEn, parentSlug, at));
      } else {
        categories.update(
            signedIn.require(), editing, new CategoryData(slug, name, nameEn, parentSlug, at));
      }
      messages.info("console.saved");
      startNew();
      rows = categories.tree(signedIn.require());
    } catch (InvalidInputException refused) {
      messages.problems(refused, FIELDS);
    } catch (RecordNotFoundException gone) {
      ConsoleRecordPage.notFound();
    }
  }

  public void delete(long id) {
    try {
      categories.delete(signedIn.require(), id);
      messages.info("category.deleted");
      if (Long.valueOf(id).equals(editing)) {
        startNew();
      }
      rows = categories.tree(signedIn.require());
    } catch (InvalidInputException refused) {
      messages.problems(refused, Map.of());
    } catch (RecordNotFoundException gone) {
      ConsoleRecordPage.notFound();
    }
  }

  public List<CategoryService.Row> getRows() {
    return rows;
  }

  public boolean isEditing() {
    return editing != null;
  }

  public Long getEditingId() {
    return editing;
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

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getParentSlug() {
    return parentSlug;
  }

  public void setParentSlug(String parentSlug) {
    this.parentSlug = parentSlug;
  }

  public Integer getPosition() {
    return position;
  }

  public void setPosition(Integer position) {
    this.position = position;
  }
}
