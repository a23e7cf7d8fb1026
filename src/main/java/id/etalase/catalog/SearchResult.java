package id.etalase.catalog;

import java.util.List;
import java.util.Map;

/**
 * One page of matching products, how many match in all, and the facet counts: for each filter, how
 * many of the matching products each choice would keep.
 */
public record SearchResult(
    List<Product> products,
    long total,
    int page,
    Map<String, Long> categories,
    Map<String, Long> districts,
    Map<String, Long> clusters,
    Map<String, Long> certifications,
    Map<String, Long> priceRanges) {

  public int pages() {
    return (int) Math.max(1, (total + SearchQuery.PAGE_SIZE - 1) / SearchQuery.PAGE_SIZE);
  }
}
