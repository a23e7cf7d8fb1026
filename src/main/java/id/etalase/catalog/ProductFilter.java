package id.etalase.catalog;

import id.etalase.curation.PublicationStatus;

/**
 * What the console's product list is narrowed to; null means any. {@code ownBusinessId} limits a
 * business owner to their own products.
 */
public record ProductFilter(
    String text, PublicationStatus status, Long categoryId, Boolean featured, Long ownBusinessId) {

  /** The same filter, narrowed to one business's products (a business owner's list). */
  public ProductFilter ofBusiness(Long businessId) {
    return new ProductFilter(text, status, categoryId, featured, businessId);
  }

  /** Sortable columns of the list, and the attribute each sorts by. */
  public enum Sort {
    NAME("p.name"),
    STATUS("p.status"),
    UPDATED("p.updatedAt");

    final String path;

    Sort(String path) {
      this.path = path;
    }
  }
}
