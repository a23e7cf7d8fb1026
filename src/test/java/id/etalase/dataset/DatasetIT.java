package id.etalase.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.devserver.EmbeddedDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dataset generator of issue #12 on its own embedded PostgreSQL, migrated by Liquibase as the
 * application migrates it: no Payara, no Arquillian (an integration test only because it needs a
 * database and half a minute). The tiny size is loaded three times, with another seed, with the
 * default seed and with it again; the checks run on the last load.
 */
class DatasetIT {

  private static final long SEED = DatasetCommand.DEFAULT_SEED;

  private static EmbeddedDatabase database;
  private static Connection superuser;
  private static Map<String, String> otherSeed;
  private static Map<String, String> first;
  private static Map<String, String> again;

  @BeforeAll
  static void load() throws Exception {
    database = EmbeddedDatabase.start(freePort(), null);
    try (Connection owner =
        DriverManager.getConnection(
            database.url(), EmbeddedDatabase.OWNER, EmbeddedDatabase.OWNER)) {
      DatasetCommand.migrate(owner, EmbeddedDatabase.APP);
    }
    superuser = DriverManager.getConnection(database.url(), "postgres", "");
    DatasetLoader.load(superuser, DatasetSize.TINY, SEED + 1);
    otherSeed = digest();
    DatasetLoader.load(superuser, DatasetSize.TINY, SEED);
    first = digest();
    DatasetLoader.load(superuser, DatasetSize.TINY, SEED);
    again = digest();
  }

  @AfterAll
  static void stop() throws Exception {
    if (superuser != null) {
      superuser.close();
    }
    if (database != null) {
      database.close();
    }
  }

  @Test
  void theSameSeedGivesTheSameRows() {
    assertEquals(first, again);
    for (String table : List.of("tenant", "business", "product")) {
      assertNotEquals(first.get(table), otherSeed.get(table), table + " with another seed");
    }
  }

  @Test
  void tinyHasTheSizesAndTheSkew() throws SQLException {
    DatasetSize tiny = DatasetSize.TINY;
    assertEquals(tiny.tenants, count("SELECT count(*) FROM tenant WHERE status = 'ACTIVE'"));
    assertEquals(tiny.businesses, count("SELECT count(*) FROM business"));
    assertEquals(tiny.products, count("SELECT count(*) FROM product"));
    assertEquals(
        List.of("bondowoso\tKabupaten Bondowoso\t" + tiny.bondowosoProducts),
        strings(
            "SELECT t.slug || E'\\t' || t.name || E'\\t' || count(*) FROM product p"
                + " JOIN tenant t ON t.id = p.tenant_id WHERE t.regency_code = '35.11'"
                + " GROUP BY t.slug, t.name"));
    List<Long> perTenant =
        longs(
            "SELECT count(p.id) FROM tenant t LEFT JOIN product p ON p.tenant_id = t.id"
                + " GROUP BY t.id ORDER BY 1 DESC");
    assertEquals(tiny.bondowosoProducts, perTenant.get(0));
    long large = perTenant.get(1);
    assertTrue(large >= tiny.largeMin && large <= tiny.largeMax, "large tenant: " + large);
    for (long small : perTenant.subList(2, perTenant.size())) {
      assertTrue(small >= tiny.smallMin && small < large, "small tenant: " + small);
    }
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM tenant t WHERE NOT EXISTS (SELECT 1 FROM business b"
                + " WHERE b.tenant_id = t.id) OR (SELECT count(*) FROM category c"
                + " WHERE c.tenant_id = t.id) <> "
                + Vocabulary.CATEGORIES.size()
                + " OR NOT EXISTS (SELECT 1 FROM cluster c WHERE c.tenant_id = t.id)"
                + " OR NOT EXISTS (SELECT 1 FROM product p JOIN business b"
                + " ON b.tenant_id = p.tenant_id AND b.id = p.business_id WHERE p.tenant_id = t.id"
                + " AND p.featured AND p.status = 'PUBLISHED' AND b.status = 'PUBLISHED')"),
        "every tenant has businesses, the categories, a cluster and featured public products");
    long published = count("SELECT count(*) FROM product WHERE status = 'PUBLISHED'");
    assertTrue(published > tiny.products * 8 / 10, "published products: " + published);
    assertEquals(0, count("SELECT count(*) FROM tenant WHERE slug !~ '^[a-z0-9]+(-[a-z0-9]+)*$'"));
  }

  @Test
  void everyRowBelongsToItsTenantAndItsRegency() throws SQLException {
    Map<String, String> checks = new LinkedHashMap<>();
    checks.put(
        "products of another tenant's business",
        "SELECT count(*) FROM product p JOIN business b ON b.id = p.business_id"
            + " WHERE b.tenant_id <> p.tenant_id");
    checks.put(
        "products in another tenant's category",
        "SELECT count(*) FROM product p JOIN category c ON c.id = p.category_id"
            + " WHERE c.tenant_id <> p.tenant_id");
    checks.put(
        "businesses in another tenant's cluster",
        "SELECT count(*) FROM business b JOIN cluster c ON c.id = b.cluster_id"
            + " WHERE c.tenant_id <> b.tenant_id");
    checks.put(
        "links and certifications of another tenant's business",
        "SELECT (SELECT count(*) FROM business_link l JOIN business b ON b.id = l.business_id"
            + " WHERE b.tenant_id <> l.tenant_id) + (SELECT count(*) FROM business_certification c"
            + " JOIN business b ON b.id = c.business_id WHERE b.tenant_id <> c.tenant_id)");
    checks.put(
        "businesses outside their tenant's regency",
        "SELECT count(*) FROM business b JOIN tenant t ON t.id = b.tenant_id"
            + " JOIN region_district d ON d.code = b.district_code"
            + " JOIN region_village v ON v.code = b.village_code"
            + " WHERE d.regency_code <> t.regency_code OR v.district_code <> d.code");
    checks.put(
        "businesses of a cluster outside its kecamatan",
        "SELECT count(*) FROM business b JOIN cluster c ON c.tenant_id = b.tenant_id"
            + " AND c.id = b.cluster_id WHERE c.district_code <> b.district_code");
    checks.put(
        "clusters outside their tenant's regency",
        "SELECT count(*) FROM cluster c JOIN tenant t ON t.id = c.tenant_id"
            + " JOIN region_district d ON d.code = c.district_code"
            + " WHERE d.regency_code <> t.regency_code");
    checks.put(
        "businesses without kecamatan or desa",
        "SELECT count(*) FROM business WHERE district_code IS NULL OR village_code IS NULL");
    checks.put(
        "tenants not named after their regency",
        "SELECT count(*) FROM tenant t JOIN region_regency r ON r.code = t.regency_code"
            + " WHERE t.name <> r.name");
    for (Map.Entry<String, String> check : checks.entrySet()) {
      assertEquals(0, count(check.getValue()), check.getKey());
    }
  }

  @Test
  void theApplicationRoleSeesOnlyTheBoundTenant() throws SQLException {
    List<Long> tenants = longs("SELECT id FROM tenant ORDER BY id");
    try (Connection app =
        DriverManager.getConnection(database.url(), EmbeddedDatabase.APP, EmbeddedDatabase.APP)) {
      app.setAutoCommit(false);
      for (String table : DatasetLoader.TABLES) {
        if (table.equals("tenant")) {
          continue;
        }
        assertEquals(0, countAs(app, null, "SELECT count(*) FROM " + table), table + ", unbound");
        for (long tenant : List.of(tenants.get(0), tenants.get(tenants.size() - 1))) {
          long own = count("SELECT count(*) FROM " + table + " WHERE tenant_id = " + tenant);
          assertTrue(own > 0, table + " of tenant " + tenant);
          assertEquals(
              own, countAs(app, tenant, "SELECT count(*) FROM " + table), table + " as " + tenant);
          assertEquals(
              0,
              countAs(
                  app, tenant, "SELECT count(*) FROM " + table + " WHERE tenant_id <> " + tenant),
              table + ": other tenants' rows as " + tenant);
        }
      }
    }
  }

  @Test
  void searchFindsTheGeneratedProducts() throws SQLException {
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM product WHERE search_text = '' OR search_vector IS NULL"
                + " OR length(search_vector) = 0"));
    assertEquals(
        count(
            "SELECT count(*) FROM (SELECT DISTINCT p.tenant_id, w FROM product p,"
                + " unnest(string_to_array(etalase_search_text(p.search_text), ' ')) AS w"
                + " WHERE length(w) BETWEEN 2 AND 60) learnt"),
        count("SELECT count(*) FROM search_word"),
        "search_word holds what the trigger would have learnt");
    assertEquals(
        List.of("O"),
        strings("SELECT tgenabled::text FROM pg_trigger WHERE tgname = 'product_search_words'"),
        "the trigger learns again after the load");

    long bondowoso = count("SELECT id FROM tenant WHERE slug = 'bondowoso'");
    String word =
        strings(
                "SELECT lower(split_part(name, ' ', 1)) FROM product WHERE tenant_id = "
                    + bondowoso
                    + " AND status = 'PUBLISHED' AND name ~ '^[A-Za-z]+ '"
                    + " GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")
            .get(0);
    try (Connection app =
        DriverManager.getConnection(database.url(), EmbeddedDatabase.APP, EmbeddedDatabase.APP)) {
      app.setAutoCommit(false);
      long found =
          countAs(
              app,
              bondowoso,
              "SELECT count(*) FROM etalase_search_products(to_tsquery('indonesian', '"
                  + word
                  + "'))");
      long expected =
          count(
              "SELECT count(*) FROM product p JOIN business b ON b.tenant_id = p.tenant_id"
                  + " AND b.id = p.business_id WHERE p.tenant_id = "
                  + bondowoso
                  + " AND p.status = 'PUBLISHED' AND b.status = 'PUBLISHED'"
                  + " AND p.search_vector @@ to_tsquery('indonesian', '"
                  + word
                  + "')");
      assertTrue(expected > 0, "published products with " + word);
      assertEquals(expected, found, "search for " + word);
      String typo = word + word.charAt(word.length() - 1);
      assertEquals(
          word,
          stringAs(
              app, bondowoso, "SELECT word FROM etalase_search_words(ARRAY['" + typo + "'], 1)"),
          "the correction of " + typo);
    }
  }

  @Test
  void theLoadedTablesAreAllVisible() throws SQLException {
    // Index-only scans (counts) need the visibility map from the first request.
    assertEquals(
        List.of(),
        strings(
            "SELECT relname || ': ' || relallvisible || ' of ' || relpages FROM pg_class"
                + " WHERE relname IN ('business', 'product', 'category', 'cluster')"
                + " AND relallvisible < relpages"));
  }

  @Test
  void theSequencesArePastTheLoadedIds() throws SQLException {
    long catalog =
        count(
            "SELECT greatest((SELECT max(id) FROM category), (SELECT max(id) FROM cluster),"
                + " (SELECT max(id) FROM product), (SELECT max(id) FROM business_link),"
                + " (SELECT max(id) FROM business_certification))");
    // EclipseLink takes nextval as the last id of a block of 50.
    assertTrue(count("SELECT nextval('catalog_id_seq')") - 49 > catalog);
    assertTrue(
        count("SELECT nextval('business_id_seq')") - 49 > count("SELECT max(id) FROM business"));
    assertTrue(count("SELECT nextval('tenant_id_seq')") > count("SELECT max(id) FROM tenant"));
  }

  private static Map<String, String> digest() throws SQLException {
    Map<String, String> digests = new LinkedHashMap<>();
    for (String table : DatasetLoader.TABLES) {
      digests.put(
          table,
          strings("SELECT md5(string_agg(t::text, E'\\n' ORDER BY t::text)) FROM " + table + " t")
              .get(0));
    }
    return digests;
  }

  private static long count(String sql) throws SQLException {
    return longs(sql).get(0);
  }

  private static List<Long> longs(String sql) throws SQLException {
    List<Long> values = new ArrayList<>();
    try (Statement s = superuser.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        values.add(r.getLong(1));
      }
    }
    return values;
  }

  private static List<String> strings(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement s = superuser.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        values.add(r.getString(1));
      }
    }
    return values;
  }

  /** A count as the application role, bound to {@code tenant} (or to none) for one transaction. */
  private static long countAs(Connection app, Long tenant, String sql) throws SQLException {
    return Long.parseLong(stringAs(app, tenant, sql));
  }

  private static String stringAs(Connection app, Long tenant, String sql) throws SQLException {
    try {
      if (tenant != null) {
        try (PreparedStatement bind =
            app.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
          bind.setString(1, tenant.toString());
          bind.execute();
        }
      }
      try (Statement s = app.createStatement();
          ResultSet r = s.executeQuery(sql)) {
        r.next();
        return r.getString(1);
      }
    } finally {
      app.rollback();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
