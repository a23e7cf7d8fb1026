package id.etalase.importing;

import java.util.List;

/**
 * A product row after normalisation. Its business is named by NIB, by name, or both; finding that
 * business (in the same file or the catalog) is the saving service's job.
 */
public record ImportedProduct(
    int row,
    String businessNib,
    String businessName,
    String name,
    String category,
    String description,
    PriceText.Price price,
    String unit,
    Integer minOrder,
    List<String> photos) {

  /** The photo file names of the {@code foto} cell, none when it is empty. */
  public ImportedProduct {
    photos = photos == null ? List.of() : List.copyOf(photos);
  }
}
