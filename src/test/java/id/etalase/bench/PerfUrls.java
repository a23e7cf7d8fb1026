package id.etalase.bench;

import id.etalase.catalog.SearchQuery;
import id.etalase.region.RegionNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The URL lists of {@code bench/perf.sh}, read from the database as the application role (under
 * row-level security, bound to one tenant at a time, as the app reads it): for each page type the
 * paths wrk cycles through, half of them in the largest tenant and half spread round-robin over the
 * other sampled tenants; a warm-up list of other URLs; and unique search queries (plain words, two
 * words of one product name, typos, facet filters, sorts, browsing by a filter).
 *
 * <pre>
 * PERF_DB_URL=jdbc:postgresql://… PERF_DB_USER=… PERF_DB_PASSWORD=… \
 *   java -cp … id.etalase.bench.PerfUrls OUT_DIR [urls-per-type] [tenants] [one-connection-queries]
 *   [search-urls]
 * </pre>
 *
 * Writes {@code OUT_DIR/<type>.txt} for home, kecamatan, sentra, usaha, produk and cari, {@code
 * warmup.txt}, {@code cari-c1.txt} (unique queries used nowhere else, for the one-connection run
 * and the SQL floor) and {@code dataset.txt} (what the lists were drawn from). Paths name the
 * tenant by its first segment ({@code /bondowoso/produk/…}). The seed is fixed, so a dataset gives
 * the same lists every run.
 */
public final class PerfUrls {

  static final String[] TYPES = {"home", "kecamatan", "sentra", "usaha", "produk", "cari"};
  private static final String[] PRICES = {"0-25000", "25000-100000", "100000-500000", "500000-"};
  private static final String[] SORTS = {"price_low", "price_high", "newest", "name"};

  private final Random random = new Random(12);

  record TenantRow(long id, String slug, String regency, long products) {}

  /** What one tenant offers: its pages by type, and what its search queries are made of. */
  static final class Pool {
    final TenantRow tenant;
    final Map<String, Deque<String>> paths = new LinkedHashMap<>();

    /** Sampled products: name, category slug, kecamatan code, published cluster slug, price. */
    final List<String[]> names = new ArrayList<>();

    final List<String[]> filters = new ArrayList<>();
    final Set<String> issued = new LinkedHashSet<>();
    int attempts;

    Pool(TenantRow tenant) {
      this.tenant = tenant;
    }
  }

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    int perType = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    int sample = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    int oneConnection = args.length > 3 ? Integer.parseInt(args[3]) : 200;
    int searches = args.length > 4 ? Integer.parseInt(args[4]) : perType;
    Files.createDirectories(out);
    try (Connection c =
        DriverManager.getConnection(
            System.getenv("PERF_DB_URL"),
            System.getenv("PERF_DB_USER"),
            System.getenv("PERF_DB_PASSWORD"))) {
      new PerfUrls().write(c, out, perType, sample, oneConnection, searches);
    }
  }

  void write(Connection c, Path out, int perType, int sample, int oneConnection, int searches)
      throws SQLException, IOException {
    c.setAutoCommit(false);
    List<TenantRow> tenants = new ArrayList<>();
    try (PreparedStatement s =
            c.prepareStatement(
                "SELECT id, slug, regency_code FROM tenant WHERE status = 'ACTIVE' ORDER BY id");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        tenants.add(new TenantRow(r.getLong(1), r.getString(2), r.getString(3), 0));
      }
    }
    c.commit();
    long total = 0;
    List<TenantRow> counted = new ArrayList<>();
    for (TenantRow t : tenants) {
      long n =
          single(
              c,
              t,
              "SELECT count(*) FROM product p JOIN business b ON b.tenant_id = p.tenant_id"
                  + " AND b.id = p.business_id WHERE p.tenant_id = ? AND p.status = 'PUBLISHED'"
                  + " AND b.status = 'PUBLISHED'");
      counted.add(new TenantRow(t.id(), t.slug(), t.regency(), n));
      total += n;
    }
    TenantRow largest =
        counted.stream().max((a, b) -> Long.compare(a.products(), b.products())).orElseThrow();
    List<TenantRow> others = new ArrayList<>(counted);
    others.remove(largest);
    others.removeIf(t -> t.products() == 0);
    Collections.shuffle(others, random);
    others = others.subList(0, Math.min(sample, others.size()));

    // Enough of each tenant's pages for its share of the measured list, the warm-up and the rest.
    int largestShare = perType + perType / 4 + 50;
    int otherShare = Math.max(10, (perType + perType / 4) / Math.max(1, others.size()) * 2 + 2);
    Pool big = pool(c, largest, largestShare);
    List<Pool> small = new ArrayList<>();
    for (TenantRow t : others) {
      small.add(pool(c, t, otherShare));
    }

    Map<String, List<String>> measured = new LinkedHashMap<>();
    List<String> warmup = new ArrayList<>();
    for (String type : TYPES) {
      if (type.equals("cari")) {
        continue;
      }
      measured.put(type, take(type, perType, big, small));
      warmup.addAll(take(type, Math.max(20, perType / 8), big, small));
    }
    // Search: unique queries, each used once in the whole run's lists.
    measured.put("cari", queries(searches, big, small));
    List<String> warmSearch = queries(Math.max(20, perType / 8), big, small);
    List<String> c1 = queries(oneConnection, big, small);
    warmup.addAll(warmSearch);
    // Where a small dataset has no page left for the warm-up, it warms on the measured ones.
    for (String type : TYPES) {
      if (warmup.stream().noneMatch(p -> type(p).equals(type))) {
        warmup.addAll(measured.get(type));
      }
    }
    for (Map.Entry<String, List<String>> e : measured.entrySet()) {
      Collections.shuffle(e.getValue(), random);
      Files.write(out.resolve(e.getKey() + ".txt"), e.getValue());
    }
    Collections.shuffle(warmup, random);
    Files.write(out.resolve("warmup.txt"), warmup);
    Files.write(out.resolve("cari-c1.txt"), c1);

    List<String> dataset = new ArrayList<>();
    dataset.add("postgres=" + c.getMetaData().getDatabaseProductVersion());
    dataset.add("tenants=" + counted.size());
    dataset.add("tenants_sampled=" + (others.size() + 1));
    dataset.add("products=" + total);
    dataset.add("largest=" + largest.slug());
    dataset.add("largest_products=" + largest.products());
    for (Map.Entry<String, List<String>> e : measured.entrySet()) {
      long inLargest =
          e.getValue().stream().filter(p -> p.startsWith("/" + largest.slug() + "/")).count();
      long tenantsIn = e.getValue().stream().map(p -> p.split("/")[1]).distinct().count();
      dataset.add(
          "urls_"
              + e.getKey()
              + "="
              + e.getValue().size()
              + " largest="
              + inLargest
              + " tenants="
              + tenantsIn);
    }
    dataset.add("urls_warmup=" + warmup.size());
    dataset.add("urls_cari_c1=" + c1.size());
    Files.write(out.resolve("dataset.txt"), dataset);
    dataset.forEach(System.out::println);
  }

  private static String type(String path) {
    String[] parts = path.split("[/?]");
    if (parts.length < 3) {
      return "home";
    }
    return switch (parts[2]) {
      case "cari" -> "cari";
      case "produk" -> "produk";
      case "usaha" -> "usaha";
      case "sentra" -> "sentra";
      case "kecamatan" -> "kecamatan";
      default -> "home";
    };
  }

  /**
   * Half from the largest tenant, half round-robin over the others; whichever runs out, the other
   * fills.
   */
  private List<String> take(String type, int count, Pool big, List<Pool> small) {
    List<String> taken = new ArrayList<>();
    int fromBig = small.isEmpty() ? count : count / 2;
    Deque<String> bigPaths = big.paths.get(type);
    while (taken.size() < fromBig && !bigPaths.isEmpty()) {
      taken.add(bigPaths.poll());
    }
    boolean any = true;
    while (taken.size() < count && any) {
      any = false;
      for (Pool p : small) {
        Deque<String> paths = p.paths.get(type);
        if (!paths.isEmpty() && taken.size() < count) {
          taken.add(paths.poll());
          any = true;
        }
      }
    }
    while (taken.size() < count && !bigPaths.isEmpty()) {
      taken.add(bigPaths.poll());
    }
    return taken;
  }

  private Pool pool(Connection c, TenantRow t, int share) throws SQLException {
    Pool p = new Pool(t);
    String base = "/" + t.slug();
    p.paths.put("home", new ArrayDeque<>(List.of(base + "/")));
    // Samples are ordered by a hash of the slug, not random(): the same dataset gives the same
    // lists.
    List<String> districts = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    for (String[] row :
        rows(
            c,
            t,
            "SELECT DISTINCT d.code, d.name FROM business b JOIN region_district d"
                + " ON d.code = b.district_code WHERE b.tenant_id = ? AND b.status = 'PUBLISHED'"
                + " AND d.regency_code = '"
                + t.regency()
                + "' ORDER BY d.code",
            2)) {
      codes.add(row[0]);
      districts.add(base + "/kecamatan/" + RegionNames.slug(row[1]));
    }
    p.paths.put("kecamatan", shuffled(districts));
    List<String> clusters =
        column(
            c,
            t,
            "SELECT slug FROM cluster WHERE tenant_id = ? AND status = 'PUBLISHED' ORDER BY md5(slug)");
    p.paths.put("sentra", shuffled(prefixed(base + "/sentra/", clusters)));
    p.paths.put(
        "usaha",
        shuffled(
            prefixed(
                base + "/usaha/",
                column(
                    c,
                    t,
                    "SELECT slug FROM business WHERE tenant_id = ? AND status = 'PUBLISHED'"
                        + " ORDER BY md5(slug) LIMIT "
                        + share))));
    String publishedProducts =
        " FROM product p JOIN business b ON b.tenant_id = p.tenant_id AND b.id = p.business_id"
            + " WHERE p.tenant_id = ? AND p.status = 'PUBLISHED' AND b.status = 'PUBLISHED'";
    p.paths.put(
        "produk",
        shuffled(
            prefixed(
                base + "/produk/",
                column(
                    c,
                    t,
                    "SELECT p.slug"
                        + publishedProducts
                        + " ORDER BY md5(p.slug) LIMIT "
                        + share))));
    p.names.addAll(
        rows(
            c,
            t,
            "SELECT p.name, cat.slug, b.district_code, cl.slug, p.price_min"
                + " FROM product p JOIN business b ON b.tenant_id = p.tenant_id"
                + " AND b.id = p.business_id"
                + " LEFT JOIN category cat ON cat.tenant_id = p.tenant_id AND cat.id = p.category_id"
                + " LEFT JOIN cluster cl ON cl.tenant_id = b.tenant_id AND cl.id = b.cluster_id"
                + " AND cl.status = 'PUBLISHED'"
                + " WHERE p.tenant_id = ? AND p.status = 'PUBLISHED' AND b.status = 'PUBLISHED'"
                + " ORDER BY md5(p.slug || 'names') LIMIT "
                + Math.max(50, share),
            5));
    for (String slug :
        column(
            c,
            t,
            "SELECT DISTINCT c.slug FROM category c JOIN product p ON p.tenant_id = c.tenant_id"
                + " AND p.category_id = c.id WHERE c.tenant_id = ? AND p.status = 'PUBLISHED'"
                + " ORDER BY 1")) {
      p.filters.add(new String[] {SearchQuery.CATEGORY, slug});
    }
    codes.forEach(code -> p.filters.add(new String[] {SearchQuery.DISTRICT, code}));
    clusters.forEach(slug -> p.filters.add(new String[] {SearchQuery.CLUSTER, slug}));
    for (String kind :
        column(
            c,
            t,
            "SELECT DISTINCT kind FROM business_certification WHERE tenant_id = ? ORDER BY 1")) {
      p.filters.add(new String[] {SearchQuery.CERTIFICATION, kind.toLowerCase(Locale.ROOT)});
    }
    for (String price : PRICES) {
      p.filters.add(new String[] {SearchQuery.PRICE, price});
    }
    return p;
  }

  /** {@code count} search URLs not issued before, spread like the pages. */
  private List<String> queries(int count, Pool big, List<Pool> small) {
    List<String> taken = new ArrayList<>();
    int fromBig = small.isEmpty() ? count : count / 2;
    int misses = 0;
    while (taken.size() < fromBig && misses < 20000) {
      String q = query(big);
      if (q == null) {
        misses++;
      } else {
        taken.add(q);
        misses = 0;
      }
    }
    misses = 0;
    while (taken.size() < count && misses < 20000 && !small.isEmpty()) {
      String q = query(small.get(taken.size() % small.size()));
      if (q == null) {
        misses++;
      } else {
        taken.add(q);
        misses = 0;
      }
    }
    misses = 0;
    while (taken.size() < count && misses < 20000) {
      String q = query(big);
      if (q == null) {
        misses++;
      } else {
        taken.add(q);
        misses = 0;
      }
    }
    return taken;
  }

  /**
   * One query of the next kind, as a visitor could type or click it; null when this one was issued
   * already (the caller draws again).
   */
  private String query(Pool p) {
    if (p.names.isEmpty()) {
      return null;
    }
    String[] product = p.names.get(random.nextInt(p.names.size()));
    String[] words = words(product[0]);
    if (words.length == 0) {
      return null;
    }
    String one = words[random.nextInt(words.length)];
    int at = random.nextInt(words.length);
    String two = words.length > 1 ? words[Math.max(0, at - 1)] + " " + words[Math.max(1, at)] : one;
    // A filter a visitor would click after this search: one the product itself carries.
    List<String[]> own = new ArrayList<>();
    if (product[1] != null) {
      own.add(new String[] {SearchQuery.CATEGORY, product[1]});
    }
    if (product[2] != null) {
      own.add(new String[] {SearchQuery.DISTRICT, product[2]});
    }
    if (product[3] != null) {
      own.add(new String[] {SearchQuery.CLUSTER, product[3]});
    }
    if (product[4] != null) {
      long price = Long.parseLong(product[4]);
      own.add(
          new String[] {
            SearchQuery.PRICE,
            PRICES[price < 25_000 ? 0 : price < 100_000 ? 1 : price < 500_000 ? 2 : 3]
          });
    }
    if (own.isEmpty()) {
      own.add(p.filters.get(random.nextInt(p.filters.size())));
    }
    Collections.shuffle(own, random);
    String[] filter = own.get(0);
    String[] browse = p.filters.get(random.nextInt(p.filters.size()));
    Map<String, String> params = new LinkedHashMap<>();
    switch (p.attempts++ % 9) {
      case 0 -> params.put(SearchQuery.TEXT, one);
      case 1 -> params.put(SearchQuery.TEXT, two);
      case 2 -> params.put(SearchQuery.TEXT, typo(one));
      case 3 -> params.put(SearchQuery.TEXT, typo(two));
      case 4 -> {
        params.put(SearchQuery.TEXT, one);
        params.put(filter[0], filter[1]);
      }
      case 5 -> {
        params.put(SearchQuery.TEXT, typo(two));
        params.put(filter[0], filter[1]);
      }
      case 6 -> {
        params.put(SearchQuery.TEXT, random.nextBoolean() ? one : two);
        params.put(SearchQuery.SORT, SORTS[random.nextInt(SORTS.length)]);
      }
      case 7 -> {
        params.put(browse[0], browse[1]);
        if (random.nextBoolean()) {
          params.put(SearchQuery.SORT, SORTS[random.nextInt(SORTS.length)]);
        }
      }
      default -> {
        params.put(SearchQuery.TEXT, random.nextBoolean() ? one : two);
        params.put(filter[0], filter[1]);
        if (own.size() > 1) {
          params.put(own.get(1)[0], own.get(1)[1]);
        }
      }
    }
    if (params.containsValue(null)) {
      return null;
    }
    String path = SearchQuery.link("/" + p.tenant.slug() + "/cari", params);
    return p.issued.add(path) ? path : null;
  }

  private static String[] words(String name) {
    return java.util.Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> w.length() >= 3 && !w.chars().allMatch(Character::isDigit))
        .toArray(String[]::new);
  }

  /**
   * A typing mistake in the longest word, if it has five letters or more (else null): a letter
   * dropped, doubled, swapped with the next or replaced by a vowel, not the first.
   */
  private String typo(String text) {
    String[] words = text.split(" ");
    int longest = 0;
    for (int i = 1; i < words.length; i++) {
      if (words[i].length() > words[longest].length()) {
        longest = i;
      }
    }
    String w = words[longest];
    if (w.length() < 5) {
      return null;
    }
    int i = 1 + random.nextInt(w.length() - 2);
    words[longest] =
        switch (random.nextInt(4)) {
          case 0 -> w.substring(0, i) + w.substring(i + 1);
          case 1 -> w.substring(0, i) + w.charAt(i) + w.substring(i);
          case 2 -> w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2);
          default -> w.substring(0, i) + "aiueo".charAt(random.nextInt(5)) + w.substring(i + 1);
        };
    return String.join(" ", words);
  }

  private Deque<String> shuffled(List<String> list) {
    List<String> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return new ArrayDeque<>(copy);
  }

  private static List<String> prefixed(String prefix, List<String> slugs) {
    return slugs.stream().map(s -> prefix + s).toList();
  }

  /** Binds the transaction to the tenant as the app does, then reads. */
  private static void bind(Connection c, TenantRow t) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
      s.setString(1, Long.toString(t.id()));
      s.execute();
    }
  }

  private static long single(Connection c, TenantRow t, String sql) throws SQLException {
    return Long.parseLong(rows(c, t, sql, 1).get(0)[0]);
  }

  private static List<String> column(Connection c, TenantRow t, String sql) throws SQLException {
    return rows(c, t, sql, 1).stream().map(r -> r[0]).toList();
  }

  private static List<String[]> rows(Connection c, TenantRow t, String sql, int columns)
      throws SQLException {
    List<String[]> rows = new ArrayList<>();
    bind(c, t);
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, t.id());
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String[] row = new String[columns];
          for (int i = 0; i < columns; i++) {
            row[i] = r.getString(i + 1);
          }
          rows.add(row);
        }
      }
    }
    c.commit();
    return rows;
  }
}
