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
    PublicationStatus status) {}
