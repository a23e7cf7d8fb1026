package id.etalase.web.site;

import id.etalase.business.CertificationKind;
import id.etalase.catalog.CategoryService;
import id.etalase.catalog.Product;
import id.etalase.catalog.PublicCatalog.ProductCard;
import id.etalase.catalog.SearchQuery;
import id.etalase.catalog.SearchResult;
import id.etalase.catalog.SearchService;
import id.etalase.cluster.ClusterService;
import id.etalase.media.Photo;
import id.etalase.media.PhotoRecords;
import id.etalase.region.RegionRepository;
import id.etalase.tenant.CurrentTenant;
import id.etalase.web.CurrentLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code /{slug}/cari}: search and browse. Every choice is a GET parameter, so each result page has
 * its own URL, works without JavaScript and can be cached and shared. Unknown values are ignored
 * rather than refused.
 */
@Named
@RequestScoped
public class SearchBacking {

  static final String TEXT = "q";
  static final String CATEGORY = "kategori";
  static final String DISTRICT = "kecamatan";
  static final String CLUSTER = "sentra";
  static final String CERTIFICATION = "sertifikat";
  static final String PRICE = "harga";
  static final String SORT = "urut";
  static final String PAGE = "hal";

  @Inject private HttpServletRequest request;
  @Inject private SearchService search;
  @Inject private CurrentTenant currentTenant;

  @Inject private CategoryService categories;
  @Inject private ClusterService clusters;
  @Inject private RegionRepository regions;
  @Inject private CurrentLanguage language;
  @Inject private PhotoRecords photos;
  @Inject private SiteFormat format;

  private SearchResult result;
  private List<ProductCard> cards;
  private final Map<String, String> names = new HashMap<>();

  public void load() {
    result = search.search(query());
    List<Product> found = result.products().stream().filter(Objects::nonNull).toList();
    Map<Long, Photo> primary =
        photos.primaryOfProducts(found.stream().map(Product::getId).toList());
    cards = found.stream().map(p -> new ProductCard(p, null, primary.get(p.getId()))).toList();
    categories.all().forEach(c -> names.put("category:" + c.getSlug(), c.name(language.getCode())));
    clusters.published().forEach(c -> names.put("cluster:" + c.getSlug(), c.getName()));
    result
        .districts()
        .keySet()
        .forEach(
            code ->
                regions.district(code).ifPresent(d -> names.put("district:" + code, d.getName())));
    for (String range : result.priceRanges().keySet()) {
      Long[] bounds = priceRange(range);
      if (bounds[0] != null) {
        names.put("price:" + range, format.priceRange(bounds[0], bounds[1]));
      }
    }
  }

  /** The display name of a facet value: a category, a kecamatan, a cluster or a price range. */
  public String name(String facet, String value) {
    return names.getOrDefault(facet + ":" + value, value);
  }

  SearchQuery query() {
    Long[] price = priceRange(param(PRICE));
    return new SearchQuery(
        param(TEXT),
        param(CATEGORY),
        param(DISTRICT),
        param(CLUSTER),
        enumValue(CertificationKind.class, param(CERTIFICATION)),
        price[0],
        price[1],
        enumValue(SearchQuery.Sort.class, param(SORT)),
        integer(param(PAGE)).orElse(1));
  }

  public SearchResult getResult() {
    return result;
  }

  /** The page's products as cards, each with its primary photo (the search result has none). */
  public List<ProductCard> getCards() {
    return cards;
  }

  /** How many filters the search applies, for the folded facets' summary. */
  public long getChosenFilters() {
    SearchQuery q = query();
    return Stream.of(
            q.categorySlug(), q.districtCode(), q.clusterSlug(), q.certification(), q.priceFrom())
        .filter(Objects::nonNull)
        .count();
  }

  public String getText() {
    return param(TEXT);
  }

  public String param(String name) {
    String v = request.getParameter(name);
    return v == null || v.isBlank() || v.length() > 200 ? null : v.strip();
  }

  public SearchQuery.Sort[] getSorts() {
    return SearchQuery.Sort.values();
  }

  public boolean isSort(SearchQuery.Sort sort) {
    SearchQuery.Sort chosen = enumValue(SearchQuery.Sort.class, param(SORT));
    return sort == (chosen == null ? SearchQuery.Sort.RELEVANCE : chosen);
  }

  /** True when a facet value is the chosen one. */
  public boolean isOn(String name, String value) {
    return value.equals(param(name));
  }

  /** This search with one parameter set (or cleared when it is already that value), from page 1. */
  public String with(String name, String value) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String p : new String[] {TEXT, CATEGORY, DISTRICT, CLUSTER, CERTIFICATION, PRICE, SORT}) {
      if (param(p) != null) {
        params.put(p, param(p));
      }
    }
    if (value.equals(params.get(name))) {
      params.remove(name);
    } else {
      params.put(name, value);
    }
    return url(params);
  }

  /** The same search, another page. */
  public String page(int page) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String p : new String[] {TEXT, CATEGORY, DISTRICT, CLUSTER, CERTIFICATION, PRICE, SORT}) {
      if (param(p) != null) {
        params.put(p, param(p));
      }
    }
    params.put(PAGE, Integer.toString(page));
    return url(params);
  }

  private String url(Map<String, String> params) {
    StringBuilder url = new StringBuilder(currentTenant.link("/cari"));
    char separator = '?';
    for (Map.Entry<String, String> e : params.entrySet()) {
      url.append(separator)
          .append(e.getKey())
          .append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
      separator = '&';
    }
    return url.toString();
  }

  private static Long[] priceRange(String text) {
    if (text == null || !text.matches("[0-9]{1,13}-[0-9]{0,13}")) {
      return new Long[] {null, null};
    }
    String[] parts = text.split("-", -1);
    return new Long[] {Long.valueOf(parts[0]), parts[1].isEmpty() ? null : Long.valueOf(parts[1])};
  }

  private static Optional<Integer> integer(String text) {
    return text != null && text.matches("[0-9]{1,4}")
        ? Optional.of(Integer.valueOf(text))
        : Optional.empty();
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
