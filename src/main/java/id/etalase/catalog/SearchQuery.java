package id.etalase.catalog;

import id.etalase.business.CertificationKind;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * What a visitor asks for on {@code /cari}: words (typos allowed), filters, a sort and a page. Any
 * part may be null. Its URL form (the GET parameters below) is read and written only here, so the
 * page, its links and the benchmarks that replay them agree.
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

  public static final String TEXT = "q";
  public static final String CATEGORY = "kategori";
  public static final String DISTRICT = "kecamatan";
  public static final String CLUSTER = "sentra";
  public static final String CERTIFICATION = "sertifikat";
  public static final String PRICE = "harga";
  public static final String SORT = "urut";
  public static final String PAGE = "hal";

  /** The parameters that choose what is found, in the order links write them; not the page. */
  public static final List<String> CHOICES =
      List.of(TEXT, CATEGORY, DISTRICT, CLUSTER, CERTIFICATION, PRICE, SORT);

  public enum Sort {
    RELEVANCE,
    NAME,
    PRICE_LOW,
    PRICE_HIGH,
    NEWEST;

    /** As the {@code urut} parameter writes it. */
    public String parameter() {
      return name().toLowerCase(Locale.ROOT);
    }
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

  /**
   * A query from its GET parameters, as {@link #parameter} cleans them. Unknown or malformed values
   * count as absent rather than being refused: a link that was edited still finds something.
   */
  public static SearchQuery fromParameters(Function<String, String> raw) {
    Function<String, String> param = name -> parameter(raw.apply(name));
    Long[] price = priceRange(param.apply(PRICE));
    String page = param.apply(PAGE);
    return new SearchQuery(
        param.apply(TEXT),
        param.apply(CATEGORY),
        param.apply(DISTRICT),
        param.apply(CLUSTER),
        enumValue(CertificationKind.class, param.apply(CERTIFICATION)),
        price[0],
        price[1],
        enumValue(Sort.class, param.apply(SORT)),
        page != null && page.matches("[0-9]{1,4}") ? Integer.parseInt(page) : 1);
  }

  /** A parameter's value, stripped; null when absent, blank or longer than any valid value. */
  public static String parameter(String value) {
    return value == null || value.isBlank() || value.length() > MAX_TEXT ? null : value.strip();
  }

  /** The {@code harga} value of a price range [from, to): {@code 25000-100000}, {@code 500000-}. */
  public static String priceParameter(long from, Long to) {
    return from + "-" + (to == null ? "" : to);
  }

  /** The bounds [from, to) of a {@code harga} value, each null when absent or malformed. */
  public static Long[] priceRange(String value) {
    if (value == null || !value.matches("[0-9]{1,13}-[0-9]{0,13}")) {
      return new Long[] {null, null};
    }
    String[] parts = value.split("-", -1);
    return new Long[] {Long.valueOf(parts[0]), parts[1].isEmpty() ? null : Long.valueOf(parts[1])};
  }

  /** The link to {@code base} with these parameters, in their order, values URL-encoded. */
  public static String link(String base, Map<String, String> parameters) {
    StringBuilder url = new StringBuilder(base);
    char separator = '?';
    for (Map.Entry<String, String> e : parameters.entrySet()) {
      url.append(separator)
          .append(e.getKey())
          .append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
      separator = '&';
    }
    return url.toString();
  }

  /** The chosen parameters among {@link #CHOICES}, in their order, as the request carried them. */
  public static Map<String, String> choices(Function<String, String> raw) {
    Map<String, String> chosen = new LinkedHashMap<>();
    for (String name : CHOICES) {
      String value = parameter(raw.apply(name));
      if (value != null) {
        chosen.put(name, value);
      }
    }
    return chosen;
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String text) {
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
