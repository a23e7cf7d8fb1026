package id.etalase.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.access.ConsoleUser;
import id.etalase.business.BusinessData;
import id.etalase.business.BusinessRepository;
import id.etalase.business.BusinessService;
import id.etalase.business.CertificationKind;
import id.etalase.catalog.Availability;
import id.etalase.catalog.Category;
import id.etalase.catalog.CategoryService;
import id.etalase.catalog.ProductData;
import id.etalase.catalog.ProductService;
import id.etalase.cluster.ClusterService;
import id.etalase.common.InvalidInputException;
import id.etalase.common.NotAllowedException;
import id.etalase.common.RecordNotFoundException;
import id.etalase.curation.CurationAction;
import id.etalase.curation.CurationService;
import id.etalase.curation.PublicationStatus;
import id.etalase.curation.RecordType;
import id.etalase.media.HostileImages;
import id.etalase.media.PhotoOwner;
import id.etalase.media.PhotoService;
import id.etalase.onboarding.TenantOnboarding;
import id.etalase.region.District;
import id.etalase.region.RegionRepository;
import id.etalase.tenant.TenantDirectory;
import id.etalase.tenant.TenantEntityManager;
import id.etalase.tenant.TenantSnapshot;
import id.etalase.tenant.TenantWork;
import id.etalase.testing.Actors;
import id.etalase.testing.ConsoleClient;
import id.etalase.testing.OwnTenant;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The government's insight on known data: a tenant of its own (Malang, onboarded here once, since
 * other classes change the demo tenants) with four businesses whose every figure is known, checked
 * exactly with and without filters; the exports parsed back; the expiry windows at their edges; the
 * digest claimed once; the printable catalog written in the background. Situbondo is B: its admin
 * never sees or counts A's figures, reminders or catalogs, by id either. Over HTTP, Bondowoso's
 * admin filters the dashboard by kecamatan, and a backward period or another regency's kecamatan is
 * refused.
 */
@ExtendWith(ArquillianExtension.class)
class InsightIT {

  static final String HOSTILE = "=HYPERLINK(\"http://jahat.test\",\"klik\") <script>x</script>";

  @Inject TenantOnboarding onboarding;
  @Inject TenantDirectory directory;
  @Inject TenantWork work;
  @Inject TenantEntityManager tenantEm;
  @Inject RegionRepository regions;
  @Inject BusinessService businessService;
  @Inject BusinessRepository businessRepository;
  @Inject ProductService productService;
  @Inject CategoryService categories;
  @Inject ClusterService clusters;
  @Inject CurationService curation;
  @Inject InsightService insight;
  @Inject InsightExports exports;
  @Inject ComplianceReminders reminders;
  @Inject DigestSender digest;
  @Inject CatalogPrints prints;
  @Inject PlatformFigures platform;
  @Inject PhotoService photos;
  @ArquillianResource URL base;

  /** The known data, made once per run. */
  record Known(
      TenantSnapshot tenant,
      LocalDate today,
      String d1,
      String d2,
      String d1Name,
      String c1,
      String c2,
      long b1,
      long b2,
      long b3,
      long b4) {}

  private static Known known;

  private synchronized Known known() {
    if (known == null) {
      known = make();
    }
    return known;
  }

  private Known make() {
    TenantSnapshot a = OwnTenant.onboard(onboarding, "35.07", "uji-wawasan", "Admin Wawasan");
    ConsoleUser admin = Actors.admin(a);
    LocalDate today = LocalDate.now(InsightFilter.ZONE);
    List<District> districts = regions.districtsOf("35.07");
    String d1 = districts.get(0).getCode();
    String d2 = districts.get(1).getCode();
    List<Category> cats = work.callAs(a, () -> categories.all());
    String c1 = cats.get(0).getSlug();
    String c2 = cats.get(1).getSlug();
    long b1 =
        create(a, "b1", "Keripik Satu", d1, "1234567890123", cert(CertificationKind.HALAL, 29));
    long b2 = create(a, "b2", HOSTILE, d1, null, cert(CertificationKind.PIRT, 30));
    long b3 =
        create(
            a,
            "b3",
            "Batik Tiga",
            d2,
            "1234567890124",
            List.of(
                cert(CertificationKind.HALAL, -1).get(0),
                new BusinessData.CertificationData(CertificationKind.BPOM, "BPOM-3", null)));
    long b4 = create(a, "b4", "Kopi Empat", d2, null, cert(CertificationKind.SNI, 31));
    work.runAs(
        a,
        () -> {
          OwnTenant.publish(
              curation,
              admin,
              RecordType.Product,
              List.of(
                  product(admin, "p1", "b1", c1, 25_000L),
                  product(admin, "p2", "b2", c1, 30_000L),
                  product(admin, "p3", "b2", c2, null)));
          photos.add(admin, PhotoOwner.product("wawasan-p1"), jpeg(), "Keripik");
          OwnTenant.publish(curation, admin, RecordType.Business, List.of(b1, b2));
          curation.apply(RecordType.Business, b3, CurationAction.SUBMIT, null, admin);
          // b4 registered 100 days ago: outside a 30-day period, inside a 120-day one.
          try (PreparedStatement back =
              tenantEm
                  .connection()
                  .prepareStatement(
                      "UPDATE business SET created_at = ? WHERE tenant_id = ? AND id = ?")) {
            back.setObject(1, OffsetDateTime.now().minusDays(100));
            back.setLong(2, a.id());
            back.setLong(3, b4);
            assertEquals(1, back.executeUpdate());
          } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
          }
        });
    return new Known(
        a,
        today,
        d1,
        d2,
        districts.get(0).getName(),
        catName(cats.get(0)),
        catName(cats.get(1)),
        b1,
        b2,
        b3,
        b4);
  }

  private static byte[] jpeg() {
    try {
      return HostileImages.photo(800, 600);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String catName(Category c) {
    return c.getName();
  }

  private List<BusinessData.CertificationData> cert(CertificationKind kind, int days) {
    return List.of(
        new BusinessData.CertificationData(
            kind, kind + "-" + days, LocalDate.now(InsightFilter.ZONE).plusDays(days)));
  }

  private long create(
      TenantSnapshot a,
      String slug,
      String name,
      String district,
      String nib,
      List<BusinessData.CertificationData> certs) {
    BusinessData data =
        new BusinessData(
            "wawasan-" + slug,
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
            nib,
            null,
            List.of(),
            certs,
            PublicationStatus.DRAFT,
            null);
    return work.callAs(a, () -> businessService.create(Actors.admin(a), data));
  }

  private long product(
      ConsoleUser admin, String slug, String business, String category, Long price) {
    return productService.create(
        admin,
        new ProductData(
            "wawasan-" + slug,
            "wawasan-" + business,
            category,
            "Produk " + slug,
            null,
            price,
            null,
            price == null,
            "bungkus",
            null,
            Availability.READY,
            false,
            PublicationStatus.DRAFT));
  }

  private TenantSnapshot b() {
    return directory.bySlug("situbondo").orElseThrow();
  }

  private Dashboard dashboard(Known k, int days, String district) {
    InsightFilter filter = new InsightFilter(k.today().minusDays(days), k.today(), district, "id");
    return work.callAs(k.tenant(), () -> insight.dashboard(Actors.admin(k.tenant()), filter));
  }

  @Test
  void theFiguresAreExactAndFollowThePeriodAndTheKecamatan() {
    Known k = known();
    Dashboard all = dashboard(k, 30, null);
    assertEquals(4, all.figure(CatalogInsight.TOTAL).value());
    assertEquals(2, all.figure(CatalogInsight.PUBLISHED_NOW).value());
    assertEquals(List.of(2L, 4L), share(all, CatalogInsight.WITH_NIB));
    assertEquals(List.of(1L, 4L), share(all, CatalogInsight.WITH_HALAL), "b3's halal expired");
    assertEquals(
        List.of(4L, 4L), share(all, CatalogInsight.WITH_CERTIFICATE), "b3's BPOM never expires");
    assertEquals(25, all.figure(CatalogInsight.WITH_HALAL).percent());
    Chart byDistrict = all.chart(CatalogInsight.BY_DISTRICT).orElseThrow();
    assertEquals(regions.districtsOf("35.07").size(), byDistrict.labels().size(), "every one");
    assertEquals(2, byDistrict.value(CatalogInsight.BUSINESSES, k.d1Name()));
    assertEquals(4, byDistrict.series().get(0).total());
    Chart byStatus = all.chart(CatalogInsight.BY_STATUS).orElseThrow();
    assertEquals(2, byStatus.value(CatalogInsight.BUSINESSES, "PUBLISHED"));
    assertEquals(1, byStatus.value(CatalogInsight.BUSINESSES, "SUBMITTED"));
    assertEquals(1, byStatus.value(CatalogInsight.BUSINESSES, "DRAFT"));
    Chart byCategory = all.chart(CatalogInsight.BY_CATEGORY).orElseThrow();
    assertEquals(List.of(k.c1(), k.c2()), byCategory.labels());
    assertEquals(List.of(2L, 1L), byCategory.series().get(0).values());
    assertEquals(3, all.figure(CatalogInsight.NEW_IN_PERIOD).value(), "b4 is 100 days old");
    assertEquals(2, all.figure(CatalogInsight.PUBLISHED_IN_PERIOD).value());
    Chart published = all.chart(CatalogInsight.PUBLICATIONS).orElseThrow();
    assertEquals(
        2, published.value(CatalogInsight.PUBLISHED, YearMonth.from(k.today()).toString()));

    Dashboard longer = dashboard(k, 120, null);
    assertEquals(4, longer.figure(CatalogInsight.NEW_IN_PERIOD).value());
    String b4Month =
        YearMonth.from(OffsetDateTime.now().minusDays(100).atZoneSameInstant(InsightFilter.ZONE))
            .toString();
    assertTrue(
        longer
                .chart(CatalogInsight.REGISTRATIONS)
                .orElseThrow()
                .value(CatalogInsight.BUSINESSES, b4Month)
            >= 1);

    Dashboard d2 = dashboard(k, 120, k.d2());
    assertEquals(2, d2.figure(CatalogInsight.TOTAL).value());
    assertEquals(0, d2.figure(CatalogInsight.PUBLISHED_IN_PERIOD).value());
    assertEquals(List.of(1L, 2L), share(d2, CatalogInsight.WITH_NIB), "b3 of b3 and b4");
    assertEquals(1, d2.chart(CatalogInsight.BY_DISTRICT).orElseThrow().labels().size());
    assertEquals(List.of(), d2.chart(CatalogInsight.BY_CATEGORY).orElseThrow().labels());

    InsightFilter backwards = new InsightFilter(k.today(), k.today().minusDays(1), null, "id");
    InsightFilter foreign = new InsightFilter(k.today(), k.today(), "35.11.01", "id");
    for (InsightFilter refused : List.of(backwards, foreign)) {
      assertThrows(
          InvalidInputException.class,
          () ->
              work.callAs(k.tenant(), () -> insight.dashboard(Actors.admin(k.tenant()), refused)));
    }
  }

  private static List<Long> share(Dashboard d, String key) {
    return List.of(d.figure(key).value(), d.figure(key).of());
  }

  @Test
  void tenantBNeverSeesCountsOrFindsTenantAsFiguresRemindersOrCatalogs() throws Exception {
    Known k = known();
    TenantSnapshot a = k.tenant();
    TenantSnapshot b = b();
    InsightFilter filter = InsightFilter.lastYear("id");
    for (ConsoleUser refused :
        List.of(Actors.operator(a), Actors.owner(a, k.b1()), Actors.admin(b), Actors.operator(b))) {
      assertThrows(
          NotAllowedException.class,
          () -> work.callAs(a, () -> insight.dashboard(refused, filter)));
      assertThrows(
          NotAllowedException.class, () -> work.callAs(a, () -> reminders.expiring(refused, 90)));
      assertThrows(
          NotAllowedException.class, () -> work.callAs(a, () -> prints.latest(refused, 10)));
    }
    assertThrows(NotAllowedException.class, () -> platform.all(Actors.admin(a)));

    Dashboard ofB = work.callAs(b, () -> insight.dashboard(Actors.admin(b), filter));
    assertEquals(
        work.callAs(b, businessRepository::count), ofB.figure(CatalogInsight.TOTAL).value());
    assertFalse(ofB.chart(CatalogInsight.BY_DISTRICT).orElseThrow().labels().contains(k.d1Name()));
    List<ExpiringCertificate> remindersOfB =
        work.callAs(b, () -> reminders.expiring(Actors.admin(b), 90));
    List<Long> idsOfA = List.of(k.b1(), k.b2(), k.b3(), k.b4());
    assertTrue(remindersOfB.stream().noneMatch(e -> idsOfA.contains(e.businessId())));

    long printOfA =
        work.callAs(
            a, () -> prints.request(Actors.admin(a), CatalogPrint.Scope.DISTRICT, k.d1(), "id"));
    waitUntilDone(a, printOfA);
    ByteArrayOutputStream ofD1 = new ByteArrayOutputStream();
    work.runAs(a, () -> prints.download(Actors.admin(a), printOfA, ofD1));
    String d1Text = text(ofD1.toByteArray());
    assertTrue(d1Text.contains("Kecamatan " + k.d1Name()), d1Text);
    assertThrows(
        RecordNotFoundException.class,
        () -> work.callAs(b, () -> prints.find(Actors.admin(b), printOfA)));
    assertThrows(
        RecordNotFoundException.class,
        () ->
            work.callAs(
                b,
                () -> {
                  prints.download(Actors.admin(b), printOfA, new ByteArrayOutputStream());
                  return null;
                }));
    assertTrue(
        work.callAs(b, () -> prints.latest(Actors.admin(b), 50)).stream()
            .noneMatch(p -> p.getId() == printOfA));
    TenantSnapshot bondowoso = directory.bySlug("bondowoso").orElseThrow();
    long clusterOfB =
        work.callAs(bondowoso, () -> clusters.all(Actors.admin(bondowoso)).get(0).getId());
    assertThrows(
        InvalidInputException.class,
        () ->
            work.callAs(
                a,
                () ->
                    prints.request(
                        Actors.admin(a),
                        CatalogPrint.Scope.CLUSTER,
                        Long.toString(clusterOfB),
                        "id")));
    assertThrows(
        InvalidInputException.class,
        () ->
            work.callAs(
                a,
                () ->
                    prints.request(
                        Actors.admin(a), CatalogPrint.Scope.DISTRICT, "35.12.01", "id")));

    PlatformFigures.Row rowOfA =
        platform.all(Actors.platformAdmin()).stream()
            .filter(r -> r.tenant().id() == a.id())
            .findFirst()
            .orElseThrow();
    Map<String, List<Long>> figures = new TreeMap<>();
    for (Figure f : rowOfA.figures()) {
      figures.put(f.key(), f.isShare() ? List.of(f.value(), f.of()) : List.of(f.value()));
    }
    assertEquals(List.of(2L), figures.get(CatalogInsight.PUBLISHED_NOW));
    assertEquals(List.of(3L), figures.get(CatalogInsight.PRODUCTS_PUBLISHED));
    assertEquals(List.of(1L, 2L), figures.get(CatalogInsight.WITH_NIB));
    assertEquals(List.of(1L, 2L), figures.get(CatalogInsight.WITH_HALAL));
  }

  @Test
  void theWorkbookAndTheReportHoldTheFiguresAndKeepHostileTextAsText() throws Exception {
    Known k = known();
    TenantSnapshot a = k.tenant();
    InsightFilter filter = new InsightFilter(k.today().minusDays(30), k.today(), null, "id");
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    work.runAs(a, () -> exports.xlsx(Actors.admin(a), filter, null, xlsx));
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
      Map<String, Double> summary = column(book.getSheet("ringkasan"));
      assertEquals(4.0, summary.get("Usaha terdata"));
      assertEquals(2.0, summary.get("Punya NIB"));
      assertEquals(2.0, column(book.getSheet("kecamatan")).get(k.d1Name()));
      assertEquals(2.0, column(book.getSheet("kategori")).get(k.c1()));
      assertEquals(1.0, column(book.getSheet("status")).get("Diajukan"));
      assertEquals(16, book.getNumberOfSheets(), "the summary, 5 catalog, 4 order, 6 traffic");
    }
    ByteArrayOutputStream one = new ByteArrayOutputStream();
    work.runAs(a, () -> exports.xlsx(Actors.admin(a), filter, CatalogInsight.BY_STATUS, one));
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(one.toByteArray()))) {
      assertEquals(1, book.getNumberOfSheets());
      assertEquals("status", book.getSheetName(0));
    }

    ByteArrayOutputStream reminderBook = new ByteArrayOutputStream();
    work.runAs(a, () -> reminders.xlsx(Actors.admin(a), 30, "id", reminderBook));
    try (XSSFWorkbook book =
        new XSSFWorkbook(new ByteArrayInputStream(reminderBook.toByteArray()))) {
      Sheet sheet = book.getSheetAt(0);
      List<String> names = new ArrayList<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        names.add(sheet.getRow(r).getCell(0).getStringCellValue());
        assertEquals(
            org.apache.poi.ss.usermodel.CellType.STRING, sheet.getRow(r).getCell(0).getCellType());
      }
      assertEquals(List.of("Keripik Satu", "'" + HOSTILE), names);
    }

    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    work.runAs(a, () -> exports.pdf(Actors.admin(a), filter, pdf));
    String text = text(pdf.toByteArray());
    assertTrue(text.contains("Laporan UMKM"), text);
    assertTrue(text.contains(a.name()), text);
    assertTrue(text.contains("Usaha terdata: 4"), text);
    assertTrue(text.contains("Punya NIB: 2 / 4 (50%)"), text);
    assertTrue(text.contains(k.d1Name()), text);
  }

  private static Map<String, Double> column(Sheet sheet) {
    Map<String, Double> values = new TreeMap<>();
    for (Row row : sheet) {
      if (row.getRowNum() > 0
          && row.getCell(1) != null
          && row.getCell(1).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
        values.put(row.getCell(0).getStringCellValue(), row.getCell(1).getNumericCellValue());
      }
    }
    return values;
  }

  private static int images(byte[] pdf) throws Exception {
    int images = 0;
    try (var document = Loader.loadPDF(pdf)) {
      for (var page : document.getPages()) {
        for (var name : page.getResources().getXObjectNames()) {
          if (page.getResources().isImageXObject(name)) {
            images++;
          }
        }
      }
    }
    return images;
  }

  private static String text(byte[] pdf) throws Exception {
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  @Test
  void theExpiryWindowsEndOnTheirLastDayAndTheDigestGoesOutOnce() {
    Known k = known();
    TenantSnapshot a = k.tenant();
    ConsoleUser admin = Actors.admin(a);
    assertEquals(
        List.of(29L, 30L),
        work.callAs(a, () -> reminders.expiring(admin, 30, k.today())).stream()
            .map(ExpiringCertificate::daysLeft)
            .toList());
    assertEquals(
        List.of(29L, 30L, 31L),
        work.callAs(a, () -> reminders.expiring(admin, 60, k.today())).stream()
            .map(ExpiringCertificate::daysLeft)
            .toList());
    assertEquals(
        List.of(0L, 30L),
        work.callAs(a, () -> reminders.expiring(admin, 30, k.today().minusDays(1))).stream()
            .map(ExpiringCertificate::daysLeft)
            .toList(),
        "a day earlier: b3's halal on its last day, the 29-day one on the window's last day");
    assertThrows(
        InvalidInputException.class,
        () -> work.callAs(a, () -> reminders.expiring(admin, 45, k.today())));

    LocalDate day = k.today().plusDays(1);
    DigestSender.Digest first = work.callAs(a, () -> digest.claim(day));
    assertEquals(DigestSender.Outcome.DUE, first.outcome());
    assertTrue(first.text().contains("HALAL-29"), first.text());
    assertTrue(first.text().contains("SNI-31"), first.text());
    assertFalse(first.text().contains("HALAL--1"), "expired: no reminder");
    assertEquals(List.of("admin@uji-wawasan.etalase.test"), first.to());
    assertEquals(
        DigestSender.Outcome.ALREADY_SENT, work.callAs(a, () -> digest.claim(day)).outcome());
    assertEquals(1L, work.callAs(a, () -> digestRows(a.id(), day)));
    DigestSender.Digest ofB = work.callAs(b(), () -> digest.claim(day));
    assertTrue(ofB.text() == null || !ofB.text().contains("HALAL-29"));
  }

  /** The day's claims: the scheduler may claim today's digest while the suite runs. */
  private long digestRows(long tenantId, LocalDate day) {
    try (PreparedStatement q =
        tenantEm
            .connection()
            .prepareStatement(
                "SELECT count(*) FROM insight_digest WHERE tenant_id = ? AND sent_on = ?")) {
      q.setLong(1, tenantId);
      q.setObject(2, day);
      try (ResultSet r = q.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theCatalogIsWrittenInTheBackgroundWithThePublishedBusinessesOnly() throws Exception {
    Known k = known();
    TenantSnapshot a = k.tenant();
    long id =
        work.callAs(
            a, () -> prints.request(Actors.admin(a), CatalogPrint.Scope.TENANT, null, "id"));
    CatalogPrint done = waitUntilDone(a, id);
    assertEquals(2, done.getProgressTotal());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    work.runAs(a, () -> prints.download(Actors.admin(a), id, out));
    String text = text(out.toByteArray());
    assertTrue(text.contains("Katalog Produk UMKM"), text);
    assertTrue(text.contains("Keripik Satu"), text);
    assertTrue(text.contains("Rp25.000 / bungkus"), text);
    assertTrue(text.contains("Harga nego"), text);
    assertTrue(text.contains("=HYPERLINK(\"http://jahat.test\",\"klik\")"), text);
    assertTrue(text.contains("<script>x</script>"), text);
    assertFalse(text.contains("Batik Tiga"), "submitted, not published");
    assertFalse(text.contains("Kopi Empat"), "a draft");
    assertEquals(1, images(out.toByteArray()), "p1's photo, the stored variant");
  }

  @Test
  @RunAsClient
  void theAdminFiltersTheDashboardByKecamatanOverHttp() throws Exception {
    ConsoleClient admin = new ConsoleClient(base, "10.31." + (int) (Math.random() * 250) + ".1");
    ConsoleClient.Page home =
        admin.signInWithMfa(
            "/bondowoso/konsol/masuk",
            "wawasan.admin@bondowoso.etalase.id",
            System.getenv("ETALASE_ACCOUNTS_INITIAL_PASSWORD"));
    assertEquals("/bondowoso/admin/", home.path(), home.text());
    assertEquals(200, home.status());
    assertEquals(15, home.findAll("data-chart=\"([^\"]+)\"").size(), home.body());
    long all = figure(home.body());
    assertTrue(all > 0, home.text());
    String district =
        home.find("<option value=\"(35\\.11\\.[0-9]{2})\"").orElseThrow(AssertionError::new);
    ConsoleClient.Page one =
        admin.ajaxForm(home, "filter", "filter:apply", Map.of("district_input", district));
    assertTrue(figure(one.body()) < all, one.body());
    ConsoleClient.Page foreign =
        admin.ajaxForm(home, "filter", "filter:apply", Map.of("district_input", "35.12.01"));
    assertTrue(foreign.body().contains("filter:district"), "refused: " + foreign.text());
    assertEquals(figure(one.body()), figure(foreign.body()), "a kecamatan not offered: no change");
    ConsoleClient.Page backwards =
        admin.ajaxForm(
            home,
            "filter",
            "filter:apply",
            Map.of("from_input", "02-12-2026", "to_input", "01-12-2026"));
    assertTrue(backwards.body().contains("Periode harus maju"), backwards.body());
    assertFalse(backwards.body().contains("data-figure="), "no figures for a refused period");
  }

  private static long figure(String body) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "data-figure=\"insight.figure.businesses\"><strong>([0-9]+)</strong>")
            .matcher(body);
    assertTrue(m.find(), body);
    return Long.parseLong(m.group(1));
  }

  private CatalogPrint waitUntilDone(TenantSnapshot tenant, long id) throws InterruptedException {
    long until = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < until) {
      CatalogPrint print = work.callAs(tenant, () -> prints.find(Actors.admin(tenant), id));
      if (print.getStatus() != CatalogPrint.Status.RUNNING) {
        assertEquals(CatalogPrint.Status.DONE, print.getStatus(), print.getFailure());
        return print;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("catalog " + id + " still running after 60 s");
  }
}
