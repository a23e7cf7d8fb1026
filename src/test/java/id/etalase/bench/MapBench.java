package id.etalase.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Loads a regency's worth of located businesses into one tenant for bench/map.sh: {@code load
 * <tenant> <count> <seed>} adds {@code count} published businesses with a location in the tenant's
 * kecamatan, each with one published product in one of its root categories, named and placed from
 * the seed (the same rows on every machine). Earlier bench rows are removed first. Written as the
 * database superuser in one transaction, as a migration would; the statement triggers tell the
 * running server to drop its cached pages and markers. {@code touch <tenant> <n>} renames the n-th
 * bench business, a change as an operator's edit makes, so the next request builds the markers
 * again.
 */
public final class MapBench {

  static final String PREFIX = "peta-uji-";
  static final long FIRST_ID = 900_000_000L;

  private static final String[] KINDS =
      ("Batik,Kopi,Keripik,Tape,Anyaman,Tenun,Sambal,Kerupuk,Madu,Gula Aren,Dodol,Jamu,"
              + "Rengginang,Bordir,Gerabah,Tempe,Bakpia,Abon,Emping,Susu Kambing")
          .split(",");
  private static final String[] NAMES =
      ("Sari,Makmur,Jaya,Barokah,Mekar,Lestari,Sejahtera,Ijen,Raung,Mandiri,Bu Siti,Pak Harjo,"
              + "Mbak Rina,Bu Ratna,Cak Mat,Berkah,Indah,Tunas,Rejeki,Sentosa")
          .split(",");

  private MapBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals("touch")) {
      touch(args[1], Integer.parseInt(args[2]));
    } else if (args.length == 4 && args[0].equals("load")) {
      load(args[1], Integer.parseInt(args[2]), Long.parseLong(args[3]));
    } else {
      System.err.println("MapBench load <tenant> <count> <seed> | touch <tenant> <n>");
      System.exit(2);
    }
  }

  static void touch(String slug, int n) throws Exception {
    try (Connection db = connect()) {
      db.setAutoCommit(false);
      long tenantId = (Long) tenant(db, slug)[0];
      try (Statement s = db.createStatement()) {
        s.execute("SET LOCAL app.tenant_id = '" + tenantId + "'");
        s.execute(
            "UPDATE business SET name = 'UMKM Peta Diubah "
                + n
                + "', updated_at = now()"
                + " WHERE tenant_id = "
                + tenantId
                + " AND id = "
                + (FIRST_ID + n));
      }
      db.commit();
    }
  }

  private static Connection connect() throws Exception {
    Map<String, String> env = System.getenv();
    return DriverManager.getConnection(
        env.getOrDefault("ETALASE_BENCH_DB_URL", "jdbc:postgresql://localhost:54382/etalase"),
        env.getOrDefault("ETALASE_BENCH_DB_ADMIN_USER", "postgres"),
        env.getOrDefault("ETALASE_BENCH_DB_ADMIN_PASSWORD", "postgres"));
  }

  /** The tenant's id and regency code. */
  private static Object[] tenant(Connection db, String slug) throws Exception {
    try (PreparedStatement s =
        db.prepareStatement("SELECT id, regency_code FROM tenant WHERE slug = ?")) {
      s.setString(1, slug);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new IllegalArgumentException("No tenant " + slug);
        }
        return new Object[] {r.getLong(1), r.getString(2)};
      }
    }
  }

  static void load(String slug, int count, long seed) throws Exception {
    try (Connection db = connect()) {
      db.setAutoCommit(false);
      Object[] tenant = tenant(db, slug);
      long tenantId = (Long) tenant[0];
      String regency = (String) tenant[1];
      try (Statement s = db.createStatement()) {
        s.execute("SET LOCAL app.tenant_id = '" + tenantId + "'");
        s.execute("DELETE FROM product WHERE tenant_id = " + tenantId + " AND id >= " + FIRST_ID);
        s.execute("DELETE FROM business WHERE tenant_id = " + tenantId + " AND id >= " + FIRST_ID);
      }
      List<String> districts =
          strings(
              db,
              "SELECT code FROM region_district WHERE regency_code = '"
                  + regency.replace("'", "")
                  + "' ORDER BY code");
      List<String> categories =
          strings(
              db,
              "SELECT id::text FROM category WHERE tenant_id = "
                  + tenantId
                  + " AND parent_id IS NULL ORDER BY position, id");
      double[] centre = centre(db, tenantId);
      Random random = new Random(seed);
      long start = System.nanoTime();
      try (PreparedStatement business =
              db.prepareStatement(
                  "INSERT INTO business (tenant_id, id, slug, name, status, district_code,"
                      + " latitude, longitude) VALUES (?, ?, ?, ?, 'PUBLISHED', ?, ?, ?)");
          PreparedStatement product =
              db.prepareStatement(
                  "INSERT INTO product (tenant_id, id, business_id, category_id, slug, name,"
                      + " status) VALUES (?, ?, ?, ?, ?, ?, 'PUBLISHED')")) {
        for (int i = 0; i < count; i++) {
          long id = FIRST_ID + i;
          String kind = KINDS[random.nextInt(KINDS.length)];
          String name = kind + " " + NAMES[random.nextInt(NAMES.length)] + " " + (i + 1);
          String businessSlug = PREFIX + slugOf(name);
          business.setLong(1, tenantId);
          business.setLong(2, id);
          business.setString(3, businessSlug);
          business.setString(4, name);
          business.setString(5, districts.get(random.nextInt(districts.size())));
          business.setBigDecimal(6, coordinate(centre[0] + random.nextGaussian() * 0.08));
          business.setBigDecimal(7, coordinate(centre[1] + random.nextGaussian() * 0.12));
          business.addBatch();
          product.setLong(1, tenantId);
          product.setLong(2, id);
          product.setLong(3, id);
          if (categories.isEmpty()) {
            product.setNull(4, java.sql.Types.BIGINT);
          } else {
            product.setLong(4, Long.parseLong(categories.get(random.nextInt(categories.size()))));
          }
          product.setString(5, businessSlug + "-produk");
          product.setString(6, kind + " " + (i + 1));
          product.addBatch();
          if (i % 1000 == 999) {
            business.executeBatch();
            product.executeBatch();
          }
        }
        business.executeBatch();
        product.executeBatch();
      }
      db.commit();
      System.out.printf(
          "loaded %d located businesses with a product each into %s in %.1f s%n",
          count, slug, (System.nanoTime() - start) / 1e9);
    }
  }

  private static double[] centre(Connection db, long tenantId) throws Exception {
    try (Statement s = db.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT avg(latitude), avg(longitude) FROM business WHERE tenant_id = "
                    + tenantId
                    + " AND latitude IS NOT NULL")) {
      r.next();
      return r.getObject(1) == null
          ? new double[] {-7.9, 113.8}
          : new double[] {r.getDouble(1), r.getDouble(2)};
    }
  }

  private static java.math.BigDecimal coordinate(double value) {
    return java.math.BigDecimal.valueOf(value).setScale(6, java.math.RoundingMode.HALF_UP);
  }

  private static String slugOf(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }

  private static List<String> strings(Connection db, String sql) throws Exception {
    List<String> values = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        values.add(r.getString(1));
      }
    }
    return values;
  }
}
