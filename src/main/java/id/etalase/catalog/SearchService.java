package id.etalase.catalog;

import id.etalase.tenant.CurrentTenant;
import id.etalase.tenant.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finds the current tenant's published products. A product matches when PostgreSQL's {@code
 * indonesian} full-text search matches (stemmed: "makanan" finds "makan"), or when every word of
 * the query is close to a word of the product by trigrams, which forgives typos ("batk tamanan"
 * finds the Tamanan batik). SQL, because JPQL has neither; it names {@code tenant_id} itself, and
 * row-level security stands behind it.
 */
@ApplicationScoped
@Transactional
public class SearchService {

  /** How close a typed word must be to a word of the product (pg_trgm word_similarity). */
  static final double TYPO_SIMILARITY = 0.5;

  /** Price ranges offered as a facet, in rupiah: [from, to). */
  static final long[][] PRICE_RANGES = {
    {0, 25_000}, {25_000, 100_000}, {100_000, 500_000}, {500_000, Long.MAX_VALUE}
  };

  @Inject private TenantEntityManager tenantEm;
  @Inject private CurrentTenant currentTenant;
  @Inject private ProductRepository products;

  public SearchResult search(SearchQuery query) {
    Connection c = tenantEm.connection();
    try {
      Matches matches = matches(c, query);
      List<Long> pageIds =
          matches.ids.stream()
              .skip((long) (query.page() - 1) * SearchQuery.PAGE_SIZE)
              .limit(SearchQuery.PAGE_SIZE)
              .toList();
      Map<Long, Product> loaded =
          products.findByIds(pageIds).stream().collect(Collectors.toMap(Product::getId, p -> p));
      List<Product> page = pageIds.stream().map(loaded::get).toList();
      return new SearchResult(
          page,
          matches.ids.size(),
          query.page(),
          facet(
              c,
              matches,
              "SELECT cat.slug FROM product p JOIN category cat ON cat.tenant_id = p.tenant_id AND cat.id = p.category_id"),
          facet(
              c,
              matches,
              "SELECT b.district_code FROM product p JOIN business b ON b.tenant_id = p.tenant_id AND b.id = p.business_id"),
          facet(
              c,
              matches,
              "SELECT cl.slug FROM product p JOIN business b ON b.tenant_id = p.tenant_id AND b.id = p.business_id JOIN cluster cl ON cl.tenant_id = b.tenant_id AND cl.id = b.cluster_id AND cl.status = 'PUBLISHED'"),
          facet(
              c,
              matches,
              "SELECT bc.kind FROM product p JOIN business_certification bc ON bc.tenant_id = p.tenant_id AND bc.business_id = p.business_id"),
          priceRanges(matches));
    } catch (SQLException e) {
      throw new IllegalStateException("Search failed", e);
    }
  }

  /** The matching product ids in result order, with their lowest prices. */
  private record Matches(long tenantId, List<Long> ids, Map<Long, Long> prices) {}

  private Matches matches(Connection c, SearchQuery q) throws SQLException {
    long tenantId = currentTenant.require().id();
    String[] words = words(c, q.text());
    boolean hasText = words.length > 0;
    StringBuilder sql =
        new StringBuilder(
            "SELECT p.id, p.price_min, "
                + (hasText
                    ? "ts_rank(p.search_vector, websearch_to_tsquery('indonesian', ?))"
                        + " + (SELECT avg(word_similarity(w, p.search_text)) FROM unnest(?::text[]) w)"
                    : "0")
                + " AS score FROM product p"
                + " JOIN business b ON b.tenant_id = p.tenant_id AND b.id = p.business_id"
                + " WHERE p.tenant_id = ? AND b.tenant_id = ?"
                + " AND p.status = 'PUBLISHED' AND b.status = 'PUBLISHED'");
    List<Object> params = new ArrayList<>();
    if (hasText) {
      String joined = String.join(" ", words);
      params.add(joined);
      params.add(words);
    }
    params.add(tenantId);
    params.add(tenantId);
    if (hasText) {
      sql.append(
          " AND (p.search_vector @@ websearch_to_tsquery('indonesian', ?)"
              + " OR (SELECT bool_and(word_similarity(w, p.search_text) >= ?) FROM unnest(?::text[]) w))");
      params.add(String.join(" ", words));
      params.add(TYPO_SIMILARITY);
      params.add(words);
    }
    if (q.categorySlug() != null) {
      sql.append(
          " AND p.category_id IN (SELECT id FROM category WHERE tenant_id = ? AND slug = ?)");
      params.add(tenantId);
      params.add(q.categorySlug());
    }
    if (q.districtCode() != null) {
      sql.append(" AND b.district_code = ?");
      params.add(q.districtCode());
    }
    if (q.clusterSlug() != null) {
      sql.append(" AND b.cluster_id IN (SELECT id FROM cluster WHERE tenant_id = ? AND slug = ?)");
      params.add(tenantId);
      params.add(q.clusterSlug());
    }
    if (q.certification() != null) {
      sql.append(
          " AND EXISTS (SELECT 1 FROM business_certification bc WHERE bc.tenant_id = b.tenant_id"
              + " AND bc.business_id = b.id AND bc.kind = ?)");
      params.add(q.certification().name());
    }
    if (q.priceFrom() != null) {
      sql.append(" AND p.price_min >= ?");
      params.add(q.priceFrom());
    }
    if (q.priceTo() != null) {
      sql.append(" AND p.price_min < ?");
      params.add(q.priceTo());
    }
    SearchQuery.Sort sort =
        !hasText && q.sort() == SearchQuery.Sort.RELEVANCE ? SearchQuery.Sort.NAME : q.sort();
    sql.append(
        switch (sort) {
          case RELEVANCE -> " ORDER BY score DESC, p.featured DESC, p.name, p.id";
          case NAME -> " ORDER BY p.featured DESC, p.name, p.id";
          case PRICE_LOW -> " ORDER BY p.price_min ASC NULLS LAST, p.name, p.id";
          case PRICE_HIGH -> " ORDER BY p.price_min DESC NULLS LAST, p.name, p.id";
          case NEWEST -> " ORDER BY p.created_at DESC, p.id DESC";
        });
    sql.append(" LIMIT 5000");
    List<Long> ids = new ArrayList<>();
    Map<Long, Long> prices = new LinkedHashMap<>();
    try (PreparedStatement s = c.prepareStatement(sql.toString())) {
      bind(c, s, params);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          long id = r.getLong(1);
          ids.add(id);
          long price = r.getLong(2);
          prices.put(id, r.wasNull() ? null : price);
        }
      }
    }
    return new Matches(tenantId, ids, prices);
  }

  /** The query's words after our stop words are dropped, as the index saw them. */
  private static String[] words(Connection c, String text) throws SQLException {
    if (text == null || text.isBlank()) {
      return new String[0];
    }
    try (PreparedStatement s = c.prepareStatement("SELECT etalase_search_text(?)")) {
      s.setString(1, text);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        String cleaned = r.getString(1);
        return cleaned.isEmpty()
            ? new String[0]
            : Arrays.stream(cleaned.split(" ")).limit(12).toArray(String[]::new);
      }
    }
  }

  private static Map<String, Long> facet(Connection c, Matches m, String select)
      throws SQLException {
    if (m.ids.isEmpty()) {
      return Map.of();
    }
    String sql =
        "SELECT value, count(*) FROM ("
            + select
            + " WHERE p.tenant_id = ? AND p.id = ANY (?)) AS f(value)"
            + " WHERE value IS NOT NULL GROUP BY value ORDER BY count(*) DESC, value";
    Map<String, Long> counts = new LinkedHashMap<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(c, s, List.of(m.tenantId, m.ids.toArray(Long[]::new)));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          counts.put(r.getString(1), r.getLong(2));
        }
      }
    }
    return counts;
  }

  private static Map<String, Long> priceRanges(Matches m) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (long[] range : PRICE_RANGES) {
      long n =
          m.prices.values().stream()
              .filter(p -> p != null && p >= range[0] && p < range[1])
              .count();
      if (n > 0) {
        counts.put(range[0] + "-" + (range[1] == Long.MAX_VALUE ? "" : range[1]), n);
      }
    }
    return counts;
  }

  private static void bind(Connection c, PreparedStatement s, List<Object> params)
      throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      Object p = params.get(i);
      if (p instanceof String[] words) {
        Array array = c.createArrayOf("text", words);
        s.setArray(i + 1, array);
      } else if (p instanceof Long[] ids) {
        s.setArray(i + 1, c.createArrayOf("bigint", ids));
      } else {
        s.setObject(i + 1, p);
      }
    }
  }
}
