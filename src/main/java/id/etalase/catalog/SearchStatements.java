package id.etalase.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SQL of one search, statement by statement, for {@link SearchService} and for the search
 * benchmark's floor, which times exactly these (test scope, {@code SearchFloor}). Each takes the
 * connection of a transaction already bound to the tenant.
 */
final class SearchStatements {

  /** How many known words may stand in for one unknown word. */
  static final int CORRECTIONS = 3;

  /** Price ranges offered as a facet, in rupiah: [from, to). */
  static final long[][] PRICE_RANGES = {
    {0, 25_000}, {25_000, 100_000}, {100_000, 500_000}, {500_000, Long.MAX_VALUE}
  };

  private SearchStatements() {}

  /** The query's words after our stop words are dropped, as the index saw them. */
  static String[] words(Connection c, String text) throws SQLException {
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
            : Arrays.stream(cleaned.split(" ")).distinct().limit(12).toArray(String[]::new);
      }
    }
  }

  /**
   * The full-text query for these words ({@code to_tsquery} syntax), each word replaced by itself
   * if the tenant knows it, else by its closest known words; null when a word resembles none. The
   * words hold letters and digits only ({@code etalase_search_text} splits on anything else), so
   * they cannot carry tsquery operators.
   */
  static String fullTextQuery(Connection c, String[] words) throws SQLException {
    Map<Integer, List<String>> known = new LinkedHashMap<>();
    try (PreparedStatement s =
        c.prepareStatement("SELECT n, word FROM etalase_search_words(?::text[], ?)")) {
      s.setArray(1, c.createArrayOf("text", words));
      s.setInt(2, CORRECTIONS);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          known.computeIfAbsent(r.getInt(1), n -> new ArrayList<>()).add(r.getString(2));
        }
      }
    }
    List<String> terms = new ArrayList<>();
    for (int n = 1; n <= words.length; n++) {
      List<String> alternatives = known.get(n);
      if (alternatives == null) {
        return null;
      }
      String typed = words[n - 1];
      terms.add(
          alternatives.get(0).equals(typed) ? typed : "(" + String.join(" | ", alternatives) + ")");
    }
    return String.join(" & ", terms);
  }

  /** The products a query matches, as {@code m0}: the FROM and WHERE of the search statement. */
  record Matching(String sql, List<Object> params) {}

  /**
   * With words, the matches come from {@code etalase_search_products} (migration 0018), which runs
   * the full-text query on its index for the transaction's tenant; without, from the tenant's
   * published products. Filters apply to either alike.
   */
  static Matching matching(long tenantId, String fullText, SearchQuery q) {
    StringBuilder sql = new StringBuilder();
    List<Object> params = new ArrayList<>();
    if (fullText != null) {
      sql.append(" FROM etalase_search_products(to_tsquery('indonesian', ?)) m0 WHERE true");
      params.add(fullText);
    } else {
      sql.append(
          " FROM (SELECT p.id, p.category_id, p.price_min, b.id AS business_id, b.district_code,"
              + " b.cluster_id, p.featured, p.name, p.created_at, 0::real AS score"
              + " FROM product p JOIN business b ON b.tenant_id = p.tenant_id"
              + " AND b.id = p.business_id WHERE p.tenant_id = ? AND b.tenant_id = ?"
              + " AND p.status = 'PUBLISHED' AND b.status = 'PUBLISHED') m0 WHERE true");
      params.add(tenantId);
      params.add(tenantId);
    }
    if (q.categorySlug() != null) { // the category and those under it, as the home page lists them
      sql.append(
          " AND m0.category_id IN (WITH RECURSIVE c AS (SELECT id FROM category"
              + " WHERE tenant_id = ? AND slug = ? UNION SELECT k.id FROM category k JOIN c"
              + " ON k.parent_id = c.id WHERE k.tenant_id = ?) SELECT id FROM c)");
      params.add(tenantId);
      params.add(q.categorySlug());
      params.add(tenantId);
    }
    if (q.districtCode() != null) {
      sql.append(" AND m0.district_code = ?");
      params.add(q.districtCode());
    }
    if (q.clusterSlug() != null) {
      sql.append(" AND m0.cluster_id IN (SELECT id FROM cluster WHERE tenant_id = ? AND slug = ?)");
      params.add(tenantId);
      params.add(q.clusterSlug());
    }
    if (q.certification() != null) {
      sql.append(
          " AND EXISTS (SELECT 1 FROM business_certification bc WHERE bc.tenant_id = ?"
              + " AND bc.business_id = m0.business_id AND bc.kind = ?)");
      params.add(tenantId);
      params.add(q.certification().name());
    }
    if (q.priceFrom() != null) {
      sql.append(" AND m0.price_min >= ?");
      params.add(q.priceFrom());
    }
    if (q.priceTo() != null) {
      sql.append(" AND m0.price_min < ?");
      params.add(q.priceTo());
    }
    return new Matching(sql.toString(), params);
  }

  /**
   * The count, each facet's counts by value, the names of those values (as {@link
   * SearchResult#names()} keys them) and the ids of the requested page in order.
   */
  record Found(
      long total,
      Map<String, Map<String, Long>> facets,
      Map<String, String> names,
      List<Long> pageIds) {}

  /**
   * One statement, one pass over the matches: their count; for each filter, how many matches each
   * choice would keep (slugs, kecamatan codes, certification kinds, price ranges) with the names
   * the page shows for them; and the page, ordered as asked, numbered so that the union cannot lose
   * its order.
   */
  static Found found(Connection c, long tenantId, Matching m, SearchQuery q, String fullText)
      throws SQLException {
    SearchQuery.Sort sort =
        fullText == null && q.sort() == SearchQuery.Sort.RELEVANCE
            ? SearchQuery.Sort.NAME
            : q.sort();
    List<Object> params = new ArrayList<>(m.params());
    String sql =
        "WITH m AS MATERIALIZED (SELECT m0.*"
            + m.sql()
            + ")"
            + " SELECT 'total', '', count(*), NULL, NULL FROM m"
            + " UNION ALL SELECT 'category', cat.slug, count(*), cat.name, cat.name_en FROM m"
            + "   JOIN category cat ON cat.tenant_id = ? AND cat.id = m.category_id"
            + "   GROUP BY cat.slug, cat.name, cat.name_en"
            + " UNION ALL SELECT 'district', m.district_code, count(*), min(d.name), NULL FROM m"
            + "   LEFT JOIN region_district d ON d.code = m.district_code"
            + "   WHERE m.district_code IS NOT NULL GROUP BY m.district_code"
            + " UNION ALL SELECT 'cluster', cl.slug, count(*), cl.name, NULL FROM m JOIN cluster cl"
            + "   ON cl.tenant_id = ? AND cl.id = m.cluster_id AND cl.status = 'PUBLISHED'"
            + "   GROUP BY cl.slug, cl.name"
            + " UNION ALL SELECT 'certification', bc.kind, count(*), NULL, NULL FROM m"
            + "   JOIN business_certification bc ON bc.tenant_id = ? AND bc.business_id ="
            + "   m.business_id GROUP BY bc.kind"
            + " UNION ALL SELECT 'price', f.range, count(*), NULL, NULL FROM (SELECT "
            + priceRange("m.price_min")
            + " AS range FROM m) f WHERE f.range IS NOT NULL GROUP BY f.range"
            + " UNION ALL SELECT 'page', page.id::text, row_number() OVER (), NULL, NULL"
            + " FROM (SELECT m.id FROM m"
            + switch (sort) {
              case RELEVANCE -> " ORDER BY m.score DESC, m.featured DESC, m.name, m.id";
              case NAME -> " ORDER BY m.featured DESC, m.name, m.id";
              case PRICE_LOW -> " ORDER BY m.price_min ASC NULLS LAST, m.name, m.id";
              case PRICE_HIGH -> " ORDER BY m.price_min DESC NULLS LAST, m.name, m.id";
              case NEWEST -> " ORDER BY m.created_at DESC, m.id DESC";
            }
            + " LIMIT ? OFFSET ?) page"
            + " ORDER BY 1, 3 DESC, 2";
    params.addAll(List.of(tenantId, tenantId, tenantId));
    params.add(SearchQuery.PAGE_SIZE);
    params.add((long) (q.page() - 1) * SearchQuery.PAGE_SIZE);
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    Map<String, String> names = new HashMap<>();
    Map<Long, Long> page = new TreeMap<>();
    long total = 0;
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, params);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String facet = r.getString(1);
          switch (facet) {
            case "total" -> total = r.getLong(3);
            case "page" -> page.put(r.getLong(3), Long.parseLong(r.getString(2)));
            default -> {
              String value = r.getString(2);
              facets.computeIfAbsent(facet, f -> new LinkedHashMap<>()).put(value, r.getLong(3));
              if (r.getString(4) != null) {
                names.put(facet + ':' + value, r.getString(4));
              }
              if (r.getString(5) != null) {
                names.put(facet + SearchResult.ENGLISH + ':' + value, r.getString(5));
              }
            }
          }
        }
      }
    }
    Map<String, Long> prices = facets.get("price");
    if (prices != null) { // in the ranges' order, as the page lists them
      Map<String, Long> ordered = new LinkedHashMap<>();
      for (long[] range : PRICE_RANGES) {
        String label = label(range);
        if (prices.containsKey(label)) {
          ordered.put(label, prices.get(label));
        }
      }
      facets.put("price", ordered);
    }
    return new Found(total, facets, Map.copyOf(names), List.copyOf(page.values()));
  }

  /** A CASE naming the price range of a price, from the constants above (no user input). */
  private static String priceRange(String column) {
    StringBuilder sql = new StringBuilder("CASE");
    for (long[] range : PRICE_RANGES) {
      sql.append(" WHEN ").append(column).append(" >= ").append(range[0]);
      if (range[1] != Long.MAX_VALUE) {
        sql.append(" AND ").append(column).append(" < ").append(range[1]);
      }
      sql.append(" THEN '").append(label(range)).append('\'');
    }
    return sql.append(" END").toString();
  }

  private static String label(long[] range) {
    return range[0] + "-" + (range[1] == Long.MAX_VALUE ? "" : range[1]);
  }

  private static void bind(PreparedStatement s, List<Object> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      s.setObject(i + 1, params.get(i));
    }
  }
}
