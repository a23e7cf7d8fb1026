package id.etalase.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.access.ConsoleUser;
import id.etalase.access.Role;
import id.etalase.account.AccountService;
import id.etalase.account.PlatformAdminService;
import id.etalase.business.BusinessData;
import id.etalase.business.BusinessService;
import id.etalase.catalog.Availability;
import id.etalase.catalog.ProductData;
import id.etalase.catalog.ProductService;
import id.etalase.common.InvalidInputException;
import id.etalase.common.NotAllowedException;
import id.etalase.curation.CurationService;
import id.etalase.curation.PublicationStatus;
import id.etalase.curation.RecordType;
import id.etalase.onboarding.TenantOnboarding;
import id.etalase.ordering.OrderInsight;
import id.etalase.ordering.OrderPlacing;
import id.etalase.ordering.OrderRequest;
import id.etalase.ordering.OrderService;
import id.etalase.ordering.OrderStatus;
import id.etalase.region.District;
import id.etalase.region.RegionRepository;
import id.etalase.tenant.TenantDirectory;
import id.etalase.tenant.TenantEntityManager;
import id.etalase.tenant.TenantSnapshot;
import id.etalase.tenant.TenantWork;
import id.etalase.testing.Actors;
import id.etalase.testing.ConsoleClient;
import id.etalase.testing.ConsoleClient.Page;
import id.etalase.testing.OwnTenant;
import id.etalase.traffic.Channel;
import id.etalase.traffic.Subject;
import id.etalase.traffic.TrafficCounter;
import id.etalase.traffic.TrafficInsight;
import id.etalase.traffic.TrafficStore;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The orders', leads' and views' figures on the dashboard, on known data in a tenant of its own
 * (Pasuruan, onboarded here once): two businesses in two kecamatan, three products, four orders
 * (one placed 40 days ago, one cancelled) and counter rows written for today and 40 days ago,
 * checked exactly with and without the kecamatan filter, on the platform console (by its service
 * and over HTTP) and parsed back from the workbook and the PDF. Situbondo's admin, and A's
 * operators and owners, see none of it. Two more products of one name, one in each business, were
 * ordered, viewed and contacted 90 days ago, outside the periods of the other checks: the top lists
 * tell them apart by their businesses.
 *
 * <p>Over HTTP it signs in with accounts of its own: a platform admin, and A's admin and operator.
 */
@ExtendWith(ArquillianExtension.class)
class InsightSourcesIT {

  @Inject TenantOnboarding onboarding;
  @Inject TenantDirectory directory;
  @Inject TenantWork work;
  @Inject TenantEntityManager tenantEm;
  @Inject RegionRepository regions;
  @Inject BusinessService businessService;
  @Inject ProductService productService;
  @Inject CurationService curation;
  @Inject OrderService orders;
  @Inject OrderPlacing placing;
  @Inject TrafficStore trafficStore;
  @Inject InsightService insight;
  @Inject InsightExports exports;
  @Inject PlatformFigures platform;
  @Inject PlatformAdminService platformAdmins;
  @Inject AccountService accounts;

  @ArquillianResource URL base;

  static final String BA = "Sumber Kopi Satu";
  static final String BB = "Sumber Batik Dua";
  static final String A1 = "Sumber Produk A1";
  static final String A2 = "Sumber Produk A2";
  static final String B1 = "Sumber Produk B1";

  /** The name of two products, one of BA and one of BB. */
  static final String TWIN = "Sumber Produk Kembar";

  /** The accounts this class signs in with over HTTP. */
  static final String PASSWORD = "Sumber-Wawasan-Kopi-4821";

  static final String PLATFORM_ADMIN = "wawasan.platform@etalase.id";
  static final String ADMIN = "wawasan.admin@uji-sumber-wawasan.etalase.test";
  static final String OPERATOR = "wawasan.operator@uji-sumber-wawasan.etalase.test";

  /** A product's label in the top lists, as the dashboard should write it. */
  static String label(String product, String business) {
    return product + " — " + business;
  }

  /** The known data, made once per run. */
  record Known(
      TenantSnapshot tenant,
      LocalDate today,
      String thisMonth,
      String earlier,
      String d2,
      long ba,
      long bb) {}

  private static Known known;

  private synchronized Known known() {
    if (known == null) {
      known = make();
    }
    return known;
  }

  private Known make() {
    TenantSnapshot a =
        OwnTenant.onboard(onboarding, "35.14", "uji-sumber-wawasan", "Admin Sumber Wawasan");
    ConsoleUser admin = Actors.admin(a);
    List<District> districts = regions.districtsOf("35.14");
    String d1 = districts.get(0).getCode();
    String d2 = districts.get(1).getCode();
    long ba = business(a, "ba", BA, d1);
    long bb = business(a, "bb", BB, d2);
    Map<String, Long> products = new LinkedHashMap<>();
    work.runAs(
        a,
        () -> {
          OwnTenant.publish(curation, admin, RecordType.Business, List.of(ba, bb));
          products.put(A1, product(admin, "a1", "ba", A1, 10_000));
          products.put(A2, product(admin, "a2", "ba", A2, 25_000));
          products.put(B1, product(admin, "b1", "bb", B1, 40_000));
          products.put(TWIN + " A", product(admin, "kembar-a", "ba", TWIN, 15_000));
          products.put(TWIN + " B", product(admin, "kembar-b", "bb", TWIN, 20_000));
          OwnTenant.publish(curation, admin, RecordType.Product, products.values());
        });
    long a1 = products.get(A1);
    long a2 = products.get(A2);
    long b1 = products.get(B1);
    order(a, "ba", 1, Map.of(a1, 2, a2, 1));
    order(a, "ba", 2, Map.of(a1, 1));
    long early = order(a, "bb", 3, Map.of(b1, 1));
    long cancelled = order(a, "bb", 4, Map.of(b1, 2));
    long twinA = products.get(TWIN + " A");
    long twinB = products.get(TWIN + " B");
    List<Long> twinOrders =
        List.of(
            order(a, "ba", 5, Map.of(twinA, 1)),
            order(a, "bb", 6, Map.of(twinB, 1)),
            order(a, "bb", 7, Map.of(twinB, 3)));
    OffsetDateTime fortyDaysAgo = OffsetDateTime.now().minusDays(40);
    OffsetDateTime ninetyDaysAgo = OffsetDateTime.now().minusDays(90);
    LocalDate today = LocalDate.now(InsightFilter.ZONE);
    work.runAs(
        a,
        () -> {
          orders.move(Actors.operator(a), cancelled, OrderStatus.CANCELLED, "stok habis");
          try (PreparedStatement back =
              tenantEm
                  .connection()
                  .prepareStatement(
                      "UPDATE customer_order SET created_at = ? WHERE tenant_id = ? AND id = ?")) {
            back.setObject(1, fortyDaysAgo);
            back.setLong(2, a.id());
            back.setLong(3, early);
            assertEquals(1, back.executeUpdate());
            for (long twin : twinOrders) {
              back.setObject(1, ninetyDaysAgo);
              back.setLong(3, twin);
              assertEquals(1, back.executeUpdate());
            }
          } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
          }
          Map<TrafficCounter.Key, Long> counts = new LinkedHashMap<>();
          LocalDate then = today.minusDays(40);
          counts.put(key(a, today, Subject.PRODUCT, a1, Channel.WHATSAPP), 3L);
          counts.put(key(a, today, Subject.BUSINESS, ba, Channel.PHONE), 2L);
          counts.put(key(a, then, Subject.BUSINESS, bb, Channel.INSTAGRAM), 4L);
          counts.put(key(a, today, Subject.PRODUCT, a1, null), 7L);
          counts.put(key(a, then, Subject.PRODUCT, b1, null), 5L);
          counts.put(key(a, today, Subject.BUSINESS, ba, null), 6L);
          counts.put(key(a, today, Subject.BUSINESS, bb, null), 1L);
          LocalDate twins = today.minusDays(90);
          counts.put(key(a, twins, Subject.PRODUCT, twinA, null), 3L);
          counts.put(key(a, twins, Subject.PRODUCT, twinB, null), 8L);
          counts.put(key(a, twins, Subject.PRODUCT, twinA, Channel.WHATSAPP), 4L);
          counts.put(key(a, twins, Subject.PRODUCT, twinB, Channel.WHATSAPP), 1L);
          trafficStore.add(a.id(), counts);
        });
    return new Known(
        a,
        today,
        YearMonth.from(today).toString(),
        YearMonth.from(fortyDaysAgo.atZoneSameInstant(InsightFilter.ZONE)).toString(),
        d2,
        ba,
        bb);
  }

  private static TrafficCounter.Key key(
      TenantSnapshot a, LocalDate day, Subject subject, long id, Channel channel) {
    return new TrafficCounter.Key(a.id(), day, subject, id, channel);
  }

  private long business(TenantSnapshot a, String slug, String name, String district) {
    BusinessData data =
        new BusinessData(
            "sumber-" + slug,
            name,
            null,
            null,
            null,
            district,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(),
            List.of(),
            PublicationStatus.DRAFT,
            null);
    return work.callAs(a, () -> businessService.create(Actors.admin(a), data));
  }

  private long product(ConsoleUser admin, String slug, String business, String name, long price) {
    return productService.create(
        admin,
        new ProductData(
            "sumber-" + slug,
            "sumber-" + business,
            null,
            name,
            null,
            price,
            null,
            false,
            "bungkus",
            null,
            Availability.READY,
            false,
            PublicationStatus.DRAFT));
  }

  /** Places an order from its own number and address, so no rate limit counts it. */
  private long order(TenantSnapshot a, String business, int n, Map<Long, Integer> lines) {
    List<OrderRequest.Item> items = new ArrayList<>();
    lines.forEach((id, q) -> items.add(new OrderRequest.Item(id.toString(), q.toString())));
    OrderRequest request =
        new OrderRequest(
            "sumber-" + business,
            items,
            "Pembeli " + n,
            String.format("0857%08d", System.nanoTime() % 100_000_000),
            null,
            "PICKUP",
            null,
            null);
    return work.callAs(a, () -> placing.place(request, "10.79.0." + n).id());
  }

  private Dashboard dashboard(Known k, int days, String district) {
    InsightFilter filter = new InsightFilter(k.today().minusDays(days), k.today(), district, "id");
    return work.callAs(k.tenant(), () -> insight.dashboard(Actors.admin(k.tenant()), filter));
  }

  @Test
  void ordersLeadsAndViewsAreExactByMonthAndByKecamatan() {
    Known k = known();
    Dashboard all = dashboard(k, 60, null);
    assertEquals(
        3, all.figure(OrderInsight.ORDERS_IN_PERIOD).value(), "the cancelled one left out");
    assertEquals(95_000, all.figure(OrderInsight.VALUE_IN_PERIOD).value());
    assertEquals(1, all.figure(OrderInsight.CANCELLED_IN_PERIOD).value());
    Chart orderChart = all.chart(OrderInsight.ORDERS_CHART).orElseThrow();
    assertEquals(2, orderChart.value(OrderInsight.ORDERS, k.thisMonth()));
    assertEquals(1, orderChart.value(OrderInsight.ORDERS, k.earlier()));
    assertEquals(3, orderChart.series().get(0).total());
    Chart value = all.chart(OrderInsight.VALUE_CHART).orElseThrow();
    assertEquals(55_000, value.value(OrderInsight.VALUE, k.thisMonth()));
    assertEquals(40_000, value.value(OrderInsight.VALUE, k.earlier()));
    assertBars(
        all,
        OrderInsight.TOP_PRODUCTS,
        List.of(label(A1, BA), label(A2, BA), label(B1, BB)),
        List.of(2L, 1L, 1L));
    assertBars(all, OrderInsight.TOP_BUSINESSES, List.of(BA, BB), List.of(2L, 1L));

    assertEquals(9, all.figure(TrafficInsight.LEADS_IN_PERIOD).value());
    assertEquals(19, all.figure(TrafficInsight.VIEWS_IN_PERIOD).value());
    Chart leads = all.chart(TrafficInsight.LEADS_CHART).orElseThrow();
    assertEquals(
        List.of(
            Channel.WHATSAPP.messageKey(),
            Channel.PHONE.messageKey(),
            Channel.INSTAGRAM.messageKey()),
        leads.series().stream().map(Chart.Series::key).toList(),
        "WhatsApp and phone always, other channels with leads");
    assertEquals(3, leads.value(Channel.WHATSAPP.messageKey(), k.thisMonth()));
    assertEquals(2, leads.value(Channel.PHONE.messageKey(), k.thisMonth()));
    assertEquals(4, leads.value(Channel.INSTAGRAM.messageKey(), k.earlier()));
    assertEquals(0, leads.value(Channel.INSTAGRAM.messageKey(), k.thisMonth()));
    Chart views = all.chart(TrafficInsight.VIEWS_CHART).orElseThrow();
    String products = TrafficInsight.viewsOf(Subject.PRODUCT);
    assertEquals(7, views.value(products, k.thisMonth()));
    assertEquals(5, views.value(products, k.earlier()));
    assertEquals(7, views.value(TrafficInsight.viewsOf(Subject.BUSINESS), k.thisMonth()));
    assertEquals(0, views.series().get(2).total(), "no cluster pages counted");
    assertBars(
        all,
        TrafficInsight.TOP_PRODUCTS_BY_VIEWS,
        List.of(label(A1, BA), label(B1, BB)),
        List.of(7L, 5L));
    assertBars(all, TrafficInsight.TOP_BUSINESSES_BY_VIEWS, List.of(BA, BB), List.of(6L, 1L));
    assertBars(all, TrafficInsight.TOP_PRODUCTS_BY_LEADS, List.of(label(A1, BA)), List.of(3L));
    assertBars(
        all,
        TrafficInsight.TOP_BUSINESSES_BY_LEADS,
        List.of(BA, BB),
        List.of(5L, 4L),
        "A1's leads count for its business too");

    Dashboard month = dashboard(k, 30, null);
    assertEquals(2, month.figure(OrderInsight.ORDERS_IN_PERIOD).value(), "the early one is out");
    assertEquals(55_000, month.figure(OrderInsight.VALUE_IN_PERIOD).value());
    assertEquals(5, month.figure(TrafficInsight.LEADS_IN_PERIOD).value());
    assertEquals(14, month.figure(TrafficInsight.VIEWS_IN_PERIOD).value());

    Dashboard d2 = dashboard(k, 60, k.d2());
    assertEquals(1, d2.figure(OrderInsight.ORDERS_IN_PERIOD).value());
    assertEquals(40_000, d2.figure(OrderInsight.VALUE_IN_PERIOD).value());
    assertEquals(1, d2.figure(OrderInsight.CANCELLED_IN_PERIOD).value());
    assertBars(d2, OrderInsight.TOP_PRODUCTS, List.of(label(B1, BB)), List.of(1L));
    assertBars(d2, OrderInsight.TOP_BUSINESSES, List.of(BB), List.of(1L));
    assertEquals(4, d2.figure(TrafficInsight.LEADS_IN_PERIOD).value());
    assertEquals(6, d2.figure(TrafficInsight.VIEWS_IN_PERIOD).value());
    assertBars(d2, TrafficInsight.TOP_BUSINESSES_BY_LEADS, List.of(BB), List.of(4L));
    assertBars(d2, TrafficInsight.TOP_PRODUCTS_BY_LEADS, List.of(), List.of());
    assertEquals(
        List.of(
            Channel.WHATSAPP.messageKey(),
            Channel.PHONE.messageKey(),
            Channel.INSTAGRAM.messageKey()),
        d2.chart(TrafficInsight.LEADS_CHART).orElseThrow().series().stream()
            .map(Chart.Series::key)
            .toList());
  }

  private static void assertBars(
      Dashboard d, String chart, List<String> labels, List<Long> values, String... why) {
    Chart c = d.chart(chart).orElseThrow();
    assertEquals(Chart.Kind.BAR, c.kind());
    assertEquals(labels, c.labels(), chart + " " + String.join(" ", why));
    assertEquals(values, c.series().get(0).values(), chart + " " + String.join(" ", why));
  }

  @Test
  void noOneButTheTenantsAdminsSeesThemAndThePlatformCountsThem() {
    Known k = known();
    TenantSnapshot a = k.tenant();
    TenantSnapshot b = directory.bySlug("situbondo").orElseThrow();
    InsightFilter filter = new InsightFilter(k.today().minusDays(60), k.today(), null, "id");
    for (ConsoleUser refused :
        List.of(Actors.operator(a), Actors.owner(a, k.ba()), Actors.admin(b), Actors.operator(b))) {
      assertThrows(
          NotAllowedException.class,
          () -> work.callAs(a, () -> insight.dashboard(refused, filter)));
      assertThrows(
          NotAllowedException.class,
          () ->
              work.runAs(
                  a, () -> exports.xlsx(refused, filter, null, new ByteArrayOutputStream())));
    }
    Dashboard ofB = work.callAs(b, () -> insight.dashboard(Actors.admin(b), filter));
    for (Chart chart : ofB.charts()) {
      for (String name : List.of(BA, BB, A1, A2, B1, TWIN)) {
        for (String shown : chart.labels()) {
          assertFalse(shown.contains(name), chart.key() + " of B shows " + shown);
        }
      }
    }

    PlatformFigures.Row rowOfA =
        platform.all(Actors.platformAdmin()).stream()
            .filter(r -> r.tenant().id() == a.id())
            .findFirst()
            .orElseThrow();
    Map<String, Long> figures = new TreeMap<>();
    rowOfA.figures().forEach(f -> figures.put(f.key(), f.value()));
    assertEquals(2L, figures.get(OrderInsight.ORDERS_30_DAYS));
    assertEquals(55_000L, figures.get(OrderInsight.VALUE_30_DAYS));
    assertEquals(5L, figures.get(TrafficInsight.LEADS_30_DAYS));
    assertEquals(14L, figures.get(TrafficInsight.VIEWS_30_DAYS));
  }

  @Test
  void theWorkbookAndTheReportCarryTheNewSheetsAndFigures() throws Exception {
    Known k = known();
    TenantSnapshot a = k.tenant();
    InsightFilter filter = new InsightFilter(k.today().minusDays(60), k.today(), null, "id");
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    work.runAs(a, () -> exports.xlsx(Actors.admin(a), filter, null, xlsx));
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
      Map<String, Double> summary = column(book.getSheet("ringkasan"), 1);
      assertEquals(3.0, summary.get("Pesanan dalam periode (tanpa yang dibatalkan)"));
      assertEquals(95_000.0, summary.get("Nilai pesanan dalam periode (Rp)"));
      assertEquals(9.0, summary.get("Kontak dalam periode"));
      assertEquals(19.0, summary.get("Kunjungan halaman dalam periode"));
      assertEquals(2.0, column(book.getSheet("pesanan"), 1).get(k.thisMonth()));
      assertEquals(40_000.0, column(book.getSheet("nilai_pesanan"), 1).get(k.earlier()));
      assertEquals(
          Map.of(label(A1, BA), 2.0, label(A2, BA), 1.0, label(B1, BB), 1.0),
          column(book.getSheet("produk_terpesan"), 1));
      assertEquals(Map.of(BA, 2.0, BB, 1.0), column(book.getSheet("usaha_terpesan"), 1));
      Sheet leads = book.getSheet("kontak");
      assertEquals("WhatsApp", leads.getRow(0).getCell(1).getStringCellValue());
      assertEquals("Instagram", leads.getRow(0).getCell(3).getStringCellValue());
      assertEquals(4.0, column(leads, 3).get(k.earlier()));
      assertEquals(7.0, column(book.getSheet("kunjungan"), 2).get(k.thisMonth()));
      assertEquals(
          Map.of(label(A1, BA), 7.0, label(B1, BB), 5.0),
          column(book.getSheet("produk_dilihat"), 1));
      assertEquals(Map.of(BA, 6.0, BB, 1.0), column(book.getSheet("usaha_dilihat"), 1));
      assertEquals(Map.of(label(A1, BA), 3.0), column(book.getSheet("produk_dikontak"), 1));
      assertEquals(Map.of(BA, 5.0, BB, 4.0), column(book.getSheet("usaha_dikontak"), 1));
      assertEquals(16, book.getNumberOfSheets(), "the summary, 5 catalog, 4 order, 6 traffic");
    }
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    work.runAs(a, () -> exports.pdf(Actors.admin(a), filter, pdf));
    String text;
    try (var document = Loader.loadPDF(pdf.toByteArray())) {
      text = new PDFTextStripper().getText(document);
    }
    assertTrue(text.contains("Pesanan dalam periode (tanpa yang dibatalkan): 3"), text);
    assertTrue(text.contains("Usaha paling banyak dihubungi"), text);
    assertTrue(text.contains(BB), text);
    assertTrue(text.contains(A1 + " - " + BA), "the standard fonts draw the dash as -: " + text);
  }

  @Test
  void twoProductsOfOneNameAreTwoBarsEachNamingItsBusiness() throws Exception {
    Known k = known();
    TenantSnapshot a = k.tenant();
    InsightFilter then =
        new InsightFilter(k.today().minusDays(100), k.today().minusDays(80), null, "id");
    Dashboard d = work.callAs(a, () -> insight.dashboard(Actors.admin(a), then));
    String twinA = label(TWIN, BA);
    String twinB = label(TWIN, BB);
    assertBars(d, OrderInsight.TOP_PRODUCTS, List.of(twinB, twinA), List.of(2L, 1L));
    assertBars(d, TrafficInsight.TOP_PRODUCTS_BY_VIEWS, List.of(twinB, twinA), List.of(8L, 3L));
    assertBars(d, TrafficInsight.TOP_PRODUCTS_BY_LEADS, List.of(twinA, twinB), List.of(4L, 1L));
    assertBars(
        d,
        OrderInsight.TOP_BUSINESSES,
        List.of(BB, BA),
        List.of(2L, 1L),
        "businesses by their own name");

    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    work.runAs(a, () -> exports.xlsx(Actors.admin(a), then, null, xlsx));
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
      assertEquals(Map.of(twinA, 1.0, twinB, 2.0), column(book.getSheet("produk_terpesan"), 1));
      assertEquals(Map.of(twinA, 3.0, twinB, 8.0), column(book.getSheet("produk_dilihat"), 1));
      assertEquals(Map.of(twinA, 4.0, twinB, 1.0), column(book.getSheet("produk_dikontak"), 1));
    }
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    work.runAs(a, () -> exports.pdf(Actors.admin(a), then, pdf));
    String text;
    try (var document = Loader.loadPDF(pdf.toByteArray())) {
      text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
    for (String twin : List.of(TWIN + " - " + BA, TWIN + " - " + BB)) {
      assertEquals(
          3,
          text.split(java.util.regex.Pattern.quote(twin), -1).length - 1,
          twin + " in each of the three lists of products: " + text);
    }
  }

  @Test
  void thePlatformConsoleShowsTheCountsOverHttpToItsAdminOnly() throws Exception {
    Known k = known();
    TenantSnapshot a = k.tenant();
    try {
      platformAdmins.create(PLATFORM_ADMIN, "Admin Platform Wawasan", PASSWORD);
    } catch (InvalidInputException exists) {
      assertTrue(exists.concerns("email"), exists.getMessage());
    }
    for (String[] account :
        List.of(new String[] {ADMIN, "TENANT_ADMIN"}, new String[] {OPERATOR, "OPERATOR"})) {
      try {
        work.callAs(
            a,
            () ->
                accounts.create(
                    account[0], "Uji Wawasan", Role.valueOf(account[1]), null, PASSWORD));
      } catch (InvalidInputException exists) {
        assertTrue(exists.concerns("email"), exists.getMessage());
      }
    }

    ConsoleClient platformAdmin = new ConsoleClient(base, "10.79.1.1");
    Page home = platformAdmin.signInWithMfa("/platform/masuk", PLATFORM_ADMIN, PASSWORD);
    assertEquals("/platform/", home.path(), home.text());
    Page tenants = platformAdmin.get("/platform/");
    assertEquals(200, tenants.status());
    Document html = Jsoup.parse(tenants.body());
    Element row = html.selectFirst("a[data-tenant=" + a.slug() + "]").closest("tr");
    Map<String, String> records = new TreeMap<>();
    row.select("[data-counts]").forEach(e -> records.put(e.attr("data-counts"), e.text()));
    assertEquals(
        Map.of("Business", "2 / 2", "Product", "5 / 5", "Cluster", "0 / 0"),
        records,
        "published of all records");
    Map<String, String> figures = new TreeMap<>();
    for (Element li : html.select("ul[data-figures-of=" + a.slug() + "] li[data-figure]")) {
      figures.put(li.attr("data-figure"), li.selectFirst("strong").text());
    }
    assertEquals(
        new TreeMap<>(
            Map.of(
                CatalogInsight.PUBLISHED_NOW, "2",
                CatalogInsight.PRODUCTS_PUBLISHED, "5",
                CatalogInsight.WITH_NIB, "0",
                CatalogInsight.WITH_HALAL, "0",
                OrderInsight.ORDERS_30_DAYS, "2",
                OrderInsight.VALUE_30_DAYS, "55000",
                TrafficInsight.LEADS_30_DAYS, "5",
                TrafficInsight.VIEWS_30_DAYS, "14")),
        figures,
        "the 90-day-old orders and counts of the twins are outside the 30 days");
    assertEquals(
        "Punya NIB: 0 (0%)",
        html.selectFirst(
                "ul[data-figures-of="
                    + a.slug()
                    + "] li[data-figure="
                    + CatalogInsight.WITH_NIB
                    + "]")
            .text(),
        "a share with its percentage");

    ConsoleClient anonymous = new ConsoleClient(base, "10.79.1.2");
    Page login = anonymous.get("/platform/");
    assertEquals("/platform/masuk?lanjut=%2Fplatform%2F", login.path(), "sent to sign in");
    assertFalse(login.hops().isEmpty(), "by a redirect");
    assertTrue(login.body().contains("id=\"login\""), "the login form");
    assertFalse(login.body().contains("data-figures-of"), login.text());
    ConsoleClient admin = new ConsoleClient(base, "10.79.1.3");
    Page adminHome = admin.signInWithMfa("/" + a.slug() + "/konsol/masuk", ADMIN, PASSWORD);
    assertEquals("/" + a.slug() + "/admin/", adminHome.path(), adminHome.text());
    ConsoleClient operator = new ConsoleClient(base, "10.79.1.4");
    Page operatorHome = operator.signIn("/" + a.slug() + "/konsol/masuk", OPERATOR, PASSWORD);
    assertEquals("/" + a.slug() + "/konsol/", operatorHome.path(), operatorHome.text());
    for (ConsoleClient refused : List.of(admin, operator)) {
      Page answer = refused.get("/platform/");
      assertEquals(404, answer.status(), answer.path());
      assertFalse(answer.body().contains("data-figures-of"), answer.text());
    }
  }

  /** Column {@code at}'s numbers by the first column's text, below the header. */
  private static Map<String, Double> column(Sheet sheet, int at) {
    Map<String, Double> values = new TreeMap<>();
    for (Row row : sheet) {
      if (row.getRowNum() > 0
          && row.getCell(at) != null
          && row.getCell(at).getCellType() == CellType.NUMERIC) {
        values.put(row.getCell(0).getStringCellValue(), row.getCell(at).getNumericCellValue());
      }
    }
    return values;
  }
}
