package id.etalase.catalog;

import id.etalase.tenant.CurrentTenant;
import id.etalase.tenant.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds the current tenant's published products in two steps, each on an index:
 *
 * <ol>
 *   <li>every typed word is looked up in the tenant's search words ({@code search_word}, learnt
 *       from the products' search text): a known word stays, an unknown one becomes the closest
 *       known words by trigrams, which forgives typos ("batk tamanan" becomes "batik tamanan");
 *   <li>the words then run as PostgreSQL's {@code indonesian} full-text query on the products
 *       (stemmed: "makanan" finds "makan"), every word required, alternatives of one word allowed.
 * </ol>
 *
 * The count and the facets come from one statement over all matches, so they are exact. SQL,
 * because JPQL has neither; it names {@code tenant_id} itself, and row-level security stands behind
 * it. The statements themselves are {@link SearchStatements}, which the search benchmark times.
 */
@ApplicationScoped
@Transactional
public class SearchService {

  @Inject private TenantEntityManager tenantEm;
  @Inject private CurrentTenant currentTenant;
  @Inject private ProductRepository products;

  public SearchResult search(SearchQuery query) {
    Connection c = tenantEm.connection();
    long tenantId = currentTenant.require().id();
    try {
      String[] words = SearchStatements.words(c, query.text());
      String fullText = words.length == 0 ? null : SearchStatements.fullTextQuery(c, words);
      if (words.length > 0 && fullText == null) {
        return new SearchResult(
            List.of(), 0, query.page(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
      }
      SearchStatements.Found found =
          SearchStatements.found(
              c, tenantId, SearchStatements.matching(tenantId, fullText, query), query, fullText);
      Map<Long, Product> loaded =
          products.findByIds(found.pageIds()).stream()
              .collect(Collectors.toMap(Product::getId, Function.identity()));
      Map<String, Map<String, Long>> facets = found.facets();
      return new SearchResult(
          found.pageIds().stream().map(loaded::get).toList(),
          found.total(),
          query.page(),
          facets.getOrDefault("category", Map.of()),
          facets.getOrDefault("district", Map.of()),
          facets.getOrDefault("cluster", Map.of()),
          facets.getOrDefault("certification", Map.of()),
          facets.getOrDefault("price", Map.of()),
          found.names());
    } catch (SQLException e) {
      throw new IllegalStateException("Search failed", e);
    }
  }
}
