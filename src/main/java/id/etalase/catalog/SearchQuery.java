package id.etalase.catalog;

import id.etalase.business.CertificationKind;

/**
 * What a visitor asks for on {@code /cari}: words (typos allowed), filters, a sort and a page. Any
 * part may be null.
 */
public record SearchQuery(
    String text,
    String categorySlug,
    String districtCode,
    String clusterSlug,
    CertificationKind certification,
    Long priceFrom,
    Long priceTo,
    Sort sort,
    int page) {

  public static final int PAGE_SIZE = 24;
  static final int MAX_TEXT = 200;

  public enum Sort {
    RELEVANCE,
    NAME,
    PRICE_LOW,
    PRICE_HIGH,
    NEWEST
  }

  public static SearchQuery of(String text) {
    return new SearchQuery(text, null, null, null, null, null, null, null, 1);
  }

  public SearchQuery {
    text = text == null ? null : text.strip();
    if (text != null && text.length() > MAX_TEXT) {
      text = text.substring(0, MAX_TEXT);
    }
    page = Math.max(1, Math.min(page, 1000));
    sort = sort == null ? Sort.RELEVANCE : sort;
  }
}
