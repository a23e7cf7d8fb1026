package id.etalase.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.testing.TenantSql;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public order pages over plain HTTP, as a phone without JavaScript uses them: the form of a
 * business, a tampered product id refused with the form kept, a placed order's private status page
 * (never stored, never indexed), and a wrong token answered as a missing one. No page gives the
 * visitor a session.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrderPagesIT {

  static final String FORM = "/bondowoso/pesan/batik-sekar-tamanan";
  static final Pattern LOCATION =
      Pattern.compile("/bondowoso/pesanan/([A-Za-z0-9_-]{43})\\?baru=1$");

  @ArquillianResource URL base;

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final String client = "10.15." + (System.nanoTime() % 200) + ".7";

  @Test
  void aVisitorOrdersWithoutASessionAndFollowsTheOrderByItsPrivateLink() throws Exception {
    long batik = id("bondowoso", "SELECT id FROM product WHERE slug = 'batik-tulis-motif-kopi'");
    long kopi = id("bondowoso", "SELECT id FROM product WHERE slug = 'kopi-arabika-ijen-250g'");
    long situbondo = id("situbondo", "SELECT id FROM product ORDER BY id LIMIT 1");

    HttpResponse<String> form = get(FORM + "?produk=batik-tulis-motif-kopi", "id");
    assertEquals(200, form.statusCode());
    assertPrivate(form);
    assertTrue(form.body().contains("name=\"jumlah_" + batik + "\""), "the product is offered");
    assertTrue(form.body().contains("value=\"1\""), "the product the visitor came from");
    assertTrue(form.body().contains("0123-01-045678-53-1"), "how to pay, from the demo file");
    assertTrue(
        get("/bondowoso/usaha/batik-sekar-tamanan", "id").body().contains("href=\"" + FORM + "\""),
        "the business page links to its order form");

    for (long tampered : new long[] {kopi, situbondo}) {
      Map<String, String> fields = fields("Pembeli <b>Uji</b>");
      fields.put("jumlah_" + batik, "1");
      fields.put("jumlah_" + tampered, "2");
      HttpResponse<String> refused = post(FORM, fields, "id");
      assertEquals(400, refused.statusCode());
      assertPrivate(refused);
      assertTrue(
          refused.body().contains("Ada produk yang tidak tersedia untuk dipesan dari usaha ini."),
          "refused in Indonesian");
      assertTrue(refused.body().contains("value=\"Pembeli &lt;b&gt;Uji&lt;/b&gt;\""), "kept");
    }
    Map<String, String> tooMany = fields("Buyer");
    tooMany.put("jumlah_" + batik, "5000");
    HttpResponse<String> english = post(FORM, tooMany, "en");
    assertEquals(400, english.statusCode());
    assertTrue(english.body().contains("A quantity is a whole number from 1 to 999."));

    Map<String, String> fields = fields("Pembeli Uji Halaman");
    fields.put("jumlah_" + batik, "2");
    fields.put("catatan", "<script>alert(1)</script>");
    HttpResponse<String> placed = post(FORM, fields, "id");
    assertEquals(303, placed.statusCode(), placed.body());
    assertPrivate(placed);
    Matcher location = LOCATION.matcher(placed.headers().firstValue("Location").orElse(""));
    assertTrue(location.find(), placed.headers().toString());
    String token = location.group(1);

    HttpResponse<String> status = get("/bondowoso/pesanan/" + token + "?baru=1", "id");
    assertEquals(200, status.statusCode());
    assertPrivate(status);
    assertTrue(status.headers().firstValue("X-Robots-Tag").orElse("").contains("noindex"));
    assertTrue(status.body().contains("data-status=\"NEW\""));
    assertTrue(status.body().contains("Rp900.000"), "two at the price as ordered");
    assertTrue(status.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "kept as text");
    assertFalse(status.body().contains("<script>alert(1)"));
    assertTrue(status.body().contains("https://wa.me/"), "the chat with the business");
    assertTrue(status.body().contains("id=\"payment-bank\""), "how to pay");

    String wrong = (token.charAt(5) == 'A' ? "B" : "A");
    wrong = token.substring(0, 5) + wrong + token.substring(6);
    HttpResponse<String> guessed = get("/bondowoso/pesanan/" + wrong, "id");
    String random = OrderTokens.newToken();
    HttpResponse<String> missing = get("/bondowoso/pesanan/" + random, "id");
    assertEquals(404, guessed.statusCode());
    assertEquals(missing.statusCode(), guessed.statusCode());
    // The same page but for the path in its language link.
    assertEquals(
        missing.body().replace(random, "TOKEN"),
        guessed.body().replace(wrong, "TOKEN"),
        "the same answer for a near miss as for nothing");
    assertPrivateOrAbsent(guessed);
    assertEquals(
        404, get("/situbondo/pesanan/" + token, "id").statusCode(), "not in another regency");
    assertEquals(404, get("/bondowoso/pesanan/pendek", "id").statusCode());
    assertEquals(404, get("/bondowoso/pesan/bukan-usaha-ini", "id").statusCode());
  }

  /**
   * Each order with an e-mail address mails it a receipt, so one address gets five orders a day,
   * whatever its case and the WhatsApp numbers given: the sixth is refused (429) in the visitor's
   * language, with what they typed kept.
   */
  @Test
  void theSixthOrderOfOneEmailAddressTodayIsRefused() throws Exception {
    long batik = id("bondowoso", "SELECT id FROM product WHERE slug = 'batik-tulis-motif-kopi'");
    String email = "batas." + System.nanoTime() % 1_000_000 + "@uji-halaman.etalase.test";
    for (int i = 0; i < 5; i++) {
      Map<String, String> fields = fields("Pembeli Batas");
      fields.put("email", i % 2 == 0 ? email : email.toUpperCase(java.util.Locale.ROOT));
      fields.put("jumlah_" + batik, "1");
      HttpResponse<String> placed = post(FORM, fields, "id");
      assertEquals(303, placed.statusCode(), placed.body());
    }
    Map<String, String> sixth = fields("Pembeli Batas");
    sixth.put("email", email);
    sixth.put("jumlah_" + batik, "1");
    HttpResponse<String> refused = post(FORM, sixth, "id");
    assertEquals(429, refused.statusCode());
    assertPrivate(refused);
    assertTrue(
        refused.body().contains("Alamat surel ini sudah mencapai batas pesanan hari ini."),
        "refused in Indonesian");
    assertTrue(refused.body().contains("value=\"" + email + "\""), "kept");
    HttpResponse<String> english = post(FORM, sixth, "en");
    assertEquals(429, english.statusCode());
    assertTrue(english.body().contains("This e-mail address has reached its orders for today."));
  }

  /** No session, nothing kept by any cache: on every order page and answer. */
  private static void assertPrivate(HttpResponse<String> answer) {
    assertTrue(
        answer.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.contains("JSESSIONID")),
        "no session: " + answer.headers().allValues("Set-Cookie"));
    assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""));
    assertTrue(answer.headers().firstValue("ETag").isEmpty(), "never kept by the page cache");
  }

  private static void assertPrivateOrAbsent(HttpResponse<String> answer) {
    assertTrue(answer.headers().firstValue("ETag").isEmpty());
    assertTrue(
        answer.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.contains("JSESSIONID")));
  }

  private Map<String, String> fields(String name) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("nama", name);
    fields.put("whatsapp", String.format("0857%08d", System.nanoTime() % 100_000_000));
    fields.put("pengiriman", "PICKUP");
    return fields;
  }

  private HttpResponse<String> get(String path, String language) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url(path)))
            .header("Cookie", "lang=" + language)
            .timeout(Duration.ofSeconds(30))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, Map<String, String> fields, String language)
      throws Exception {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return http.send(
        HttpRequest.newBuilder(URI.create(url(path)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", "lang=" + language)
            .header("X-Forwarded-For", client)
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String url(String path) {
    return base.toString().replaceAll("/$", "") + path;
  }

  private static long id(String tenant, String sql) throws Exception {
    try (Connection db = TenantSql.as(tenant);
        PreparedStatement s = db.prepareStatement(sql);
        ResultSet row = s.executeQuery()) {
      assertTrue(row.next(), sql);
      return row.getLong(1);
    }
  }
}
