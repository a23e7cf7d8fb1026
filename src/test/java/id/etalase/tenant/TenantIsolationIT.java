package id.etalase.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.business.Business;
import id.etalase.business.BusinessRepository;
import id.etalase.business.BusinessService;
import id.etalase.testing.DemoData;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tenant isolation inside the server, in both layers: EclipseLink's tenant filter for the
 * application's own queries, and PostgreSQL row-level security for everything, including SQL that
 * forgets the tenant. Tenant A is Bondowoso, tenant B is Situbondo; both come from the shipped demo
 * data.
 */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

  @Inject TenantDirectory directory;
  @Inject TenantWork work;
  @Inject BusinessRepository businesses;
  @Inject BusinessService businessService;
  @Inject TenantLoader loader;
  @Inject TenantRepository tenantRepository;

  @Resource(lookup = "jdbc/etalase")
  DataSource appDatabase;

  @Resource UserTransaction tx;

  private TenantSnapshot a() {
    return directory.bySlug("bondowoso").orElseThrow();
  }

  private TenantSnapshot b() {
    return directory.bySlug("situbondo").orElseThrow();
  }

  // --- the application's own queries -------------------------------------------------------

  @Test
  void eachTenantListsAndCountsOnlyItsOwnBusinesses() throws Exception {
    for (String slug : List.of("bondowoso", "situbondo")) {
      TenantSnapshot tenant = directory.bySlug(slug).orElseThrow();
      DemoData demo = DemoData.of(slug);
      Set<String> owned = businessesOf(tenant, "slug", "");
      assertTrue(owned.containsAll(demo.allSlugs()), slug + ": the demo import");
      Set<String> listed =
          work.callAs(
              tenant, () -> businesses.findAll().stream().map(Business::getSlug).collect(toSet()));
      assertEquals(owned, listed, slug);
      assertEquals(owned.size(), work.callAs(tenant, businesses::count), slug);
      assertEquals(
          businessesOf(tenant, "slug", " AND status = 'PUBLISHED'").size(),
          work.callAs(tenant, businessService::countPublished),
          slug);
    }
  }

  @Test
  void tenantBCannotFindTenantAsBusinessBySlugOrId() {
    String slugOfA = DemoData.of("bondowoso").allSlugs().iterator().next();
    long idOfA = work.callAs(a(), () -> businesses.findBySlug(slugOfA).orElseThrow().getId());

    assertTrue(work.callAs(b(), () -> businesses.findBySlug(slugOfA)).isEmpty());
    assertTrue(work.callAs(b(), () -> businesses.findById(idOfA)).isEmpty());
  }

  @Test
  void tenantBCannotDeleteTenantAsBusiness() {
    String slugOfA = DemoData.of("bondowoso").allSlugs().iterator().next();
    long idOfA = work.callAs(a(), () -> businesses.findBySlug(slugOfA).orElseThrow().getId());

    assertFalse(work.callAs(b(), () -> businesses.delete(idOfA)));
    assertTrue(work.callAs(a(), () -> businesses.findById(idOfA)).isPresent());
  }

  @Test
  void tenantDataNeedsATenantAndATransaction() {
    assertThrows(Exception.class, () -> businesses.count(), "no tenant, no transaction");
  }

  // --- row-level security: SQL that forgets or fakes the tenant -----------------------------

  @Test
  void sqlWithoutATenantSeesNoRows() throws Exception {
    tx.begin();
    try (Connection c = appDatabase.getConnection()) {
      assertEquals(0, count(c, "SELECT count(*) FROM business"));
      assertEquals(0, count(c, "SELECT count(*) FROM business WHERE tenant_id = " + a().id()));
    } finally {
      tx.rollback();
    }
  }

  @Test
  void theSearchFunctionsServeTheBoundTenantOnlyAndNothingWithoutOne() throws Exception {
    String words = "SELECT count(*) FROM etalase_search_words(ARRAY['batik', 'tamanan'], 3)";
    String products =
        "SELECT count(*) FROM etalase_search_products(to_tsquery('indonesian', 'batik | kopi'))";
    tx.begin();
    try (Connection c = appDatabase.getConnection()) {
      assertEquals(0, count(c, words), "no tenant, no words");
      assertEquals(0, count(c, products), "no tenant, no products");
      bind(c, b().id());
      assertEquals(0, count(c, "SELECT count(*) FROM etalase_search_words(ARRAY['tamanan'], 3)"));
      assertEquals(
          0,
          count(
              c,
              "SELECT count(*) FROM etalase_search_products(to_tsquery('indonesian', 'tamanan'))"),
          "Tamanan is A's kecamatan");
      assertEquals(
          count(
              c,
              "SELECT count(*) FROM etalase_search_products(to_tsquery('indonesian', 'batik | kopi'))"
                  + " WHERE id IN (SELECT id FROM product WHERE tenant_id = "
                  + b().id()
                  + ")"),
          count(c, products),
          "every product B finds is B's");
    } finally {
      tx.rollback();
    }
    tx.begin();
    try (Connection c = appDatabase.getConnection()) {
      bind(c, a().id());
      assertTrue(count(c, words) > 0, "A's own words");
      assertTrue(count(c, products) > 0, "A's own products");
    } finally {
      tx.rollback();
    }
  }

  @Test
  void sqlBoundToTenantBSeesChangesAndCountsNothingOfTenantA() throws Exception {
    DemoData demoOfB = DemoData.of("situbondo");
    tx.begin();
    try (Connection c = appDatabase.getConnection()) {
      bind(c, b().id());
      assertEquals(businessesOf(b(), "slug", "").size(), count(c, "SELECT count(*) FROM business"));
      assertTrue(businessesOf(b(), "slug", "").containsAll(demoOfB.allSlugs()));
      assertEquals(0, count(c, "SELECT count(*) FROM business WHERE tenant_id = " + a().id()));
      try (Statement sql = c.createStatement()) {
        assertEquals(
            0,
            sql.executeUpdate("UPDATE business SET name = 'diubah' WHERE tenant_id = " + a().id()));
        assertEquals(0, sql.executeUpdate("DELETE FROM business WHERE tenant_id = " + a().id()));
        // Moving B's own rows into A is refused by the policy's WITH CHECK.
        SQLException moved =
            assertThrows(
                SQLException.class,
                () -> sql.executeUpdate("UPDATE business SET tenant_id = " + a().id()));
        assertEquals("42501", moved.getSQLState(), moved.getMessage());
      }
    } finally {
      tx.rollback();
    }
    Set<String> namesOfA =
        work.callAs(
            a(), () -> businesses.findAll().stream().map(Business::getName).collect(toSet()));
    assertEquals(businessesOf(a(), "name", ""), namesOfA);
    assertTrue(namesOfA.containsAll(DemoData.of("bondowoso").names()), namesOfA.toString());
  }

  @Test
  void sqlBoundToTenantBCannotInsertRowsForTenantA() throws Exception {
    tx.begin();
    try (Connection c = appDatabase.getConnection()) {
      bind(c, b().id());
      try (Statement sql = c.createStatement()) {
        SQLException refused =
            assertThrows(
                SQLException.class,
                () ->
                    sql.executeUpdate(
                        "INSERT INTO business (tenant_id, id, slug, name, status) VALUES ("
                            + a().id()
                            + ", 999999, 'penyusup', 'Penyusup', 'PUBLISHED')"));
        assertEquals("42501", refused.getSQLState(), refused.getMessage());
      }
    } finally {
      tx.rollback();
    }
  }

  @Test
  void theTenantSettingEndsWithTheTransactionOnPooledConnections() throws Exception {
    // Bind many transactions, so that the pool hands the same connections out again below.
    Set<Integer> boundBackends = new HashSet<>();
    for (int i = 0; i < 10; i++) {
      tx.begin();
      try (Connection c = appDatabase.getConnection()) {
        bind(c, a().id());
        boundBackends.add(count(c, "SELECT pg_backend_pid()"));
      } finally {
        tx.commit();
      }
    }
    Set<Integer> reused = new HashSet<>();
    for (int i = 0; i < 10; i++) {
      tx.begin();
      try (Connection c = appDatabase.getConnection()) {
        if (boundBackends.contains(count(c, "SELECT pg_backend_pid()"))) {
          reused.add(i);
        }
        assertEquals("", setting(c), "a new transaction starts with no tenant");
        assertEquals(0, count(c, "SELECT count(*) FROM business"));
      } finally {
        tx.commit();
      }
    }
    assertFalse(reused.isEmpty(), "the pool reused a connection that had been bound");
  }

  @Test
  void applicationWorkForOneTenantLeavesNothingForTheNext() throws Exception {
    long countOfA = work.callAs(a(), businesses::count);
    long countOfB = work.callAs(b(), businesses::count);
    assertNotEquals(countOfA, countOfB, "the demo tenants differ in size, so a leak would show");
    for (int i = 0; i < 5; i++) {
      assertEquals(countOfA, work.callAs(a(), businesses::count));
      assertEquals(countOfB, work.callAs(b(), businesses::count));
    }
    tx.begin();
    try (Connection c = appDatabase.getConnection()) {
      assertEquals("", setting(c));
    } finally {
      tx.rollback();
    }
  }

  // --- the schema keeps the rules for every tenant table ------------------------------------

  /**
   * The tables the search functions of migration 0018 read as the schema owner, so that full-text
   * and trigram indexes serve them; every other tenant table binds its owner too.
   */
  static final Set<String> OWNER_SEARCHES = Set.of("product", "business", "search_word");

  @Test
  void everyTenantTableHasForcedRowSecurityAndTenantLeadingKeys() throws Exception {
    tx.begin();
    try (Connection c = appDatabase.getConnection()) {
      List<String> problems = new ArrayList<>();
      List<String> tenantTables = new ArrayList<>();
      for (String table : strings(c, ALL_TABLES)) {
        if (PLATFORM_TABLES.contains(table)) {
          continue;
        }
        if (strings(c, TENANT_TABLES).contains(table)) {
          tenantTables.add(table);
        } else {
          problems.add(table + ": neither a platform table nor tenant-scoped (no tenant_id)");
        }
      }
      assertTrue(tenantTables.contains("business"), tenantTables.toString());
      for (String table : tenantTables) {
        try (PreparedStatement q = c.prepareStatement(TABLE_RULES)) {
          q.setString(1, table);
          try (ResultSet r = q.executeQuery()) {
            r.next();
            if (!r.getBoolean("rls")) problems.add(table + ": row security not enabled");
            if (r.getBoolean("forced") == OWNER_SEARCHES.contains(table)) {
              problems.add(table + ": row security forced on the owner, or not, against 0018");
            }
            if (r.getInt("policies") == 0) problems.add(table + ": no policy");
            if (r.getBoolean("owned_by_app")) problems.add(table + ": owned by the app role");
          }
        }
        try (PreparedStatement q = c.prepareStatement(INDEX_FIRST_COLUMNS)) {
          q.setString(1, table);
          try (ResultSet r = q.executeQuery()) {
            while (r.next()) {
              if (!"tenant_id".equals(r.getString("first_column"))) {
                problems.add(
                    table + ": index " + r.getString("index") + " does not lead with tenant_id");
              }
            }
          }
        }
      }
      assertEquals(List.of(), problems);
      try (Statement sql = c.createStatement();
          ResultSet role =
              sql.executeQuery(
                  "SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user")) {
        role.next();
        assertFalse(role.getBoolean("rolsuper"), "the app role is not a superuser");
        assertFalse(role.getBoolean("rolbypassrls"), "the app role cannot bypass row security");
      }
    } finally {
      tx.rollback();
    }
  }

  // --- the tenant loader ---------------------------------------------------------------------

  @Test
  void loadingTheTenantFoldersAgainChangesNothing() throws Exception {
    // The load a server start runs: other classes on this shared server edit demo records.
    loader.loadAll(DemoData.tenantsDir(), true);
    Map<String, Long> tenantVersionsBefore = tenantVersions();
    Map<String, Long> businessVersionsBefore = businessVersions(a());

    TenantLoader.Report report = loader.loadAll(DemoData.tenantsDir(), true);

    assertEquals(List.of(), report.created());
    assertEquals(List.of(), report.updated());
    assertTrue(report.unchanged().containsAll(List.of("bondowoso", "situbondo", "ditangguhkan")));
    assertEquals(tenantVersionsBefore, tenantVersions());
    assertEquals(businessVersionsBefore, businessVersions(a()));
  }

  @Test
  void aSuspendedTenantIsKnownButNotActive() {
    TenantSnapshot suspended = directory.bySlug("ditangguhkan").orElseThrow();
    assertFalse(suspended.isActive());
    assertFalse(directory.active().contains(suspended));
    assertTrue(directory.active().stream().anyMatch(t -> t.slug().equals("bondowoso")));
  }

  // --- helpers ---------------------------------------------------------------------------------

  /**
   * Tables that belong to the platform, not to one tenant: the tenant registry, which must be read
   * before any tenant is known, the official regions, platform admins, login records (throttling
   * counts across tenants), and Liquibase's own. Every other table is tenant-scoped.
   */
  private static final Set<String> PLATFORM_TABLES =
      Set.of(
          "tenant",
          "tenant_domain",
          "tenant_asset",
          "region_province",
          "region_regency",
          "region_district",
          "region_village",
          "platform_admin",
          "login_record",
          "databasechangelog",
          "databasechangeloglock");

  // From the catalog, not information_schema, which hides tables the app role has no rights on.
  private static final String ALL_TABLES =
      "SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace"
          + " AND relkind IN ('r', 'p') ORDER BY 1";

  private static final String TENANT_TABLES =
      "SELECT c.relname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid"
          + " WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')"
          + " AND a.attname = 'tenant_id' AND NOT a.attisdropped ORDER BY 1";

  private static final String TABLE_RULES =
      "SELECT c.relrowsecurity AS rls, c.relforcerowsecurity AS forced,"
          + " (SELECT count(*) FROM pg_policy p WHERE p.polrelid = c.oid) AS policies,"
          + " pg_get_userbyid(c.relowner) = current_user AS owned_by_app"
          + " FROM pg_class c WHERE c.oid = ?::regclass";

  /** The first column of every index (the primary key included) of a table. */
  private static final String INDEX_FIRST_COLUMNS =
      "SELECT i.indexrelid::regclass::text AS index, a.attname AS first_column"
          + " FROM pg_index i JOIN pg_attribute a"
          + " ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]"
          + " WHERE i.indrelid = ?::regclass";

  private Map<String, Long> tenantVersions() {
    return work.callAs(
        a(),
        () ->
            tenantRepository.findAll().stream()
                .collect(
                    Collectors.toMap(
                        Tenant::getSlug, Tenant::getVersion, (x, y) -> x, TreeMap::new)));
  }

  private Map<String, Long> businessVersions(TenantSnapshot tenant) {
    return work.callAs(
        tenant,
        () ->
            businesses.findAll().stream()
                .collect(
                    Collectors.toMap(
                        Business::getSlug, Business::getVersion, (x, y) -> x, TreeMap::new)));
  }

  /**
   * One column of a tenant's businesses as the database holds them, read past row-level security as
   * the test database's admin: what the application must answer. The demo businesses are among
   * them, and so are those that other classes on this shared server made.
   */
  private static Set<String> businessesOf(TenantSnapshot tenant, String column, String condition)
      throws SQLException {
    Set<String> values = new java.util.TreeSet<>();
    try (Connection admin =
            DriverManager.getConnection(
                System.getenv("ETALASE_DB_URL"),
                System.getenv("ETALASE_TEST_DB_ADMIN_USER"),
                System.getenv("ETALASE_TEST_DB_ADMIN_PASSWORD"));
        PreparedStatement q =
            admin.prepareStatement(
                "SELECT " + column + " FROM business WHERE tenant_id = ?" + condition)) {
      q.setLong(1, tenant.id());
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          values.add(r.getString(1));
        }
      }
    }
    return values;
  }

  private static void bind(Connection c, long tenantId) throws SQLException {
    try (PreparedStatement set =
        c.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
      set.setString(1, Long.toString(tenantId));
      set.execute();
    }
  }

  private static String setting(Connection c) throws SQLException {
    try (Statement sql = c.createStatement();
        ResultSet r =
            sql.executeQuery("SELECT coalesce(current_setting('app.tenant_id', true), '')")) {
      r.next();
      return r.getString(1);
    }
  }

  private static int count(Connection c, String query) throws SQLException {
    try (Statement sql = c.createStatement();
        ResultSet r = sql.executeQuery(query)) {
      r.next();
      return r.getInt(1);
    }
  }

  private static List<String> strings(Connection c, String query) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement sql = c.createStatement();
        ResultSet r = sql.executeQuery(query)) {
      while (r.next()) {
        values.add(r.getString(1));
      }
    }
    return values;
  }

  private static <T> java.util.stream.Collector<T, ?, Set<T>> toSet() {
    return Collectors.toCollection(java.util.TreeSet::new);
  }
}
