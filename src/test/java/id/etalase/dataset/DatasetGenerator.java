package id.etalase.dataset;

import id.etalase.dataset.RegionData.District;
import id.etalase.dataset.RegionData.Village;
import id.etalase.dataset.TenantPlan.Planned;
import id.etalase.dataset.Vocabulary.CategorySeed;
import id.etalase.dataset.Vocabulary.Item;
import id.etalase.dataset.Vocabulary.Place;
import id.etalase.dataset.Vocabulary.Sector;
import id.etalase.region.RegionNames;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.postgresql.copy.CopyManager;

/**
 * Makes the rows of the dataset and sends them through COPY, table by table: tenants, categories,
 * clusters, businesses (with their links and certifications), products. Every draw comes from a
 * random generator seeded by the seed, the tenant and the table, and ids are handed out in that
 * order, so the same seed and size give the same rows, whatever the machine.
 *
 * <p>Rows are written as the application writes them: ids from the blocks of {@code
 * business_id_seq} and {@code catalog_id_seq}, slugs unique per tenant, kecamatan and desa of the
 * tenant's own regency, and each product's {@code search_text} made of the same parts, in the same
 * order, as {@code catalog.SearchIndex} makes it.
 */
final class DatasetGenerator {

  /** The dataset's clock: every timestamp lies before it, so runs do not differ by the day. */
  static final Instant NOW = Instant.parse("2026-11-30T00:00:00Z");

  private static final String[][] PALETTES = {
    {"#123c35", "#f3efe6", "#b23a2a"},
    {"#4a2c1d", "#f7efe3", "#b23a2a"},
    {"#1d3557", "#f1faee", "#e63946"},
    {"#264653", "#f4f1de", "#e76f51"},
    {"#3d405b", "#f4f1de", "#e07a5f"},
    {"#2b463c", "#f1f1e6", "#d4a017"},
    {"#5c2a4d", "#faf3f0", "#c8553d"},
    {"#0b3c5d", "#f2f2f2", "#d9b310"},
    {"#3b2f2f", "#fbf5ec", "#a4161a"},
    {"#14532d", "#f7fee7", "#ca8a04"}
  };

  private final List<Planned> tenants;
  private final long seed;

  private long nextBusinessId = 1;
  private long nextCatalogId = 1;

  /** Per tenant: category slug to id. */
  private final Map<Long, Map<String, Long>> categoryIds = new HashMap<>();

  /** Per tenant: its clusters. */
  private final Map<Long, List<ClusterRow>> clusters = new HashMap<>();

  /** Per tenant: its businesses, as its products need them. */
  private final Map<Long, List<BusinessRow>> businesses = new HashMap<>();

  private record ClusterRow(
      long id, String name, Sector sector, District district, Village village) {}

  private record BusinessRow(
      long id,
      String slug,
      String name,
      String owner,
      Sector sector,
      ClusterRow cluster,
      Place place,
      String status,
      OffsetDateTime createdAt) {}

  /** Rows per table, in the order they were copied. */
  final Map<String, Long> rows = new LinkedHashMap<>();

  DatasetGenerator(List<Planned> tenants, long seed) {
    this.tenants = tenants;
    this.seed = seed;
  }

  /** The highest id handed out from {@code business_id_seq}. */
  long lastBusinessId() {
    return nextBusinessId - 1;
  }

  /** The highest id handed out from {@code catalog_id_seq}. */
  long lastCatalogId() {
    return nextCatalogId - 1;
  }

  void write(CopyManager copies) throws SQLException {
    writeTenants(copies);
    writeCategories(copies);
    writeClusters(copies);
    writeBusinesses(copies);
    writeProducts(copies);
  }

  private SplittableRandom random(Planned tenant, String table) {
    return new SplittableRandom(
        seed * 0x9E3779B97F4A7C15L + tenant.id() * 1_000_003L + table.hashCode());
  }

  private void writeTenants(CopyManager copies) throws SQLException {
    CopyTable t =
        CopyTable.streaming(
            copies,
            "tenant",
            "id, slug, name, regency_code, status, default_language, tagline, color_primary,"
                + " color_secondary, color_accent, office_name, office_address, created_at,"
                + " updated_at");
    for (Planned tenant : tenants) {
      SplittableRandom random = random(tenant, "tenant");
      String[] palette = PALETTES[random.nextInt(PALETTES.length)];
      District seat = tenant.regency().districts().get(0);
      String place = tenant.regency().shortName();
      OffsetDateTime created = at(random, 700, 400);
      t.row(
          tenant.id(),
          tenant.slug(),
          tenant.name(),
          tenant.regency().code(),
          "ACTIVE",
          "id",
          "Produk UMKM pilihan dari " + place + ": langsung dari perajin, petani, dan dapur warga",
          palette[0],
          palette[1],
          palette[2],
          "Dinas Koperasi dan Usaha Mikro " + tenant.name(),
          "Jl. "
              + Vocabulary.pick(random, Vocabulary.STREETS)
              + " No. "
              + (1 + random.nextInt(120))
              + ", "
              + seat.name()
              + ", "
              + place,
          created,
          created);
    }
    rows.put("tenant", t.finish());
  }

  private void writeCategories(CopyManager copies) throws SQLException {
    CopyTable t =
        CopyTable.streaming(
            copies, "category", "tenant_id, id, parent_id, slug, name, name_en, position");
    for (Planned tenant : tenants) {
      Map<String, Long> ids = new HashMap<>();
      int position = 0;
      for (CategorySeed c : Vocabulary.CATEGORIES) {
        long id = nextCatalogId++;
        ids.put(c.slug(), id);
        position += 10;
        t.row(
            tenant.id(),
            id,
            c.parent() == null ? null : ids.get(c.parent()),
            c.slug(),
            c.name(),
            c.nameEn(),
            position);
      }
      categoryIds.put(tenant.id(), ids);
    }
    rows.put("category", t.finish());
  }

  private void writeClusters(CopyManager copies) throws SQLException {
    CopyTable t =
        CopyTable.streaming(
            copies,
            "cluster",
            "tenant_id, id, slug, name, description, district_code, opening_hours, activities,"
                + " visitor_prices, directions, contact_name, contact_phone, status, created_at,"
                + " updated_at");
    List<Sector> clusterSectors =
        Vocabulary.SECTORS.stream().filter(s -> s.clusterName() != null).toList();
    for (Planned tenant : tenants) {
      SplittableRandom random = random(tenant, "cluster");
      int count = Math.max(1, Math.min(30, tenant.businesses() / 400));
      Set<String> slugs = new HashSet<>();
      List<ClusterRow> made = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Sector sector = Vocabulary.pick(random, clusterSectors);
        District district = Vocabulary.pick(random, tenant.regency().districts());
        Village village = Vocabulary.pick(random, district.villages());
        String name = sector.clusterName() + " " + village.name();
        String slug = unique(slugs, RegionNames.slug(name), RegionNames.slug(district.name()));
        ClusterRow cluster = new ClusterRow(nextCatalogId++, name, sector, district, village);
        made.add(cluster);
        OffsetDateTime created = at(random, 600, 300);
        t.row(
            tenant.id(),
            cluster.id(),
            slug,
            name,
            name
                + " di Desa "
                + village.name()
                + ", Kecamatan "
                + district.name()
                + ": kampung "
                + sector.label().toLowerCase(java.util.Locale.ROOT)
                + " yang dibina Dinas Koperasi dan Usaha Mikro "
                + tenant.name()
                + ". Pengunjung bisa melihat proses produksi dan membeli langsung dari perajin.",
            district.code(),
            random.nextBoolean()
                ? "Senin-Sabtu 08.00-16.00 WIB"
                : "Setiap hari 08.00-17.00 WIB; Jumat tutup 11.00-13.00",
            "Melihat proses produksi, belajar langsung dari perajin, belanja oleh-oleh",
            random.nextBoolean()
                ? "Masuk gratis"
                : "Masuk gratis; kelas singkat Rp"
                    + (25 + random.nextInt(8) * 5)
                    + ".000 per orang",
            "Dari pusat kota ke arah Kecamatan "
                + district.name()
                + ", ikuti papan petunjuk ke Desa "
                + village.name()
                + "; parkir di balai desa",
            "Pengelola " + name,
            phone(random),
            random.nextInt(100) < 92 ? "PUBLISHED" : "DRAFT",
            created,
            created);
      }
      clusters.put(tenant.id(), made);
    }
    rows.put("cluster", t.finish());
  }

  private void writeBusinesses(CopyManager copies) throws SQLException {
    CopyTable t =
        CopyTable.streaming(
            copies,
            "business",
            "tenant_id, id, slug, name, owner_name, description, status, sector, district_code,"
                + " village_code, street_address, phone, whatsapp, email, founded_year, nib,"
                + " cluster_id, rejection_reason, created_at, updated_at");
    CopyTable links =
        CopyTable.buffered("business_link", "tenant_id, id, business_id, position, kind, url");
    CopyTable certifications =
        CopyTable.buffered(
            "business_certification", "tenant_id, id, business_id, kind, number, expires_on");
    for (Planned tenant : tenants) {
      SplittableRandom random = random(tenant, "business");
      List<ClusterRow> tenantClusters = clusters.get(tenant.id());
      Set<String> slugs = new HashSet<>();
      List<BusinessRow> made = new ArrayList<>(tenant.businesses());
      for (int i = 0; i < tenant.businesses(); i++) {
        Sector sector = Vocabulary.sector(random);
        ClusterRow cluster = null;
        if (random.nextInt(100) < 35) {
          List<ClusterRow> ofSector =
              tenantClusters.stream().filter(c -> c.sector() == sector).toList();
          if (!ofSector.isEmpty()) {
            cluster = Vocabulary.pick(random, ofSector);
          }
        }
        District district =
            cluster != null
                ? cluster.district()
                : Vocabulary.pick(random, tenant.regency().districts());
        Village village =
            cluster != null && random.nextBoolean()
                ? cluster.village()
                : Vocabulary.pick(random, district.villages());
        Place place = new Place(village.name(), district.name(), tenant.regency().shortName());
        String owner = Vocabulary.person(random);
        String name =
            Vocabulary.expand(
                Vocabulary.pick(random, sector.businessNames()), random, place, owner);
        String slug = unique(slugs, RegionNames.slug(name), RegionNames.slug(village.name()));
        String status = status(random, 90);
        OffsetDateTime created = at(random, 900, 30);
        OffsetDateTime updated = later(random, created);
        String phone = random.nextInt(100) < 85 ? phone(random) : null;
        BusinessRow b =
            new BusinessRow(
                nextBusinessId++, slug, name, owner, sector, cluster, place, status, created);
        made.add(b);
        t.row(
            tenant.id(),
            b.id(),
            slug,
            name,
            owner,
            Vocabulary.expand(
                Vocabulary.pick(random, sector.businessDescriptions()), random, place, owner),
            status,
            sector.label(),
            district.code(),
            village.code(),
            random.nextInt(100) < 70
                ? "Jl. "
                    + Vocabulary.pick(random, Vocabulary.STREETS)
                    + " No. "
                    + (1 + random.nextInt(150))
                : "Dusun "
                    + village.name()
                    + " RT 0"
                    + (1 + random.nextInt(9))
                    + " RW 0"
                    + (1 + random.nextInt(6)),
            phone,
            phone != null && random.nextInt(100) < 80 ? phone : null,
            random.nextInt(100) < 30 ? slug.replace("-", "") + "@gmail.com" : null,
            random.nextInt(100) < 75 ? 1980 + random.nextInt(46) : null,
            random.nextInt(100) < 60 ? digits(random, 13) : null,
            cluster == null ? null : cluster.id(),
            status.equals("REJECTED") ? "Foto dan alamat usaha belum lengkap." : null,
            created,
            updated);
        writeLinks(links, random, tenant, b);
        writeCertifications(certifications, random, tenant, b);
      }
      businesses.put(tenant.id(), made);
    }
    rows.put("business", t.finish());
    rows.put("business_link", links.copyTo(copies));
    rows.put("business_certification", certifications.copyTo(copies));
  }

  private void writeLinks(CopyTable links, SplittableRandom random, Planned tenant, BusinessRow b)
      throws SQLException {
    String handle = b.slug().replace("-", "");
    int position = 0;
    String[][] kinds = {
      {"INSTAGRAM", "https://www.instagram.com/", "35"},
      {"SHOPEE", "https://shopee.co.id/", "20"},
      {"TOKOPEDIA", "https://www.tokopedia.com/", "15"},
      {"FACEBOOK", "https://www.facebook.com/", "10"},
      {"TIKTOK", "https://www.tiktok.com/@", "6"},
      {"WEBSITE", "https://", "4"}
    };
    for (String[] kind : kinds) {
      if (random.nextInt(100) < Integer.parseInt(kind[2])) {
        String url = kind[0].equals("WEBSITE") ? kind[1] + handle + ".id" : kind[1] + handle;
        links.row(tenant.id(), nextCatalogId++, b.id(), position++, kind[0], url);
      }
    }
  }

  private void writeCertifications(
      CopyTable certifications, SplittableRandom random, Planned tenant, BusinessRow b)
      throws SQLException {
    String regency = tenant.regency().code().replace(".", "");
    if (b.sector().food()) {
      if (random.nextInt(100) < 45) {
        certifications.row(
            tenant.id(),
            nextCatalogId++,
            b.id(),
            "PIRT",
            "P-IRT 2"
                + digits(random, 2)
                + regency
                + digits(random, 4)
                + "-"
                + (25 + random.nextInt(5)),
            expiry(random));
      }
      if (random.nextInt(100) < 30) {
        certifications.row(
            tenant.id(),
            nextCatalogId++,
            b.id(),
            "HALAL",
            "ID" + regency + digits(random, 12),
            null);
      }
      if (random.nextInt(100) < 4) {
        certifications.row(
            tenant.id(),
            nextCatalogId++,
            b.id(),
            "BPOM",
            "BPOM RI MD " + digits(random, 12),
            expiry(random));
      }
    } else if (random.nextInt(100) < 6) {
      certifications.row(
          tenant.id(),
          nextCatalogId++,
          b.id(),
          "SNI",
          "SNI "
              + (1000 + random.nextInt(8000))
              + ":20"
              + (10 + random.nextInt(15))
              + "-"
              + digits(random, 4),
          expiry(random));
    }
  }

  private void writeProducts(CopyManager copies) throws SQLException {
    CopyTable t =
        CopyTable.streaming(
            copies,
            "product",
            "tenant_id, id, business_id, category_id, slug, name, description, price_min,"
                + " price_max, price_negotiable, unit, min_order, availability, featured, status,"
                + " rejection_reason, search_text, created_at, updated_at");
    Map<String, CategorySeed> categories =
        Vocabulary.CATEGORIES.stream().collect(Collectors.toMap(CategorySeed::slug, c -> c));
    for (Planned tenant : tenants) {
      SplittableRandom random = random(tenant, "product");
      List<BusinessRow> owners = businesses.get(tenant.id());
      int[] counts = new int[owners.size()];
      java.util.Arrays.fill(counts, 1);
      for (int extra = tenant.products() - owners.size(); extra > 0; extra--) {
        counts[(int) (owners.size() * Math.pow(random.nextDouble(), 1.7))]++;
      }
      Map<String, Long> categoryId = categoryIds.get(tenant.id());
      Set<String> slugs = new HashSet<>();
      int featuredFirsts = 0;
      for (int bi = 0; bi < owners.size(); bi++) {
        BusinessRow b = owners.get(bi);
        boolean published = b.status().equals("PUBLISHED");
        for (int k = 0; k < counts[bi]; k++) {
          Item item = Vocabulary.pick(random, b.sector().items());
          String name = Vocabulary.expand(item.name(), random, b.place(), b.owner());
          String slug =
              unique(slugs, RegionNames.slug(name), RegionNames.slug(b.place().village()));
          String description = describe(random, b, item, name);
          boolean negotiable = random.nextInt(100) < (b.sector().label().equals("Jasa") ? 30 : 4);
          Long priceMin = negotiable ? null : price(random, item.priceMin(), item.priceMax());
          Long priceMax =
              priceMin != null && random.nextInt(100) < 25
                  ? round(priceMin * (1.2 + random.nextDouble() * 0.8))
                  : null;
          String status = published ? status(random, 94) : b.status();
          boolean featured = published && status.equals("PUBLISHED") && random.nextInt(1000) < 15;
          if (published && k == 0 && featuredFirsts < 12 && status.equals("PUBLISHED")) {
            featured = true;
            featuredFirsts++;
          }
          CategorySeed category = categories.get(item.category());
          OffsetDateTime created = b.createdAt().plusHours(random.nextInt(24 * 120));
          if (created.toInstant().isAfter(NOW)) {
            created =
                OffsetDateTime.ofInstant(
                    NOW.minusSeconds(random.nextInt(86_400 * 30)), ZoneOffset.UTC);
          }
          int availability = random.nextInt(100);
          t.row(
              tenant.id(),
              nextCatalogId++,
              b.id(),
              categoryId.get(item.category()),
              slug,
              name,
              description,
              priceMin,
              priceMax,
              negotiable,
              item.unit(),
              random.nextInt(100) < 30 ? 2 + random.nextInt(11) : null,
              availability < 85 ? "READY" : availability < 95 ? "PRE_ORDER" : "OUT_OF_STOCK",
              featured,
              status,
              status.equals("REJECTED") ? "Harga dan foto produk belum sesuai." : null,
              searchText(name, description, category, b),
              created,
              later(random, created));
        }
      }
    }
    rows.put("product", t.finish());
  }

  private static String describe(SplittableRandom random, BusinessRow b, Item item, String name) {
    List<String> details = b.sector().productDetails();
    StringBuilder d = new StringBuilder(name).append(" buatan ").append(b.name()).append('.');
    int sentences = 1 + random.nextInt(3);
    for (int i = 0; i < sentences; i++) {
      d.append(' ')
          .append(
              Vocabulary.expand(Vocabulary.pick(random, details), random, b.place(), b.owner()));
    }
    if (random.nextBoolean()) {
      d.append(" Dari Desa ")
          .append(b.place().village())
          .append(", Kecamatan ")
          .append(b.place().district())
          .append('.');
    }
    return d.toString();
  }

  /**
   * The parts {@code catalog.SearchIndex} indexes, in its order and with its separator: the
   * product's name, description, category (both languages), the business's name, owner and sector,
   * its cluster, kecamatan and desa.
   */
  private static String searchText(
      String name, String description, CategorySeed category, BusinessRow b) {
    return Stream.of(
            name,
            description,
            category.name(),
            category.nameEn(),
            b.name(),
            b.owner(),
            b.sector().label(),
            b.cluster() == null ? null : b.cluster().name(),
            b.place().district(),
            b.place().village())
        .filter(Objects::nonNull)
        .collect(Collectors.joining(" \n"));
  }

  /** A status, published with {@code publishedPercent} per cent, the rest in the other states. */
  private static String status(SplittableRandom random, int publishedPercent) {
    int r = random.nextInt(100);
    if (r < publishedPercent) {
      return "PUBLISHED";
    }
    int rest = (r - publishedPercent) * 10 / (100 - publishedPercent);
    return rest < 3 ? "SUBMITTED" : rest < 6 ? "DRAFT" : rest < 8 ? "REJECTED" : "ARCHIVED";
  }

  /** A slug not yet used in the tenant: the base, then with the place, then numbered. */
  private static String unique(Set<String> used, String base, String place) {
    base = trim(base, 100);
    if (used.add(base)) {
      return base;
    }
    String withPlace = trim(base + "-" + place, 110);
    if (!withPlace.equals(base) && used.add(withPlace)) {
      return withPlace;
    }
    for (int n = 2; ; n++) {
      String numbered = withPlace + "-" + n;
      if (used.add(numbered)) {
        return numbered;
      }
    }
  }

  private static String trim(String slug, int max) {
    return slug.length() <= max ? slug : slug.substring(0, max).replaceAll("-+$", "");
  }

  /** A moment between {@code maxDaysAgo} and {@code minDaysAgo} days before {@link #NOW}. */
  private static OffsetDateTime at(SplittableRandom random, int maxDaysAgo, int minDaysAgo) {
    long seconds =
        (long) minDaysAgo * 86_400 + random.nextLong((long) (maxDaysAgo - minDaysAgo) * 86_400);
    return OffsetDateTime.ofInstant(NOW.minusSeconds(seconds), ZoneOffset.UTC);
  }

  private static OffsetDateTime later(SplittableRandom random, OffsetDateTime created) {
    if (random.nextInt(100) < 60) {
      return created;
    }
    OffsetDateTime updated = created.plusSeconds(random.nextLong(86_400L * 90));
    return updated.toInstant().isAfter(NOW) ? created : updated;
  }

  private static LocalDate expiry(SplittableRandom random) {
    return LocalDate.of(2027, 1, 1).plusDays(random.nextInt(365 * 4));
  }

  /** An Indonesian mobile number in E.164, as the application stores it. */
  private static String phone(SplittableRandom random) {
    String[] prefixes = {
      "811", "812", "813", "821", "822", "852", "853", "857", "858", "877", "878", "881", "895",
      "896"
    };
    return "+62" + Vocabulary.pick(random, prefixes) + digits(random, 7 + random.nextInt(2));
  }

  private static String digits(SplittableRandom random, int count) {
    StringBuilder s = new StringBuilder(count);
    s.append(1 + random.nextInt(9));
    for (int i = 1; i < count; i++) {
      s.append(random.nextInt(10));
    }
    return s.toString();
  }

  /** A price between the bounds, drawn on a log scale (cheap items are common), rounded. */
  private static long price(SplittableRandom random, long min, long max) {
    double log = Math.log(min) + random.nextDouble() * (Math.log(max) - Math.log(min));
    return round(Math.exp(log));
  }

  private static long round(double rupiah) {
    long step = rupiah < 20_000 ? 500 : rupiah < 200_000 ? 1_000 : 5_000;
    return Math.max(step, Math.round(rupiah / step) * step);
  }
}
