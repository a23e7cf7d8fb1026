package id.etalase.web.konsol;

import id.etalase.catalog.Category;
import id.etalase.catalog.CategoryService;
import id.etalase.curation.PublicationStatus;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;

/**
 * What the console's catalog lists filter by, as a page binds it (text, status, category), with the
 * choices they offer: the products list, and through {@link BusinessFilterFields} the businesses
 * list and the export page.
 */
public abstract class CatalogFilterFields implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient CategoryService categories;

  private String text;
  private PublicationStatus status;
  private Long categoryId;
  private List<Category> categoryList;

  /** The text as typed, trimmed; null when nothing was typed. */
  protected String typedText() {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public List<Category> getCategories() {
    if (categoryList == null) {
      categoryList = categories.all();
    }
    return categoryList;
  }

  public PublicationStatus[] getStatuses() {
    return PublicationStatus.values();
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public PublicationStatus getStatus() {
    return status;
  }

  public void setStatus(PublicationStatus status) {
    this.status = status;
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public void setCategoryId(Long categoryId) {
    this.categoryId = categoryId;
  }
}
