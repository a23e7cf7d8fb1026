package id.etalase.catalog;

import java.util.List;
import java.util.Map;

/**
 * One page of matching products, how many match in all, and the facet counts: for each filter, how
 * many of the matching products each choice would keep. {@code names} holds the names of those
 * choices as the page shows them, keyed {@code facet:value} ({@code category:kopi}, {@code
 * district:35.11.02}, {@code cluster:sentra-batik-tamanan}), and {@code category.en:kopi} where a
 * category has an English name; certifications and price ranges are named by the page.
 */
public record SearchResult(
    List<Product> products,
    long total,
    int page,
    Map<String, Long> categories,
    Map<String, Long> districts,
    Map<String, Long> clusters,
    Map<String, Long> certifications,
    Map<String, Long> priceRanges,
    Map<String, String> names) {

  /** The suffix of a facet in {@link #names()} for the English name. */
  public static final String ENGLISH = ".en";

  public int pages() {
    return (int) Math.max(1, (total + SearchQuery.PAGE_SIZE - 1) / SearchQuery.PAGE_SIZE);
  }
}
