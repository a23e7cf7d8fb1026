package id.etalase.importing;

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
    String photoUrl) {}
