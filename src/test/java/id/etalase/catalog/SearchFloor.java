package id.etalase.catalog;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The floor of search for {@code bench/perf.sh}: the exact SQL that {@link SearchService} issues
 * for each search URL, timed directly in PostgreSQL, without the server around it. Connects with
 * JDBC as the application role and, like {@code TenantEntityManager}, binds each transaction to the
 * URL's tenant with {@code set_config('app.tenant_id', id, true)} (what {@code SET LOCAL} does,
 * read by the row-level security policies and the search functions of migration 0018), then calls
 * {@link SearchStatements#words}, {@link SearchStatements#fullTextQuery}, {@link
 * SearchStatements#matching} and {@link SearchStatements#found} as {@link SearchService#search}
 * does, and commits.
 *
 * <pre>
 * PERF_DB_URL=jdbc:postgresql://… PERF_DB_USER=… PERF_DB_PASSWORD=… \
 *   java -cp … id.etalase.catalog.SearchFloor FILE [passes]
 * </pre>
 *
 * FILE holds search paths, one a line ({@code /bondowoso/cari?q=batk&kategori=batik}), read as
 * {@code SearchBacking} reads its parameters. Each pass runs every query once on one connection;
 * the last pass is timed (the earlier ones warm the same buffers the app's run had warmed), from
 * the binding to the commit. The facets' names come with their counts in the last statement, so
 * they are in the floor; what the app does besides (loading the page's 24 products and their
 * photos, rendering) is not.
 */
public final class SearchFloor {

  private SearchFloor() {}

  public static void main(String[] args) throws Exception {
    List<String> paths =
        Files.readAllLines(Path.of(args[0])).stream().filter(l -> !l.isBlank()).toList();
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    try (Connection c =
        DriverManager.getConnection(
            System.getenv("PERF_DB_URL"),
            System.getenv("PERF_DB_USER"),
            System.getenv("PERF_DB_PASSWORD"))) {
      c.setAutoCommit(false);
      Map<String, Long> tenants = tenants(c);
      List<Long> times = new ArrayList<>();
      long matches = 0;
      int none = 0;
      for (int pass = 1; pass <= passes; pass++) {
        times.clear();
        matches = 0;
        none = 0;
        for (String path : paths) {
          String slug = path.substring(1, path.indexOf('/', 1));
          Long tenantId = tenants.get(slug);
          if (tenantId == null) {
            throw new IllegalArgumentException("No tenant " + slug + " for " + path);
          }
          SearchQuery query = query(path);
          long start = System.nanoTime();
          long found = search(c, tenantId, query);
          matches += found;
          none += found == 0 ? 1 : 0;
          times.add(System.nanoTime() - start);
        }
      }
      Collections.sort(times);
      System.out.printf(
          Locale.ROOT,
          "floor: queries=%d passes=%d p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f mean_ms=%.2f"
              + " mean_matches=%.0f no_match=%d%n",
          times.size(),
          passes,
          percentile(times, 50),
          percentile(times, 95),
          percentile(times, 99),
          times.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6,
          times.isEmpty() ? 0 : (double) matches / times.size(),
          none);
    }
  }

  /** What {@link SearchService#search} sends to PostgreSQL for one query; returns the count. */
  static long search(Connection c, long tenantId, SearchQuery query) throws SQLException {
    try {
      try (PreparedStatement s =
          c.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
        s.setString(1, Long.toString(tenantId));
        s.execute();
      }
      String[] words = SearchStatements.words(c, query.text());
      String fullText = words.length == 0 ? null : SearchStatements.fullTextQuery(c, words);
      long total = 0;
      if (words.length == 0 || fullText != null) {
        total =
            SearchStatements.found(
                    c,
                    tenantId,
                    SearchStatements.matching(tenantId, fullText, query),
                    query,
                    fullText)
                .total();
      }
      c.commit();
      return total;
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    }
  }

  private static Map<String, Long> tenants(Connection c) throws SQLException {
    Map<String, Long> tenants = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement("SELECT slug, id FROM tenant");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        tenants.put(r.getString(1), r.getLong(2));
      }
    }
    c.commit();
    return tenants;
  }

  /** The query of a search URL, read as {@code web.site.SearchBacking#query} reads it. */
  static SearchQuery query(String path) {
    Map<String, String> params = new HashMap<>();
    int q = path.indexOf('?');
    if (q >= 0) {
      for (String pair : path.substring(q + 1).split("&")) {
        int eq = pair.indexOf('=');
        String name =
            URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value =
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        params.putIfAbsent(name, value);
      }
    }
    return SearchQuery.fromParameters(params::get);
  }

  private static double percentile(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * p / 100.0) - 1)) / 1e6;
  }
}
