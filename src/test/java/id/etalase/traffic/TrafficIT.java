package id.etalase.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.business.BusinessRepository;
import id.etalase.catalog.ProductRepository;
import id.etalase.common.NotAllowedException;
import id.etalase.region.District;
import id.etalase.region.RegionRepository;
import id.etalase.tenant.TenantDirectory;
import id.etalase.tenant.TenantEntityManager;
import id.etalase.tenant.TenantSnapshot;
import id.etalase.tenant.TenantWork;
import id.etalase.testing.Actors;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Leads and views of issue #14 over plain HTTP and in the server: the redirects count per channel
 * and day and send the visitor to the record's own address, tampered, unknown, unpublished and
 * other tenants' ids are 404 and nothing else can be a target; crawlers are sent on uncounted;
 * views count through the beacon also when the page came from the page cache; the tables hold daily
 * totals only; and tenant B can neither read A's counts nor count for A. Bondowoso is A, Situbondo
 * is B. Counts are compared before and after, since other classes browse the same pages.
 */
@ExtendWith(ArquillianExtension.class)
class TrafficIT {

  static final String PHONE =
      "Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko)"
          + " Chrome/131.0.0.0 Mobile Safari/537.36";
  static final String GOOGLEBOT =
      "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
  static final String BUSINESS = "batik-sekar-tamanan";
  static final String PRODUCT = "batik-tulis-motif-kopi";
  static final String DRAFT = "anyaman-bambu-wonosari";

  @ArquillianResource URL base;
  @Inject TenantDirectory directory;
  @Inject TenantWork work;
  @Inject TenantEntityManager tenantEm;
  @Inject BusinessRepository businesses;
  @Inject ProductRepository products;
  @Inject TrafficFlush flush;
  @Inject TrafficCounter counter;
  @Inject TrafficReport report;
  @Inject RegionRepository regions;

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @Test
  void redirectsCountPerChannelAndDayAndSendTheVisitorToTheRecordsOwnAddress() throws Exception {
    long business = businessId(BUSINESS);
    long product = work.callAs(a(), () -> products.findBySlug(PRODUCT).orElseThrow().getId());
    flush.flush();
    Map<Channel, Long> before = leadsToday();
    long businessLeadsBefore = topBusinessLeads(business);
    String tamanan =
        work.callAs(a(), () -> businesses.findBySlug(BUSINESS).orElseThrow().getDistrictCode());
    String elsewhere =
        work.callAs(
            a(),
            () ->
                regions.districtsOf(a().regencyCode()).stream()
                    .map(District::getCode)
                    .filter(code -> !code.equals(tamanan))
                    .findFirst()
                    .orElseThrow());
    Map<Channel, Long> tamananBefore = leadsToday(tamanan);
    Map<Channel, Long> elsewhereBefore = leadsToday(elsewhere);

    HttpResponse<String> wa =
        get("/bondowoso/ke/usaha/" + business + "/wa?to=https://evil.example", PHONE);
    assertEquals(303, wa.statusCode());
    String target = wa.headers().firstValue("Location").orElse("");
    assertTrue(target.startsWith("https://wa.me/6281234901123?text="), target);
    assertTrue(target.contains("Batik%20Sekar%20Tamanan"), "the greeting names the business");
    assertFalse(target.contains("evil"), target);
    assertEquals("no-store", wa.headers().firstValue("Cache-Control").orElse(""));
    assertTrue(wa.headers().allValues("Set-Cookie").isEmpty(), "no cookie");

    HttpResponse<String> call = get("/bondowoso/ke/usaha/" + business + "/telepon", PHONE);
    assertEquals("tel:+6281234901123", call.headers().firstValue("Location").orElse(""));
    HttpResponse<String> shop = get("/bondowoso/ke/usaha/" + business + "/tautan-1", PHONE);
    assertEquals(
        "https://shopee.co.id/batiksekartamanan", shop.headers().firstValue("Location").orElse(""));
    HttpResponse<String> productWa = get("/bondowoso/ke/produk/" + product + "/wa", PHONE);
    assertTrue(
        productWa.headers().firstValue("Location").orElse("").contains("Motif%20Daun%20Kopi"),
        "the product's greeting names the product");
    // A crawler is sent on too, but not counted.
    assertEquals(303, get("/bondowoso/ke/usaha/" + business + "/wa", GOOGLEBOT).statusCode());

    // The pages link through the redirect, marked nofollow.
    String page = get("/bondowoso/usaha/" + BUSINESS, PHONE).body();
    assertTrue(
        page.contains("href=\"/bondowoso/ke/usaha/" + business + "/wa\" rel=\"nofollow noopener\""),
        page);
    assertTrue(
        page.contains("/bondowoso/ke/usaha/" + business + "/tautan-1\" rel=\"nofollow"), page);
    assertFalse(page.contains("href=\"https://wa.me"), "no direct contact link");
    String robots = get("/bondowoso/robots.txt", PHONE).body();
    assertTrue(robots.contains("Disallow: /bondowoso/ke/\nDisallow: /bondowoso/lihat/"), robots);

    flush.flush();
    Map<Channel, Long> after = leadsToday();
    assertEquals(
        2, after.getOrDefault(Channel.WHATSAPP, 0L) - before.getOrDefault(Channel.WHATSAPP, 0L));
    assertEquals(1, after.getOrDefault(Channel.PHONE, 0L) - before.getOrDefault(Channel.PHONE, 0L));
    assertEquals(
        1, after.getOrDefault(Channel.SHOPEE, 0L) - before.getOrDefault(Channel.SHOPEE, 0L));
    assertEquals(
        4, topBusinessLeads(business) - businessLeadsBefore, "a product's lead is its business's");
    // By kecamatan: the business's own, not another's.
    Map<Channel, Long> tamananAfter = leadsToday(tamanan);
    assertEquals(
        2,
        tamananAfter.getOrDefault(Channel.WHATSAPP, 0L)
            - tamananBefore.getOrDefault(Channel.WHATSAPP, 0L));
    assertEquals(elsewhereBefore, leadsToday(elsewhere));
  }

  @Test
  void tamperedUnknownUnpublishedAndOtherTenantsIdsAre404() throws Exception {
    long business = businessId(BUSINESS);
    long draft = businessId(DRAFT);
    flush.flush();
    Map<Channel, Long> before = leadsToday();
    for (String path :
        List.of(
            "/bondowoso/ke/usaha/999999999/wa",
            "/bondowoso/ke/usaha/" + draft + "/wa",
            "/situbondo/ke/usaha/" + business + "/wa",
            "/bondowoso/ke/produk/" + business + "/wa",
            "/bondowoso/ke/usaha/" + business + "/tautan-9",
            "/bondowoso/ke/usaha/" + business + "/wa/evil.example",
            "/bondowoso/ke/usaha/0" + business + "/wa",
            "/bondowoso/ke/usaha/-" + business + "/wa",
            "/bondowoso/ke/usaha/' OR 1=1--/wa",
            "/bondowoso/ke/evil.example")) {
      HttpResponse<String> response = get(path.replace(" ", "%20"), PHONE);
      assertEquals(404, response.statusCode(), path);
      assertTrue(response.headers().firstValue("Location").isEmpty(), path);
    }
    // An encoded slash is refused by the container before any route.
    HttpResponse<String> encoded =
        get("/bondowoso/ke/usaha/" + business + "/https%3A%2F%2Fevil.example", PHONE);
    assertEquals(400, encoded.statusCode());
    assertTrue(encoded.headers().firstValue("Location").isEmpty());
    flush.flush();
    assertEquals(before, leadsToday(), "nothing counted");
  }

  @Test
  void viewsCountThroughTheBeaconAlsoWhenThePageComesFromThePageCache() throws Exception {
    long product = work.callAs(a(), () -> products.findBySlug(PRODUCT).orElseThrow().getId());
    flush.flush();
    long before = productViews(product);

    get("/bondowoso/produk/" + PRODUCT, PHONE);
    HttpResponse<String> cached = get("/bondowoso/produk/" + PRODUCT, PHONE);
    assertEquals("hit", cached.headers().firstValue("X-Etalase-Cache").orElse(""));
    Matcher beacon = Pattern.compile("class=\"beacon\" src=\"([^\"]+)\"").matcher(cached.body());
    assertTrue(beacon.find(), cached.body());
    assertEquals("/bondowoso/lihat/produk/" + product + ".gif", beacon.group(1));
    HttpResponse<String> pixel = get(beacon.group(1), PHONE);
    assertEquals(200, pixel.statusCode());
    assertEquals("image/gif", pixel.headers().firstValue("Content-Type").orElse(""));
    assertEquals("no-store", pixel.headers().firstValue("Cache-Control").orElse(""));
    assertTrue(pixel.headers().allValues("Set-Cookie").isEmpty());
    get(beacon.group(1), PHONE);
    get(beacon.group(1), GOOGLEBOT); // not counted
    // Tenant B cannot count for A's product, and made-up ids are dropped at the flush.
    get("/situbondo/lihat/produk/" + product + ".gif", PHONE);
    get("/bondowoso/lihat/produk/999999999.gif", PHONE);
    assertEquals(404, get("/bondowoso/lihat/produk/abc.gif", PHONE).statusCode());

    flush.flush();
    assertEquals(2, productViews(product) - before);
    assertEquals(0, rows(a(), "SELECT count(*) FROM traffic_view WHERE record_id = 999999999"));
    assertEquals(0, rows(b(), "SELECT count(*) FROM traffic_view WHERE record_id = " + product));
  }

  @Test
  void theTablesHoldDailyTotalsOnly() {
    Set<String> columns = new HashSet<>();
    work.runAs(
        a(),
        () -> {
          try (PreparedStatement s =
                  tenantEm
                      .connection()
                      .prepareStatement(
                          "SELECT table_name || '.' || column_name FROM information_schema.columns"
                              + " WHERE table_name IN ('traffic_lead', 'traffic_view')");
              ResultSet r = s.executeQuery()) {
            while (r.next()) {
              columns.add(r.getString(1));
            }
          } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
          }
        });
    Set<String> common =
        Set.of("tenant_id", "day", "subject", "record_id", "business_id", "district_code");
    Set<String> expected = new HashSet<>();
    common.forEach(c -> expected.add("traffic_lead." + c));
    common.forEach(c -> expected.add("traffic_view." + c));
    expected.addAll(Set.of("traffic_lead.channel", "traffic_lead.clicks", "traffic_view.views"));
    assertEquals(expected, columns, "no address, agent, cookie or time of day");
  }

  @Test
  void onlyTheTenantsStaffReadItsCountsAndBNeverSeesAs() throws Exception {
    long business = businessId(BUSINESS);
    get("/bondowoso/ke/usaha/" + business + "/wa", PHONE);
    flush.flush();
    LocalDate today = counter.today();
    work.runAs(
        a(),
        () -> {
          long someBusiness = businesses.findBySlug(BUSINESS).orElseThrow().getId();
          assertFalse(report.leadsPerDay(Actors.admin(a()), today, today, null).isEmpty());
          // Operators may read them too (the list may be empty: no views today yet).
          report.viewsPerDay(Actors.operator(a()), today.minusDays(7), today, null);
          for (var actor : List.of(Actors.admin(b()), Actors.owner(a(), someBusiness))) {
            assertThrows(
                NotAllowedException.class, () -> report.leadsPerDay(actor, today, today, null));
            assertThrows(
                NotAllowedException.class, () -> report.viewsPerDay(actor, today, today, null));
            assertThrows(
                NotAllowedException.class,
                () ->
                    report.topBusinesses(
                        actor, today, today, null, TrafficReport.Measure.LEADS, 10));
            assertThrows(
                NotAllowedException.class,
                () ->
                    report.topProducts(actor, today, today, null, TrafficReport.Measure.VIEWS, 10));
          }
          assertThrows(
              IllegalArgumentException.class,
              () -> report.leadsPerDay(Actors.admin(a()), today, today.minusDays(1), null));
        });
    work.runAs(
        b(),
        () -> {
          Set<Long> seen =
              report
                  .topBusinesses(
                      Actors.admin(b()),
                      today.minusDays(400),
                      today,
                      null,
                      TrafficReport.Measure.LEADS,
                      100)
                  .stream()
                  .map(TrafficReport.Ranked::id)
                  .collect(Collectors.toSet());
          assertFalse(seen.contains(business), "B's ranking never holds A's business");
          assertEquals(
              0, rows(b(), "SELECT count(*) FROM traffic_lead WHERE record_id = " + business));
        });
  }

  private Map<Channel, Long> leadsToday() {
    return leadsToday(null);
  }

  /** Today's leads by channel, of one kecamatan or (null) all. */
  private Map<Channel, Long> leadsToday(String districtCode) {
    LocalDate today = counter.today();
    return work.callAs(
        a(),
        () ->
            report.leadsPerDay(Actors.admin(a()), today, today, districtCode).stream()
                .collect(
                    Collectors.toMap(
                        TrafficReport.DailyLeads::channel,
                        TrafficReport.DailyLeads::clicks,
                        Long::sum)));
  }

  private long topBusinessLeads(long business) {
    LocalDate today = counter.today();
    return work.callAs(
        a(),
        () ->
            report
                .topBusinesses(
                    Actors.admin(a()), today, today, null, TrafficReport.Measure.LEADS, 100)
                .stream()
                .filter(r -> r.id() == business)
                .mapToLong(TrafficReport.Ranked::count)
                .sum());
  }

  private long productViews(long product) {
    LocalDate today = counter.today();
    return work.callAs(
        a(),
        () ->
            report
                .topProducts(
                    Actors.admin(a()), today, today, null, TrafficReport.Measure.VIEWS, 100)
                .stream()
                .filter(r -> r.id() == product)
                .mapToLong(TrafficReport.Ranked::count)
                .sum());
  }

  private long rows(TenantSnapshot tenant, String sql) {
    return work.callAs(
        tenant,
        () -> {
          try (PreparedStatement s = tenantEm.connection().prepareStatement(sql);
              ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
          } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private long businessId(String slug) {
    return work.callAs(a(), () -> businesses.findBySlug(slug).orElseThrow().getId());
  }

  private HttpResponse<String> get(String path, String agent) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path));
    if (agent != null) {
      request.header("User-Agent", agent);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private TenantSnapshot a() {
    return directory.bySlug("bondowoso").orElseThrow();
  }

  private TenantSnapshot b() {
    return directory.bySlug("situbondo").orElseThrow();
  }
}
