package id.etalase.web.site;

import id.etalase.catalog.PublicCatalog;
import id.etalase.catalog.PublicCatalog.ProductCard;
import id.etalase.catalog.SearchQuery;
import id.etalase.catalog.SearchResult;
import id.etalase.tenant.CurrentTenant;
import id.etalase.web.CurrentLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * {@code /{slug}/cari}: search and browse. Every choice is a GET parameter, so each result page has
 * its own URL, works without JavaScript and can be cached and shared. Unknown values are ignored
 * rather than refused. The facets' links and names are worked out once here, not by the page's
 * expressions, because a large regency's search lists dozens of them.
 */
@Named
@RequestScoped
public class SearchBacking {

  /** One value of a facet: its name, count and the link that toggles it. */
  public record FacetLink(String value, String name, long count, String href, boolean on) {}

  /** A facet as the page lists it; empty facets are left out. */
  public record Facet(String id, String titleKey, List<FacetLink> links) {}

  @Inject private HttpServletRequest request;
  @Inject private PublicCatalog catalog;
  @Inject private CurrentTenant currentTenant;
  @Inject private CurrentLanguage language;
  @Inject private SiteFormat format;

  private SearchQuery query;
  private Map<String, String> chosen;
  private SearchResult result;
  private List<ProductCard> cards;
  private List<Facet> facets;

  public void load() {
    query = SearchQuery.fromParameters(request::getParameter);
    chosen = SearchQuery.choices(request::getParameter);
    PublicCatalog.SearchPage found = catalog.search(query);
    result = found.result();
    cards = found.cards();
    facets = new ArrayList<>();
    addFacet("category", SearchQuery.CATEGORY, result.categories());
    addFacet("district", SearchQuery.DISTRICT, result.districts());
    addFacet("cluster", SearchQuery.CLUSTER, result.clusters());
    addFacet("certification", SearchQuery.CERTIFICATION, result.certifications());
    addFacet("price", SearchQuery.PRICE, result.priceRanges());
  }

  private void addFacet(String id, String parameter, Map<String, Long> counts) {
    if (counts.isEmpty()) {
      return;
    }
    List<FacetLink> links = new ArrayList<>(counts.size());
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      String value = e.getKey();
      links.add(
          new FacetLink(
              value,
              name(id, value),
              e.getValue(),
              with(parameter, value),
              value.equals(chosen.get(parameter))));
    }
    facets.add(new Facet(id, "site.facet." + id, links));
  }

  /** The display name of a facet value: a category, a kecamatan, a cluster or a price range. */
  private String name(String facet, String value) {
    if ("price".equals(facet)) {
      Long[] bounds = SearchQuery.priceRange(value);
      return bounds[0] == null ? value : format.priceRange(bounds[0], bounds[1]);
    }
    Map<String, String> names = result.names();
    String english =
        "en".equals(language.getCode())
            ? names.get(facet + SearchResult.ENGLISH + ':' + value)
            : null;
    return english != null ? english : names.getOrDefault(facet + ':' + value, value);
  }

  public SearchResult getResult() {
    return result;
  }

  /** The page's products as cards, each with its primary photo (the search result has none). */
  public List<ProductCard> getCards() {
    return cards;
  }

  public List<Facet> getFacets() {
    return facets;
  }

  /** How many filters the search applies, for the folded facets' summary. */
  public long getChosenFilters() {
    return Stream.of(
            query.categorySlug(),
            query.districtCode(),
            query.clusterSlug(),
            query.certification(),
            query.priceFrom())
        .filter(Objects::nonNull)
        .count();
  }

  public String getText() {
    return chosen.get(SearchQuery.TEXT);
  }

  public SearchQuery.Sort[] getSorts() {
    return SearchQuery.Sort.values();
  }

  public boolean isSort(SearchQuery.Sort sort) {
    return sort == query.sort();
  }

  /** This search with one parameter set (or cleared when it is already that value), from page 1. */
  public String with(String name, String value) {
    Map<String, String> params = new LinkedHashMap<>(chosen);
    if (value.equals(params.get(name))) {
      params.remove(name);
    } else {
      params.put(name, value);
    }
    return SearchQuery.link(currentTenant.link("/cari"), params);
  }

  /** The same search, another page. */
  public String page(int page) {
    Map<String, String> params = new LinkedHashMap<>(chosen);
    params.put(SearchQuery.PAGE, Integer.toString(page));
    return SearchQuery.link(currentTenant.link("/cari"), params);
  }
}
