package id.etalase.bench;

import id.etalase.testing.ConsoleBrowser;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.openqa.selenium.By;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The import benchmark of issue #13 (bench/import.sh runs it):
 *
 * <ul>
 *   <li>{@code generate DIR BUSINESSES PRODUCTS_PER_BUSINESS [PHOTOS]}: a template-shaped XLSX of a
 *       regency's UMKM as trade offices type them (phones in several formats, kecamatan in odd
 *       case, prices as "Rp 150.000", "150rb" or "1,5 jt"), and the same rows as they end up in the
 *       tables, as tab-separated files for COPY; with PHOTOS, a ZIP of that many phone-sized JPEGs
 *       named in the {@code foto} column of the first businesses;
 *   <li>{@code copy DIR}: the floor, PostgreSQL COPY of those rows into the same tables (with their
 *       indexes and triggers), in one transaction that is then rolled back;
 *   <li>{@code import DIR BASE_URL EMAIL PASSWORD}: the operator's way, in headless Chromium:
 *       upload, check (the preview), confirm with publishing, then the background write until the
 *       history says done; meanwhile a visitor searches the public site on one connection.
 * </ul>
 *
 * The database is named by ETALASE_BENCH_DB_URL, ETALASE_BENCH_DB_USER and
 * ETALASE_BENCH_DB_PASSWORD (the owner role: it reads the regency's names and runs the floor); the
 * tenant by ETALASE_BENCH_TENANT (bondowoso).
 */
public final class ImportBench {

  private static final String[] OWNERS = {
    "Siti Aminah", "Budi Santoso", "Sri Wahyuni", "Ahmad Fauzi", "Nur Hasanah", "Slamet Riyadi",
    "Dewi Lestari", "Agus Salim", "Rina Marlina", "Hadi Purnomo", "Lilik Suryani", "Moh. Sholeh"
  };
  private static final String[] KINDS = {
    "Batik", "Keripik", "Kopi", "Tape", "Anyaman", "Madu", "Sambal", "Jamu", "Kue", "Tenun"
  };
  private static final String[] WORDS = {
    "Tulis", "Cap", "Singkong", "Pisang", "Arabika", "Robusta", "Manis", "Pedas", "Bambu",
    "Pandan", "Hutan", "Kunyit", "Jahe", "Bolu", "Lapis", "Sutra", "Ijen", "Raung"
  };
  private static final String[] UNITS = {"pcs", "kg", "bungkus", "lembar", "botol", "pak"};

  private ImportBench() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "generate" ->
          generate(
              Path.of(args[1]),
              Integer.parseInt(args[2]),
              Integer.parseInt(args[3]),
              args.length > 4 ? Integer.parseInt(args[4]) : 0);
      case "copy" -> copy(Path.of(args[1]));
      case "import" -> importThroughConsole(Path.of(args[1]), args[2], args[3], args[4]);
      default -> throw new IllegalArgumentException("generate, copy or import: " + args[0]);
    }
  }

  // --- generate ----------------------------------------------------------------------------

  record District(String code, String name, List<String[]> villages) {}

  record Category(long id, String name) {}

  static void generate(Path dir, int businesses, int perBusiness, int photos) throws Exception {
    Files.createDirectories(dir);
    List<District> districts = new ArrayList<>();
    List<Category> categories = new ArrayList<>();
    long tenantId;
    try (Connection db = connect()) {
      tenantId = tenantId(db);
      try (Statement s = db.createStatement()) {
        s.execute("SET app.tenant_id = '" + tenantId + "'");
      }
      Map<String, District> byCode = new TreeMap<>();
      try (PreparedStatement s =
          db.prepareStatement(
              "SELECT d.code, d.name, v.code, v.name FROM tenant t"
                  + " JOIN region_district d ON d.regency_code = t.regency_code"
                  + " JOIN region_village v ON v.district_code = d.code"
                  + " WHERE t.id = ? ORDER BY d.code, v.code")) {
        s.setLong(1, tenantId);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            byCode
                .computeIfAbsent(
                    r.getString(1), c -> new District(c, name(db, c), new ArrayList<>()))
                .villages()
                .add(new String[] {r.getString(3), r.getString(4)});
          }
        }
      }
      districts.addAll(byCode.values());
      try (PreparedStatement s =
          db.prepareStatement("SELECT id, name FROM category WHERE tenant_id = ? ORDER BY id")) {
        s.setLong(1, tenantId);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            categories.add(new Category(r.getLong(1), r.getString(2)));
          }
        }
      }
    }
    Random random = new Random(13);
    long run = System.currentTimeMillis() % 100_000;
    Path xlsx = dir.resolve("import.xlsx");
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, true);
        BufferedWriter businessRows = Files.newBufferedWriter(dir.resolve("business.tsv"));
        BufferedWriter certificateRows = Files.newBufferedWriter(dir.resolve("certificate.tsv"));
        BufferedWriter linkRows = Files.newBufferedWriter(dir.resolve("link.tsv"));
        BufferedWriter productRows = Files.newBufferedWriter(dir.resolve("product.tsv"))) {
      Sheet usaha = workbook.createSheet("usaha");
      Sheet produk = workbook.createSheet("produk");
      row(
          usaha,
          0,
          "nama_usaha",
          "nama_pemilik",
          "nib",
          "kategori",
          "kecamatan",
          "desa",
          "alamat",
          "telepon",
          "whatsapp",
          "email",
          "deskripsi",
          "tahun_berdiri",
          "sertifikat_halal",
          "latitude",
          "longitude",
          "instagram",
          "foto");
      row(
          produk,
          0,
          "nib",
          "nama_produk",
          "kategori",
          "deskripsi",
          "harga",
          "satuan",
          "min_order",
          "foto");
      int productRow = 0;
      long copyId = 4_000_000_000L;
      for (int i = 1; i <= businesses; i++) {
        District district = districts.get(random.nextInt(districts.size()));
        String[] village = district.villages().get(random.nextInt(district.villages().size()));
        String kind = KINDS[random.nextInt(KINDS.length)];
        String name = kind + " " + WORDS[random.nextInt(WORDS.length)] + " " + run + "-" + i;
        String owner = OWNERS[random.nextInt(OWNERS.length)];
        String nib = String.format("91%05d%06d", run, i);
        long mobile = 81_200_000_000L + (run * 1_000_000L + i) % 99_999_999L;
        String phone = phoneAsTyped(mobile, random);
        String e164 = "+62" + mobile;
        String email = "usaha" + i + "@contoh.id";
        String description =
            kind + " khas " + district.name() + " buatan " + owner + ", dibuat tangan sejak lama.";
        int year = 1980 + random.nextInt(45);
        boolean halal = random.nextInt(3) == 0;
        String latitude = String.format(Locale.ROOT, "%.6f", -7.9 + random.nextDouble() * 0.2);
        String longitude = String.format(Locale.ROOT, "%.6f", 113.8 + random.nextDouble() * 0.2);
        String instagram = random.nextInt(4) == 0 ? "@" + "usaha_" + run + "_" + i : "";
        String address = "Jl. " + WORDS[random.nextInt(WORDS.length)] + " No. " + (i % 200 + 1);
        String sector = categories.get(random.nextInt(categories.size())).name();
        row(
            usaha,
            i,
            name,
            owner,
            nib,
            sector,
            oddCase(district.name(), random),
            village[1],
            address,
            phone,
            phone,
            email,
            description,
            Integer.toString(year),
            halal ? "ya" : "tidak",
            latitude,
            longitude,
            instagram,
            i <= photos ? "foto-" + i + ".jpg" : "");
        long businessId = ++copyId;
        tsv(
            businessRows,
            tenantId,
            businessId,
            slug(name),
            name,
            owner,
            description,
            "PUBLISHED",
            sector,
            district.code(),
            village[0],
            address,
            latitude,
            longitude,
            e164,
            e164,
            email,
            year,
            nib);
        if (halal) {
          tsv(certificateRows, tenantId, ++copyId, businessId, "HALAL", "-");
        }
        if (!instagram.isEmpty()) {
          tsv(
              linkRows,
              tenantId,
              ++copyId,
              businessId,
              0,
              "INSTAGRAM",
              "https://instagram.com/" + instagram.substring(1));
        }
        for (int j = 1; j <= perBusiness; j++) {
          Category category = categories.get(random.nextInt(categories.size()));
          String product = kind + " " + WORDS[random.nextInt(WORDS.length)] + " " + j;
          long price = (5 + random.nextInt(300)) * 1000L;
          String unit = UNITS[random.nextInt(UNITS.length)];
          String about = product + " dari " + name + ", " + unit + " siap kirim.";
          int minOrder = 1 + random.nextInt(10);
          row(
              produk,
              ++productRow,
              nib,
              product,
              category.name(),
              about,
              priceAsTyped(price, random),
              unit,
              Integer.toString(minOrder),
              "");
          tsv(
              productRows,
              tenantId,
              ++copyId,
              businessId,
              category.id(),
              slug(product) + "-" + copyId,
              product,
              about,
              price,
              price,
              unit,
              minOrder,
              "PUBLISHED",
              product + " " + about + " " + name);
        }
        if (i % 10_000 == 0) {
          System.out.printf("generated %,d businesses%n", i);
        }
      }
      try (OutputStream out = Files.newOutputStream(xlsx)) {
        workbook.write(out);
      }
      workbook.dispose();
    }
    System.out.printf(
        "file: %s, %,d businesses and %,d products, %.1f MB%n",
        xlsx, businesses, businesses * perBusiness, Files.size(xlsx) / 1048576.0);
    if (photos > 0) {
      Path zip = dir.resolve("foto.zip");
      try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
        for (int i = 1; i <= photos; i++) {
          out.putNextEntry(new ZipEntry("foto-" + i + ".jpg"));
          out.write(photo(random));
          out.closeEntry();
        }
      }
      System.out.printf(
          "photos: %s, %,d JPEGs of 1200 x 900, %.1f MB%n",
          zip, photos, Files.size(zip) / 1048576.0);
    }
  }

  /** A gradient with noise, as a phone's photo: it compresses like one. */
  private static byte[] photo(Random random) throws IOException {
    int w = 1200;
    int h = 900;
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setPaint(
        new GradientPaint(
            0, 0, new Color(random.nextInt(0xffffff)), w, h, new Color(random.nextInt(0xffffff))));
    g.fillRect(0, 0, w, h);
    g.dispose();
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      image.getRGB(0, y, w, 1, row, 0, w);
      for (int x = 0; x < w; x++) {
        int n = random.nextInt(16) - 8;
        int c = row[x];
        row[x] =
            clamp((c >> 16 & 255) + n) << 16
                | clamp((c >> 8 & 255) + n) << 8
                | clamp((c & 255) + n);
      }
      image.setRGB(0, y, w, 1, row, 0, w);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpeg", out);
    return out.toByteArray();
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(255, v));
  }

  /** A mobile number as people type it: with dashes, spaces, +62, 62 or 0. */
  private static String phoneAsTyped(long mobile, Random random) {
    String digits = Long.toString(mobile);
    return switch (random.nextInt(4)) {
      case 0 ->
          "0" + digits.substring(0, 3) + "-" + digits.substring(3, 7) + "-" + digits.substring(7);
      case 1 ->
          "+62 "
              + digits.substring(0, 3)
              + " "
              + digits.substring(3, 7)
              + " "
              + digits.substring(7);
      case 2 -> "62" + digits;
      default -> "0" + digits;
    };
  }

  private static String priceAsTyped(long price, Random random) {
    return switch (random.nextInt(3)) {
      case 0 -> String.format(Locale.ROOT, "Rp %,d", price).replace(',', '.');
      case 1 -> price % 1000 == 0 ? (price / 1000) + "rb" : Long.toString(price);
      default -> Long.toString(price);
    };
  }

  private static String oddCase(String name, Random random) {
    return switch (random.nextInt(3)) {
      case 0 -> name.toUpperCase(Locale.ROOT);
      case 1 -> name.toLowerCase(Locale.ROOT);
      default -> " " + name + " ";
    };
  }

  private static String slug(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  private static void row(Sheet sheet, int index, String... cells) {
    Row row = sheet.createRow(index);
    for (int c = 0; c < cells.length; c++) {
      row.createCell(c).setCellValue(cells[c]);
    }
  }

  private static void tsv(BufferedWriter out, Object... values) throws IOException {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.write('\t');
      }
      out.write(String.valueOf(values[i]).replace("\t", " ").replace("\\", "\\\\"));
    }
    out.write('\n');
  }

  private static String name(Connection db, String districtCode) {
    try (PreparedStatement s =
        db.prepareStatement("SELECT name FROM region_district WHERE code = ?")) {
      s.setString(1, districtCode);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  // --- copy --------------------------------------------------------------------------------

  static void copy(Path dir) throws Exception {
    // COPY does not run under row security: as the server's superuser, as a migration would.
    Map<String, String> env = System.getenv();
    try (Connection db =
        DriverManager.getConnection(
            env.getOrDefault("ETALASE_BENCH_DB_URL", "jdbc:postgresql://localhost:54380/etalase"),
            env.getOrDefault("ETALASE_BENCH_DB_ADMIN_USER", "postgres"),
            env.getOrDefault("ETALASE_BENCH_DB_ADMIN_PASSWORD", "postgres"))) {
      db.setAutoCommit(false);
      long tenantId = tenantId(db);
      try (Statement s = db.createStatement()) {
        s.execute("SET LOCAL app.tenant_id = '" + tenantId + "'");
      }
      CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
      long start = System.nanoTime();
      long rows = 0;
      rows +=
          copy(
              copy,
              dir.resolve("business.tsv"),
              "business (tenant_id, id, slug, name, owner_name, description, status, sector,"
                  + " district_code, village_code, street_address, latitude, longitude, phone,"
                  + " whatsapp, email, founded_year, nib)");
      rows +=
          copy(
              copy,
              dir.resolve("certificate.tsv"),
              "business_certification (tenant_id, id, business_id, kind, number)");
      rows +=
          copy(
              copy,
              dir.resolve("link.tsv"),
              "business_link (tenant_id, id, business_id, position, kind, url)");
      rows +=
          copy(
              copy,
              dir.resolve("product.tsv"),
              "product (tenant_id, id, business_id, category_id, slug, name, description,"
                  + " price_min, price_max, unit, min_order, status, search_text)");
      long copied = System.nanoTime();
      db.rollback();
      System.out.printf(
          "floor: COPY of %,d rows in %.1f s (%,.0f rows/s), then rolled back%n",
          rows, (copied - start) / 1e9, rows / ((copied - start) / 1e9));
    }
  }

  private static long copy(CopyManager copy, Path file, String table) throws Exception {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return copy.copyIn("COPY " + table + " FROM STDIN", in);
    }
  }

  // --- import ------------------------------------------------------------------------------

  static void importThroughConsole(Path dir, String base, String email, String password)
      throws Exception {
    Path xlsx = dir.resolve("import.xlsx");
    String tenant = System.getenv().getOrDefault("ETALASE_BENCH_TENANT", "bondowoso");
    Visitor visitor = new Visitor(base + "/" + tenant + "/cari?q=");
    try (ConsoleBrowser operator = ConsoleBrowser.desktop(new URL(base + "/"))) {
      operator.signIn("/" + tenant + "/konsol/masuk", email, password);
      System.out.println("signed in as " + email);
      operator.get("/" + tenant + "/konsol/impor/");
      Thread visiting = new Thread(visitor, "visitor");
      visiting.start();
      long start = System.nanoTime();
      operator
          .driver()
          .findElement(By.cssSelector("#upload\\:file input[type=file]"))
          .sendKeys(xlsx.toString());
      operator
          .patient(600)
          .until(
              d ->
                  d.findElements(By.cssSelector("[data-received=file]")).stream()
                      .anyMatch(e -> e.getText().contains("import.xlsx")));
      Path zip = dir.resolve("foto.zip");
      if (Files.exists(zip)) {
        operator
            .driver()
            .findElement(By.cssSelector("#upload\\:photos input[type=file]"))
            .sendKeys(zip.toString());
        operator
            .patient(600)
            .until(
                d ->
                    d.findElements(By.cssSelector("[data-received=photos]")).stream()
                        .anyMatch(e -> e.getText().contains("foto.zip")));
      }
      long uploaded = System.nanoTime();
      System.out.printf("uploaded in %.1f s%n", (uploaded - start) / 1e9);
      operator.click("upload:check");
      operator
          .patient(900)
          .until(
              d ->
                  !d.findElements(By.id("preview:confirm")).isEmpty()
                      || !d.findElements(By.id("preview:errors")).isEmpty());
      long previewed = System.nanoTime();
      System.out.printf("checked in %.1f s%n", (previewed - uploaded) / 1e9);
      if (operator.driver().findElements(By.id("preview:confirm")).isEmpty()) {
        throw new IllegalStateException(
            "the preview has errors: " + operator.text("preview:errors"));
      }
      operator.click(By.cssSelector("label[for='preview:publish:1']"));
      operator.click("preview:confirm");
      operator.click(By.cssSelector(".ui-confirmdialog-yes"));
      long confirmed = System.nanoTime();
      operator.patient(120).until(d -> d.getCurrentUrl().contains("/konsol/impor/riwayat"));
      String status;
      long batchId;
      try (Connection db = connect()) {
        long tenantId = tenantId(db);
        try (Statement s = db.createStatement()) {
          s.execute("SET app.tenant_id = '" + tenantId + "'");
        }
        while (true) {
          try (PreparedStatement s =
              db.prepareStatement(
                  "SELECT id, status, progress_done, progress_total FROM import_batch"
                      + " WHERE tenant_id = ? ORDER BY id DESC LIMIT 1")) {
            s.setLong(1, tenantId);
            try (ResultSet r = s.executeQuery()) {
              r.next();
              batchId = r.getLong(1);
              status = r.getString(2);
              if (!"RUNNING".equals(status) && !"PREVIEWED".equals(status)) {
                break;
              }
              System.out.printf(
                  "  writing: %,d of %,d rows after %.0f s%n",
                  r.getInt(3), r.getInt(4), (System.nanoTime() - confirmed) / 1e9);
            }
          }
          Thread.sleep(5000);
        }
      }
      long written = System.nanoTime();
      visitor.stop.set(true);
      visiting.join();
      double upload = (uploaded - start) / 1e9;
      double preview = (previewed - uploaded) / 1e9;
      double write = (written - confirmed) / 1e9;
      double total = (written - start) / 1e9;
      long rows = rows(dir);
      System.out.printf(
          "import: batch %d %s; upload %.1f s, check (preview) %.1f s, write %.1f s;"
              + " %,d rows in %.1f s (%,.0f rows/s)%n",
          batchId, status, upload, preview, write, rows, total, rows / total);
      System.out.println("visitor: " + visitor.summary());
      if (!"DONE".equals(status)) {
        System.exit(1);
      }
    }
  }

  private static long rows(Path dir) throws IOException {
    try (var lines = Files.lines(dir.resolve("business.tsv"))) {
      long businesses = lines.count();
      try (var products = Files.lines(dir.resolve("product.tsv"))) {
        return businesses + products.count();
      }
    }
  }

  /** One visitor searching the public site, each query new, until stopped. */
  static final class Visitor implements Runnable {
    final String searchUrl;
    final AtomicBoolean stop = new AtomicBoolean();
    final List<Long> millis = Collections.synchronizedList(new ArrayList<>());
    int failures;

    Visitor(String searchUrl) {
      this.searchUrl = searchUrl;
    }

    @Override
    public void run() {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      Random random = new Random(7);
      while (!stop.get()) {
        String q = KINDS[random.nextInt(KINDS.length)] + "+" + WORDS[random.nextInt(WORDS.length)];
        long start = System.nanoTime();
        try {
          HttpResponse<Void> response =
              http.send(
                  HttpRequest.newBuilder(URI.create(searchUrl + q + "&n=" + random.nextInt()))
                      .timeout(Duration.ofSeconds(30))
                      .build(),
                  HttpResponse.BodyHandlers.discarding());
          if (response.statusCode() != 200) {
            failures++;
          }
        } catch (IOException | InterruptedException e) {
          failures++;
        }
        millis.add((System.nanoTime() - start) / 1_000_000);
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    String summary() {
      List<Long> sorted = new ArrayList<>(millis);
      Collections.sort(sorted);
      if (sorted.isEmpty()) {
        return "no searches";
      }
      return String.format(
          "%d searches during the import, %d failed; p50 %d ms, p95 %d ms, max %d ms",
          sorted.size(),
          failures,
          sorted.get(sorted.size() / 2),
          sorted.get((int) (sorted.size() * 0.95)),
          sorted.get(sorted.size() - 1));
    }
  }

  // --- database ----------------------------------------------------------------------------

  private static Connection connect() throws SQLException {
    Map<String, String> env = System.getenv();
    return DriverManager.getConnection(
        env.getOrDefault("ETALASE_BENCH_DB_URL", "jdbc:postgresql://localhost:54380/etalase"),
        env.getOrDefault("ETALASE_BENCH_DB_USER", "etalase_owner"),
        env.getOrDefault("ETALASE_BENCH_DB_PASSWORD", "etalase_owner"));
  }

  private static long tenantId(Connection db) throws SQLException {
    String slug = System.getenv().getOrDefault("ETALASE_BENCH_TENANT", "bondowoso");
    try (PreparedStatement s = db.prepareStatement("SELECT id FROM tenant WHERE slug = ?")) {
      s.setString(1, slug);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new IllegalStateException("No tenant " + slug);
        }
        return r.getLong(1);
      }
    }
  }
}
