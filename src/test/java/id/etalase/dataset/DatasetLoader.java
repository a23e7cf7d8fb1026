package id.etalase.dataset;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads a generated dataset into a migrated database, replacing every tenant it held, in one
 * transaction: the rows go in through COPY, the large tables' secondary indexes are dropped first
 * and built again from their own definitions afterwards (much faster than keeping them up to date
 * row by row), the search vocabulary is filled with the backfill statement of migration 0018
 * instead of its per-row trigger, and the sequences are moved past the loaded ids. Then VACUUM
 * ANALYZE, so the planner has statistics and index-only scans a visibility map.
 *
 * <p>It needs a superuser connection: COPY into tables under row-level security is refused to
 * anyone bound by it, and this loads every tenant at once. Rows are still written with their
 * tenant_id, and the application reads them under its policies as it reads its own.
 */
final class DatasetLoader {

  /** Tables whose secondary indexes are rebuilt after the load rather than kept during it. */
  private static final List<String> REINDEXED = List.of("business", "product");

  /** Tables the generator writes, for the figures and VACUUM ANALYZE. */
  static final List<String> TABLES =
      List.of(
          "tenant",
          "category",
          "cluster",
          "business",
          "business_link",
          "business_certification",
          "product",
          "search_word");

  /** What a load took. */
  record Figures(Map<String, Long> rows, Map<String, Double> seconds, long databaseBytes) {}

  private DatasetLoader() {}

  static Figures load(Connection superuser, DatasetSize size, long seed) throws SQLException {
    Map<String, Double> seconds = new LinkedHashMap<>();
    long start = System.nanoTime();
    RegionData regions = RegionData.read(superuser);
    List<TenantPlan.Planned> plan = TenantPlan.plan(size, seed, regions);
    DatasetGenerator generator = new DatasetGenerator(plan, seed);
    boolean autoCommit = superuser.getAutoCommit();
    superuser.setAutoCommit(false);
    try (Statement sql = superuser.createStatement()) {
      sql.execute("SET LOCAL maintenance_work_mem = '512MB'");
      sql.execute("SET LOCAL synchronous_commit = off");
      // Every tenant and everything that hangs off one: a new dataset replaces the old one. Also
      // what lets COPY write frozen rows (CopyTable): every loaded table is truncated here.
      sql.execute("TRUNCATE tenant CASCADE");
      sql.execute("ALTER TABLE product DISABLE TRIGGER product_search_words");
      List<String> indexes = secondaryIndexes(sql);
      for (String index : indexes) {
        sql.execute("DROP INDEX " + index.substring(0, index.indexOf('\t')));
      }
      seconds.put("prepare", since(start));

      long copyStart = System.nanoTime();
      CopyManager copies = superuser.unwrap(PGConnection.class).getCopyAPI();
      generator.write(copies);
      seconds.put("generate and copy", since(copyStart));

      long indexStart = System.nanoTime();
      for (String index : indexes) {
        sql.execute(index.substring(index.indexOf('\t') + 1));
      }
      seconds.put("indexes", since(indexStart));

      long wordsStart = System.nanoTime();
      // The backfill of migration 0018: what the trigger would have learnt, in one statement.
      sql.execute(
          "INSERT INTO search_word (tenant_id, word)"
              + " SELECT DISTINCT p.tenant_id, w"
              + " FROM product p, unnest(string_to_array(etalase_search_text(p.search_text), ' ')) AS w"
              + " WHERE length(w) BETWEEN 2 AND 60"
              + " ON CONFLICT DO NOTHING");
      sql.execute("ALTER TABLE product ENABLE TRIGGER product_search_words");
      seconds.put("search words", since(wordsStart));

      // EclipseLink takes nextval as the last id of a block of 50 (allocationSize = 50).
      sql.execute("SELECT setval('tenant_id_seq', " + plan.size() + ")");
      sql.execute("SELECT setval('business_id_seq', " + block(generator.lastBusinessId()) + ")");
      sql.execute("SELECT setval('catalog_id_seq', " + block(generator.lastCatalogId()) + ")");
      superuser.commit();
    } catch (SQLException | RuntimeException e) {
      superuser.rollback();
      throw e;
    } finally {
      superuser.setAutoCommit(autoCommit);
    }

    long vacuumStart = System.nanoTime();
    superuser.setAutoCommit(true);
    try (Statement sql = superuser.createStatement()) {
      for (String table : TABLES) {
        sql.execute("VACUUM (ANALYZE) " + table);
      }
    } finally {
      superuser.setAutoCommit(autoCommit);
    }
    seconds.put("vacuum analyze", since(vacuumStart));
    seconds.put("total", since(start));

    Map<String, Long> rows = new LinkedHashMap<>(generator.rows);
    long bytes;
    try (Statement sql = superuser.createStatement();
        ResultSet r =
            sql.executeQuery(
                "SELECT (SELECT count(*) FROM search_word), pg_database_size(current_database())")) {
      r.next();
      rows.put("search_word", r.getLong(1));
      bytes = r.getLong(2);
    }
    return new Figures(rows, seconds, bytes);
  }

  /**
   * The indexes of {@link #REINDEXED} that back no constraint (the keys stay: foreign keys need
   * them), as "name TAB definition".
   */
  private static List<String> secondaryIndexes(Statement sql) throws SQLException {
    List<String> indexes = new ArrayList<>();
    try (ResultSet r =
        sql.executeQuery(
            "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)"
                + " FROM pg_index i"
                + " WHERE i.indrelid::regclass::text IN ('"
                + String.join("', '", REINDEXED)
                + "') AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)"
                + " ORDER BY 1")) {
      while (r.next()) {
        indexes.add(r.getString(1) + "\t" + r.getString(2));
      }
    }
    return indexes;
  }

  /** The smallest multiple of 50 (and at least 50, the sequences' minimum) at or above an id. */
  static long block(long lastId) {
    return Math.max(50, (lastId + 49) / 50 * 50);
  }

  private static double since(long nanos) {
    return (System.nanoTime() - nanos) / 1e9;
  }
}
