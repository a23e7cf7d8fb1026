package id.etalase.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.media.HostileImages;
import id.etalase.testing.ConsoleClient;
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
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Self-registration on {@code /{slug}/daftar} over HTTP, as a phone's browser posts it and as a
 * script would: a registration lands as SUBMITTED in its own tenant only, with the owner's contact
 * published only where they consented; a refused form keeps what was typed and writes nothing; the
 * hidden field, the question's token (once, per tenant, not too fast) and the per-address limits
 * stop scripts. Bondowoso is A, Situbondo is B (whose limits one test uses up).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistrationIT {

  private static final String PASSWORD = System.getenv("ETALASE_ACCOUNTS_INITIAL_PASSWORD");
  private static final Pattern SUM = Pattern.compile("(?:Berapa|What is) (\\d) \\+ (\\d)\\?");
  private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

  @ArquillianResource URL base;

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /** The form as a visitor gets it: its question's answer and token. */
  private record Form(String answer, String token, HttpResponse<String> page) {}

  @Test
  void anOwnerRegistersABusinessThatWaitsForVerificationInItsOwnTenantOnly() throws Exception {
    Form form = form("bondowoso");
    assertEquals(200, form.page().statusCode());
    assertEquals("no-store", form.page().headers().firstValue("Cache-Control").orElse(""));
    assertTrue(form.page().headers().firstValue("ETag").isEmpty(), "a form is never kept");
    assertTrue(
        get("/bondowoso/").body().contains("href=\"/bondowoso/daftar\""), "linked from home");
    String name = "Batik Uji " + suffix();
    Map<String, String> fields = valid(name);
    fields.put("email", "siti@example.com");
    fields.put("deskripsi", "<script>alert(1)</script> '; DROP TABLE business;--");
    fields.put("tampilkan_telepon", "ya"); // the address is not to be published
    fields.put("produk1_nama", "Kain batik tulis");
    fields.put("produk1_harga", "Rp 150.000");
    fields.put("produk1_satuan", "lembar");
    Thread.sleep(3_100); // a person takes a few seconds; a form sent at once is refused
    HttpResponse<String> sent = post("/bondowoso/daftar", form, fields);
    assertEquals(302, sent.statusCode(), sent.body());
    assertEquals(
        "/bondowoso/daftar?terkirim=1",
        sent.headers().firstValue("Location").orElse("").replaceAll("^https?://[^/]+", ""));
    assertTrue(get("/bondowoso/daftar?terkirim=1").body().contains("id=\"registration-sent\""));

    try (Connection a = TenantSql.as("bondowoso")) {
      Map<String, String> row =
          row(
              a,
              "SELECT b.slug, b.status, b.whatsapp, b.street_address, b.description, r.applicant_phone,"
                  + " r.street_address AS given_address, r.publish_phone, r.publish_address"
                  + " FROM business b JOIN business_registration r ON r.tenant_id = b.tenant_id"
                  + " AND r.business_id = b.id WHERE b.name = ?",
              name);
      assertNotNull(row, "registered in Bondowoso");
      assertEquals("SUBMITTED", row.get("status"));
      assertEquals("+6281234567890", row.get("whatsapp"), "consented: on the profile, E.164");
      assertNull(row.get("street_address"), "not consented: not on the profile");
      assertEquals("Jl. Raya Tamanan 12", row.get("given_address"), "kept for the operator");
      assertEquals("+6281234567890", row.get("applicant_phone"));
      assertEquals("t", row.get("publish_phone"));
      assertEquals("f", row.get("publish_address"));
      assertEquals(
          "<script>alert(1)</script> '; DROP TABLE business;--",
          row.get("description"),
          "kept as text");
      Map<String, String> product =
          row(
              a,
              "SELECT p.status, p.price_min, p.unit FROM product p JOIN business b"
                  + " ON b.tenant_id = p.tenant_id AND b.id = p.business_id WHERE b.name = ?",
              name);
      assertEquals(Map.of("status", "SUBMITTED", "price_min", "150000", "unit", "lembar"), product);
      Map<String, String> audit =
          row(
              a,
              "SELECT action, actor_name FROM audit_entry WHERE record_name = ? AND action = 'REGISTER'",
              name);
      assertEquals("pendaftaran mandiri", audit.get("actor_name"));
      assertEquals(
          404,
          get("/bondowoso/usaha/" + row.get("slug")).statusCode(),
          "not public before approval");
    }
    long id;
    try (Connection a = TenantSql.as("bondowoso")) {
      id = Long.parseLong(row(a, "SELECT id FROM business WHERE name = ?", name).get("id"));
    }
    // The verification queue: A's operator sees who registered it and what they agreed to publish;
    // B's operator, with A's id, gets nothing.
    ConsoleClient operator = new ConsoleClient(base, "10.8.1.9");
    operator.signIn(
        "/bondowoso/konsol/masuk", "registrasi.operator@bondowoso.etalase.id", PASSWORD);
    ConsoleClient.Page queue = operator.get("/bondowoso/konsol/usaha/ubah?id=" + id);
    assertEquals(200, queue.status());
    assertTrue(queue.body().contains("id=\"registration\""), queue.body());
    assertTrue(queue.body().contains("Siti Aminah"), "the applicant");
    assertTrue(queue.body().contains("alamat tidak boleh tampil"), "the consent as given");
    ConsoleClient otherTenant = new ConsoleClient(base, "10.8.2.9");
    otherTenant.signIn("/situbondo/konsol/masuk", "operator@situbondo.etalase.id", PASSWORD);
    ConsoleClient.Page crossed = otherTenant.get("/situbondo/konsol/usaha/ubah?id=" + id);
    assertEquals(404, crossed.status());
    assertFalse(crossed.body().contains(name));
    try (Connection b = TenantSql.as("situbondo")) {
      assertNull(row(b, "SELECT slug FROM business WHERE name = ?", name), "B never sees A's");
      assertNull(
          row(b, "SELECT count(*) AS n FROM business_registration HAVING count(*) > 0"),
          "B counts none of A's registrations");
    }
  }

  @Test
  void aRefusedFormComesBackWithWhatWasTypedAndWritesNothing() throws Exception {
    Form form = form("bondowoso");
    String name = "Keripik Uji " + suffix();
    Map<String, String> fields = valid(name);
    fields.put("whatsapp", "12345");
    fields.put("produk1_nama", "Keripik tempe");
    fields.put("produk1_harga", "murah sekali");
    Thread.sleep(3_100);
    HttpResponse<String> refused = post("/bondowoso/daftar", form, fields, "99");
    assertEquals(400, refused.statusCode());
    String page = refused.body();
    assertTrue(page.contains("id=\"registration-refused\""), page);
    assertTrue(page.contains("value=\"" + name + "\""), "the name is still in the form");
    assertTrue(page.contains("value=\"Jl. Raya Tamanan 12\""), "the address too");
    assertTrue(page.contains("data-field=\"whatsapp\""), "a message on the WhatsApp field");
    assertTrue(page.contains("data-field=\"jawaban\""), "and on the answer");
    assertTrue(page.contains("Tulis harga dalam rupiah"), "and on the price");
    assertNotNull(TOKEN.matcher(page).find() ? "" : null, "a new question to answer");
    try (Connection a = TenantSql.as("bondowoso")) {
      assertNull(row(a, "SELECT id FROM business WHERE name = ?", name), "nothing written");
    }
  }

  @Test
  void firstProductsComeWithTheirPhotosThroughTheUploadPipelineAndABadFileRefusesAll()
      throws Exception {
    Form first = form("bondowoso");
    Form second = form("bondowoso");
    String good = "Tape Uji " + suffix();
    Map<String, String> fields = valid(good);
    fields.put("produk1_nama", "Tape singkong");
    fields.put("produk1_harga", "15rb");
    String bad = "Bom Uji " + suffix();
    Map<String, String> hostile = valid(bad);
    hostile.put("produk1_nama", "Tape bom");
    hostile.put("produk1_harga", "15000");
    Thread.sleep(3_100);
    HttpResponse<String> sent =
        multipart("/bondowoso/daftar", first, fields, HostileImages.photo(1200, 900));
    assertEquals(302, sent.statusCode(), sent.body());
    HttpResponse<String> refused =
        multipart("/bondowoso/daftar", second, hostile, HostileImages.decompressionBomb());
    assertEquals(400, refused.statusCode());
    assertTrue(refused.body().contains("data-field=\"produk1_foto\""), refused.body());
    assertTrue(refused.body().contains("value=\"" + bad + "\""), "the rest is kept");
    try (Connection a = TenantSql.as("bondowoso")) {
      Map<String, String> photo =
          row(
              a,
              "SELECT f.width, p.status FROM photo f JOIN product p ON p.tenant_id = f.tenant_id"
                  + " AND p.id = f.product_id JOIN business b ON b.tenant_id = p.tenant_id"
                  + " AND b.id = p.business_id WHERE b.name = ?",
              good);
      assertNotNull(photo, "the photo, processed, with its product");
      assertEquals("SUBMITTED", photo.get("status"));
      assertNull(row(a, "SELECT id FROM business WHERE name = ?", bad), "nothing of the other");
    }
  }

  @Test
  void theHiddenFieldIsToldItWorkedButNothingIsWritten() throws Exception {
    Form form = form("bondowoso");
    String name = "Robot Uji " + suffix();
    Map<String, String> fields = valid(name);
    fields.put("situs_web", "https://spam.example");
    Thread.sleep(3_100);
    HttpResponse<String> sent = post("/bondowoso/daftar", form, fields);
    assertEquals(302, sent.statusCode());
    try (Connection a = TenantSql.as("bondowoso")) {
      assertNull(row(a, "SELECT id FROM business WHERE name = ?", name));
    }
  }

  @Test
  void aQuestionIsGoodOnceForItsOwnTenantAndNotAtOnce() throws Exception {
    Form ofB = form("situbondo");
    Form ofA = form("bondowoso");
    String fast = "Cepat Uji " + suffix();
    HttpResponse<String> atOnce = post("/bondowoso/daftar", ofA, valid(fast));
    assertEquals(400, atOnce.statusCode(), "sent before a person could have read it");
    assertTrue(atOnce.body().contains("terlalu cepat"), atOnce.body());
    Thread.sleep(3_100);
    String crossed = "Silang Uji " + suffix();
    HttpResponse<String> wrongTenant = post("/bondowoso/daftar", ofB, valid(crossed));
    assertEquals(400, wrongTenant.statusCode(), "B's question does not open A's form");
    String once = "Sekali Uji " + suffix();
    assertEquals(302, post("/bondowoso/daftar", ofA, valid(once)).statusCode());
    String again = "Lagi Uji " + suffix();
    assertEquals(400, post("/bondowoso/daftar", ofA, valid(again)).statusCode(), "used");
    try (Connection a = TenantSql.as("bondowoso")) {
      assertNull(row(a, "SELECT id FROM business WHERE name = ?", fast));
      assertNull(row(a, "SELECT id FROM business WHERE name = ?", crossed));
      assertNotNull(row(a, "SELECT id FROM business WHERE name = ?", once));
      assertNull(row(a, "SELECT id FROM business WHERE name = ?", again));
    }
  }

  @Test
  void oneAddressIsStoppedAfterItsAttemptsAndTheServerStaysUp() throws Exception {
    // Situbondo's form: the limits are per tenant and address, so A's tests keep theirs.
    Form form = form("situbondo");
    int status = 0;
    for (int i = 0; i < 25 && status != 429; i++) {
      status = post("/situbondo/daftar", form, valid("Banjir " + i), "0").statusCode();
    }
    assertEquals(429, status, "stopped after its attempts");
    HttpResponse<String> stopped = post("/situbondo/daftar", form, valid("Banjir akhir"), "0");
    assertEquals(429, stopped.statusCode());
    assertTrue(stopped.body().contains("id=\"registration-too-many\""), stopped.body());
    assertFalse(stopped.body().contains("name=\"token\""), "no form to fill");
    assertEquals(200, get("/situbondo/").statusCode(), "the site goes on");
    assertEquals(200, form("bondowoso").page().statusCode(), "and A's form too");
  }

  // --- helpers ------------------------------------------------------------------------------

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private static Map<String, String> valid(String name) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("nama_usaha", name);
    fields.put("nama_pemilik", "Siti Aminah");
    fields.put("deskripsi", "Batik tulis motif kopi");
    fields.put("kecamatan", "35.11.02");
    fields.put("alamat", "Jl. Raya Tamanan 12");
    fields.put("whatsapp", "0812-3456-7890");
    fields.put("email", "");
    return fields;
  }

  private Form form(String tenant) throws Exception {
    HttpResponse<String> page = get("/" + tenant + "/daftar");
    Matcher sum = SUM.matcher(page.body());
    Matcher token = TOKEN.matcher(page.body());
    assertTrue(sum.find() && token.find(), page.body());
    int answer = Integer.parseInt(sum.group(1)) + Integer.parseInt(sum.group(2));
    return new Form(Integer.toString(answer), token.group(1), page);
  }

  private HttpResponse<String> post(String path, Form form, Map<String, String> fields)
      throws Exception {
    return post(path, form, fields, form.answer());
  }

  private HttpResponse<String> post(
      String path, Form form, Map<String, String> fields, String answer) throws Exception {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("token", form.token());
    all.put("jawaban", answer);
    all.putIfAbsent("situs_web", "");
    String body =
        all.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return http.send(
        HttpRequest.newBuilder(URI.create(url(path)))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The form as a browser sends it with a file: multipart, the photo on the first product. */
  private HttpResponse<String> multipart(
      String path, Form form, Map<String, String> fields, byte[] photo) throws Exception {
    String boundary = "----etalase" + suffix();
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("token", form.token());
    all.put("jawaban", form.answer());
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    for (Map.Entry<String, String> e : all.entrySet()) {
      body.write(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + e.getKey()
                  + "\"\r\n\r\n"
                  + e.getValue()
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    body.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"produk1_foto\";"
                + " filename=\"foto.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(photo);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return http.send(
        HttpRequest.newBuilder(URI.create(url(path)))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String url(String path) {
    return base.toString().replaceAll("/$", "") + path;
  }

  /** The first row of a query with one text parameter (or none), by column label; null if none. */
  private static Map<String, String> row(Connection db, String sql, String... params)
      throws Exception {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setString(i + 1, params[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return null;
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (int c = 1; c <= r.getMetaData().getColumnCount(); c++) {
          row.put(r.getMetaData().getColumnLabel(c), r.getString(c));
        }
        return row;
      }
    }
  }
}
