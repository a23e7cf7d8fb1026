package id.etalase.catalog;

import id.etalase.curation.PublicationStatus;

/**
 * A product as an operator or a demo file gives it. Prices are whole rupiah: one price ({@code
 * priceMin} only), a range, or none with {@code negotiable} ("harga nego").
 */
public record ProductData(
    String slug,
    String businessSlug,
    String categorySlug,
    String name,
    String description,
    Long priceMin,
    Long priceMax,
    boolean negotiable,
    String unit,
    Integer minOrder,
    Availability availability,
    boolean featured,
    PublicationStatus status) {

  /** The same product with another slug and status: the console never changes those by editing. */
  public ProductData withFeatured(boolean newFeatured) {
    return new ProductData(
        slug,
        businessSlug,
        categorySlug,
        name,
        description,
        priceMin,
        priceMax,
        negotiable,
        unit,
        minOrder,
        availability,
        newFeatured,
        status);
  }

  public ProductData withSlugAndStatus(String newSlug, PublicationStatus newStatus) {
    return new ProductData(
        newSlug,
        businessSlug,
        categorySlug,
        name,
        description,
        priceMin,
        priceMax,
        negotiable,
        unit,
        minOrder,
        availability,
        featured,
        newStatus);
  }
}
