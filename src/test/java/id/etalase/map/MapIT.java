package id.etalase.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.business.Business;
import id.etalase.business.BusinessData;
import id.etalase.business.BusinessRepository;
import id.etalase.business.BusinessService;
import id.etalase.common.Json;
import id.etalase.curation.PublicationStatus;
import id.etalase.region.RegionRepository;
import id.etalase.tenant.TenantDirectory;
import id.etalase.tenant.TenantSnapshot;
import id.etalase.tenant.TenantWork;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public map of issue #14: its markers hold exactly the tenant's published businesses with a
 * location (and with a filter, exactly those that match), never another tenant's or an unpublished
 * one, with an ETag, cache headers and 304, and a business archived leaves it at the commit; the
 * page is stateless and names no unknown filter. Bondowoso is A, Situbondo is B.
 */
@ExtendWith(ArquillianExtension.class)
class MapIT {

  @ArquillianResource URL base;
  @Inject TenantDirectory directory;
  @Inject TenantWork work;
  @Inject BusinessRepository businesses;
  @Inject RegionRepository regions;
  @Inject BusinessService service;

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @Test
  void theMarkersAreExactlyTheTenantsPublishedLocatedBusinesses() throws Exception {
    HttpResponse<String> a = get("/bondowoso/peta/usaha.json", null);
    assertEquals(200, a.statusCode());
    assertTrue(a.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertEquals("public, max-age=60", a.headers().firstValue("Cache-Control").orElse(""));
    String etag = a.headers().firstValue("ETag").orElseThrow();
    assertTrue(a.headers().allValues("Set-Cookie").isEmpty());
    assertEquals(located(a(), null), slugs(a.body()));
    assertTrue(slugs(a.body()).contains("batik-sekar-tamanan"), a.body());
    Set<String> ofB = located(b(), null);
    Set<String> everyOfA =
        work.callAs(
            a(),
            () -> businesses.findAll().stream().map(Business::getSlug).collect(Collectors.toSet()));
    assertTrue(slugs(get("/situbondo/peta/usaha.json", null).body()).equals(ofB));
    assertTrue(ofB.stream().noneMatch(everyOfA::contains), "B's markers hold none of A's");

    assertEquals(304, get("/bondowoso/peta/usaha.json", etag).statusCode());
    assertEquals(200, get("/situbondo/peta/usaha.json", etag).statusCode(), "B's file differs");

    HttpResponse<String> tamanan = get("/bondowoso/peta/usaha.json?kecamatan=tamanan", null);
    assertEquals(located(a(), "tamanan"), slugs(tamanan.body()));
    JsonObject json = Json.createReader(new StringReader(tamanan.body())).readObject();
    assertEquals("[\"tamanan\"]", json.getJsonArray("kecamatan").toString());
    HttpResponse<String> batik = get("/bondowoso/peta/usaha.json?kategori=batik-fesyen", null);
    assertEquals(200, batik.statusCode(), batik.body());
    assertTrue(slugs(batik.body()).contains("batik-sekar-tamanan"), batik.body());
    assertTrue(slugs(batik.body()).size() <= slugs(a.body()).size());

    assertEquals(404, get("/bondowoso/peta/usaha.json?kecamatan=tidak-ada", null).statusCode());
    assertEquals(404, get("/bondowoso/peta/usaha.json?kecamatan=%3Cscript%3E", null).statusCode());
    assertEquals(404, get("/situbondo/peta/usaha.json?kecamatan=tamanan", null).statusCode());
  }

  @Test
  void theMapPageIsStatelessAndLoadsTheMarkersFromTheFile() throws Exception {
    HttpResponse<String> page = get("/bondowoso/peta?kecamatan=tamanan", null);
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), "no session");
    assertTrue(page.body().contains("data-markers=\"/bondowoso/peta/usaha.json\""), page.body());
    assertTrue(
        page.body().contains("<option value=\"tamanan\" selected=\"selected\">"), page.body());
    assertFalse(page.body().contains("batik-sekar-tamanan"), "the markers are not in the HTML");
    assertEquals(404, get("/bondowoso/peta?kecamatan=tidak-ada", null).statusCode());
    assertEquals(404, get("/bondowoso/peta?sentra=tidak-ada", null).statusCode());
    assertTrue(
        get("/bondowoso/kecamatan/tamanan", null)
            .body()
            .contains("href=\"/bondowoso/peta?kecamatan=tamanan\""));
  }

  @Test
  void aBusinessLeavesTheMapWhenItIsArchivedAndComesBackWhenPublished() throws Exception {
    String slug = "batik-sekar-tamanan";
    HttpResponse<String> before = get("/bondowoso/peta/usaha.json", null);
    assertTrue(slugs(before.body()).contains(slug));
    String etag = before.headers().firstValue("ETag").orElseThrow();
    BusinessData published =
        work.callAs(a(), () -> businesses.findBySlug(slug).orElseThrow().toData());
    try {
      work.runAs(
          a(),
          // As the demo import writes a status (the console's curation is tested elsewhere).
          () -> service.upsert(published.withStatus(PublicationStatus.ARCHIVED)));
      HttpResponse<String> archived = get("/bondowoso/peta/usaha.json", etag);
      assertEquals(200, archived.statusCode(), "the kept file was dropped at the commit");
      assertFalse(slugs(archived.body()).contains(slug), archived.body());
      assertEquals(located(a(), null), slugs(archived.body()));
    } finally {
      work.runAs(a(), () -> service.upsert(published));
    }
    assertTrue(slugs(get("/bondowoso/peta/usaha.json", null).body()).contains(slug));
  }

  /** The slugs of published businesses with a location, optionally of one kecamatan. */
  private Set<String> located(TenantSnapshot tenant, String districtSlug) {
    return work.callAs(
        tenant,
        () -> {
          String code =
              districtSlug == null
                  ? null
                  : regions
                      .districtBySlug(tenant.regencyCode(), districtSlug)
                      .orElseThrow()
                      .getCode();
          return businesses.findAll().stream()
              .filter(b -> b.getStatus() == PublicationStatus.PUBLISHED)
              .filter(b -> b.getLatitude() != null && b.getLongitude() != null)
              .filter(b -> code == null || code.equals(b.getDistrictCode()))
              .map(Business::getSlug)
              .collect(Collectors.toSet());
        });
  }

  private static Set<String> slugs(String body) {
    JsonArray markers =
        Json.createReader(new StringReader(body)).readObject().getJsonArray("usaha");
    Set<String> slugs = new HashSet<>();
    for (JsonValue marker : markers) {
      slugs.add(marker.asJsonArray().getString(0));
    }
    return slugs;
  }

  private HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path));
    if (ifNoneMatch != null) {
      request.header("If-None-Match", ifNoneMatch);
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
