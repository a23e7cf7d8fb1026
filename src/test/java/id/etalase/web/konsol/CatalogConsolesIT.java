package id.etalase.web.konsol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.testing.ConsoleClient;
import id.etalase.testing.ConsoleClient.Page;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The operator console's clusters, categories and product list, the government's featured products,
 * and business owners' changes that wait for approval: over HTTP as the browser posts them, with
 * hostile input, and with another tenant's operators trying to reach them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogConsolesIT {

  static final String PASSWORD = System.getenv("ETALASE_ACCOUNTS_INITIAL_PASSWORD");
  static final String XSS = "<img src=x onerror=alert(1)><script>alert(2)</script>";
  static final String A_OPERATOR = "operator@bondowoso.etalase.id";
  static final String A_ADMIN = "katalog.admin@bondowoso.etalase.id";
  static final String A_OWNER = "pemilik@bondowoso.etalase.id";
  static final String B_OPERATOR = "operator@situbondo.etalase.id";
  // An admin of Situbondo that only this class signs in with: ConsoleLoginIT resets and re-enrols
  // admin@situbondo, whose used TOTP steps this class cannot know.
  static final String B_ADMIN = "katalog.admin@situbondo.etalase.id";

  @ArquillianResource URL base;

  private ConsoleClient signedIn(String tenant, String email) throws Exception {
    ConsoleClient client = new ConsoleClient(base, "10.7." + (email.hashCode() & 0xff) + ".9");
    Page home =
        email.contains("admin@")
            ? client.signInWithMfa("/" + tenant + "/konsol/masuk", email, PASSWORD)
            : client.signIn("/" + tenant + "/konsol/masuk", email, PASSWORD);
    assertTrue(home.path().matches("/" + tenant + "/(konsol|admin)/"), home.path());
    return client;
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 6);
  }

  private static long redirectedId(Page answer) {
    return Long.parseLong(
        answer
            .find("<redirect url=\"[^\"]*\\?id=(\\d+)\"")
            .orElseThrow(() -> new AssertionError("No redirect: " + answer.body())));
  }

  /** The client id of the button that carries a data attribute with the given value. */
  private static String button(Page page, String attribute, String value) {
    return page.find(
            "<button id=\"([^\"]+)\"[^>]*"
                + attribute
                + "=\""
                + java.util.regex.Pattern.quote(value))
        .orElseThrow(
            () -> new AssertionError("No " + attribute + "=" + value + " on " + page.path()));
  }

  @Test
  void anOperatorCreatesAClusterWithEveryFieldBadInputIsExplainedAndOtherTenantsCannotReachIt()
      throws Exception {
    ConsoleClient operator = signedIn("bondowoso", A_OPERATOR);
    String name = "Sentra Uji " + unique();
    Page form = operator.get("/bondowoso/konsol/sentra/ubah");
    assertEquals(200, form.status());
    assertTrue(form.body().contains("data-location-map=\"true\""), "the map picker is there");

    Map<String, String> bad = new LinkedHashMap<>();
    bad.put("name", name);
    bad.put("contactPhone", "12345");
    bad.put("latitude", "123.5");
    bad.put("longitude", "abc");
    Page refused = operator.ajax(form, "cluster", "cluster:save", bad);
    assertTrue(refused.text().contains("Koordinat harus angka desimal"), refused.text());
    assertFalse(refused.body().contains("<redirect"), "nothing was created");
    assertFalse(operator.get("/bondowoso/konsol/sentra/").body().contains(name));

    Map<String, String> good = new LinkedHashMap<>();
    good.put("name", name);
    good.put("description", "Deskripsi " + XSS);
    good.put("district_input", "35.11.05");
    good.put("latitude", "-7.98");
    good.put("longitude", "113.79");
    good.put("openingHours", "Senin–Sabtu 08.00–16.00");
    good.put("activities", "Membatik bersama perajin");
    good.put("visitorPrices", "Gratis; kelas membatik Rp50.000");
    good.put("directions", "30 menit dari alun-alun");
    good.put("contactName", "Bu Sri " + XSS);
    good.put("contactPhone", "0812-3456-7890");
    Page created = operator.ajax(form, "cluster", "cluster:save", good);
    long id = redirectedId(created);

    Page edit = operator.get("/bondowoso/konsol/sentra/ubah?id=" + id);
    assertEquals(200, edit.status());
    assertTrue(edit.body().contains("Bu Sri &lt;img src=x onerror=alert(1)&gt;"), "typed text");
    assertFalse(edit.body().contains("<img src=x onerror"), "never markup");
    assertTrue(edit.body().contains("+6281234567890"), "the phone number is normalised");
    assertTrue(operator.get("/bondowoso/konsol/sentra/").body().contains(name));

    ConsoleClient other = signedIn("situbondo", B_OPERATOR);
    assertEquals(404, other.get("/situbondo/konsol/sentra/ubah?id=" + id).status());
    assertFalse(other.get("/situbondo/konsol/sentra/").body().contains(name));
    assertEquals(404, other.get("/bondowoso/konsol/sentra/ubah?id=" + id).status());
  }

  @Test
  void categoriesAreAddedRenamedAndRemovedOnlyWhenUnusedAndStayInTheirTenant() throws Exception {
    ConsoleClient operator = signedIn("bondowoso", A_OPERATOR);
    String name = "Kategori Uji " + unique();
    Page page = operator.get("/bondowoso/konsol/kategori");
    assertEquals(200, page.status());

    Page refused =
        operator.ajax(page, "category", "category:save", Map.of("name", " ", "position", "-4"));
    assertTrue(refused.text().contains("Wajib diisi"), refused.text());

    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", name + " " + XSS);
    fields.put("nameEn", "Test category");
    fields.put("position", "900");
    Page saved = operator.ajax(page, "category", "category:save", fields);
    assertTrue(saved.text().contains("Perubahan tersimpan"), saved.text());
    Page list = operator.get("/bondowoso/konsol/kategori");
    assertTrue(list.body().contains(name + " &lt;img src=x"), "listed, as text");
    assertFalse(list.body().contains("<img src=x onerror"));

    // One still used by products stays, with the reason.
    Page inUse =
        operator.ajax(list, "categories", button(list, "data-delete", "batik-fesyen"), Map.of());
    assertTrue(inUse.text().contains("masih dipakai produk"), inUse.text());
    assertTrue(
        operator
            .get("/bondowoso/konsol/kategori")
            .body()
            .contains("data-category=\"batik-fesyen\""));

    ConsoleClient other = signedIn("situbondo", B_OPERATOR);
    assertFalse(other.get("/situbondo/konsol/kategori").body().contains(name));

    String slug =
        list.find("data-category=\"([^\"]+)\">" + java.util.regex.Pattern.quote(name))
            .orElseThrow();
    Page gone = operator.ajax(list, "categories", button(list, "data-delete", slug), Map.of());
    assertTrue(gone.text().contains("Kategori dihapus"), gone.text());
    assertFalse(operator.get("/bondowoso/konsol/kategori").body().contains(name));
  }

  @Test
  void adminsFeatureProductsFromTheListOperatorsCannotAndOtherTenantsDoNotSeeThem()
      throws Exception {
    ConsoleClient operator = signedIn("bondowoso", A_OPERATOR);
    Page operatorList = operator.get("/bondowoso/konsol/produk/");
    assertEquals(200, operatorList.status());
    assertTrue(operatorList.body().contains("data-product=\"keranjang-anyaman-bambu\""));
    assertFalse(operatorList.body().contains("data-feature="), "operators have no star buttons");
    Page found =
        operator.ajaxForm(operatorList, "products", "products:text", Map.of("text", "anyaman"));
    assertTrue(found.body().contains("data-product=\"keranjang-anyaman-bambu\""), found.body());
    assertFalse(found.body().contains("data-product=\"tape-singkong-bondowoso\""), "filtered");

    ConsoleClient admin = signedIn("bondowoso", A_ADMIN);
    Page list = admin.get("/bondowoso/konsol/produk/");
    assertTrue(
        list.find("(data-feature=\"keranjang-anyaman-bambu\"[^>]*aria-pressed=\"false\")")
            .isPresent(),
        "not featured before");
    Page starred =
        admin.ajax(
            list, "products", button(list, "data-feature", "keranjang-anyaman-bambu"), Map.of());
    assertTrue(starred.text().contains("Produk menjadi unggulan"), starred.text());
    Page featured = admin.get("/bondowoso/admin/unggulan");
    assertTrue(
        featured.body().contains("data-product=\"keranjang-anyaman-bambu\""), featured.text());

    ConsoleClient otherAdmin = signedIn("situbondo", B_ADMIN);
    Page otherFeatured = otherAdmin.get("/situbondo/admin/unggulan");
    assertEquals(200, otherFeatured.status());
    assertFalse(otherFeatured.body().contains("keranjang-anyaman-bambu"));
    Page otherList = otherAdmin.get("/situbondo/konsol/produk/");
    assertFalse(otherList.body().contains("keranjang-anyaman"));
    Page otherFound =
        otherAdmin.ajaxForm(otherList, "products", "products:text", Map.of("text", "anyaman"));
    assertFalse(otherFound.body().contains("keranjang-anyaman"), "not found by text either");
    assertTrue(otherFound.body().contains("0 / 0") || otherFound.body().contains("Tidak ada data"));
    assertEquals(404, otherAdmin.get("/bondowoso/admin/unggulan").status());
    assertEquals(403, operator.get("/bondowoso/admin/unggulan").status());

    Page removed =
        admin.ajax(
            featured,
            "featured",
            button(featured, "data-unfeature", "keranjang-anyaman-bambu"),
            Map.of());
    assertTrue(removed.text().contains("tidak lagi unggulan"), removed.text());
    assertFalse(admin.get("/bondowoso/admin/unggulan").body().contains("keranjang-anyaman-bambu"));
  }

  @Test
  void anOwnersEditOfAPublishedBusinessWaitsFieldByFieldUntilAnOperatorApprovesIt()
      throws Exception {
    ConsoleClient owner = signedIn("bondowoso", A_OWNER);
    Page own = owner.get("/bondowoso/konsol/usaha/");
    String id =
        own.find("konsol/usaha/ubah\\?id=(\\d+)\" data-business=\"batik-sekar-tamanan\"")
            .orElseThrow(() -> new AssertionError(own.text()));
    Page form = owner.get("/bondowoso/konsol/usaha/ubah?id=" + id);
    assertEquals(200, form.status());

    Page invalid = owner.ajaxForm(form, "business", "business:save", Map.of("whatsapp", "12345"));
    assertTrue(invalid.text().contains("nomor ponsel Indonesia"), invalid.text());
    assertFalse(invalid.body().contains("data-field="), "nothing waits");

    String address = "Jl. Raya Tamanan No. " + unique();
    Page sent = owner.ajaxForm(form, "business", "business:save", Map.of("streetAddress", address));
    assertTrue(sent.text().contains("menunggu persetujuan operator"), sent.text());
    assertTrue(sent.body().contains("data-field=\"streetAddress\""), sent.body());
    assertFalse(sent.body().contains("pending:approve"), "owners cannot approve");
    assertFalse(
        publicPage().contains(address), "visitors keep seeing the published version meanwhile");

    ConsoleClient other = signedIn("situbondo", B_OPERATOR);
    assertFalse(other.get("/situbondo/konsol/").body().contains("Batik Sekar Tamanan"));
    assertEquals(404, other.get("/situbondo/konsol/usaha/ubah?id=" + id).status());

    ConsoleClient operator = signedIn("bondowoso", A_OPERATOR);
    assertTrue(operator.get("/bondowoso/konsol/").body().contains("Batik Sekar Tamanan"));
    Page review = operator.get("/bondowoso/konsol/usaha/ubah?id=" + id);
    assertTrue(review.body().contains("data-field=\"streetAddress\""), review.text());
    assertTrue(review.body().contains(address));
    Page noReason = operator.ajax(review, "pending", "pending:reject", Map.of("changeReason", ""));
    assertTrue(noReason.text().contains("Wajib diisi"), noReason.text());
    Page approved = operator.ajax(review, "pending", "pending:approve", Map.of());
    assertTrue(approved.text().contains("Perubahan disetujui"), approved.text());
    assertTrue(publicPage().contains(address), "the approved change is live");
    assertFalse(
        operator.get("/bondowoso/konsol/usaha/ubah?id=" + id).body().contains("data-field="));

    // A second proposal is rejected with a reason: the published version stays.
    Page again = owner.get("/bondowoso/konsol/usaha/ubah?id=" + id);
    owner.ajaxForm(again, "business", "business:save", Map.of("streetAddress", address + " B"));
    Page second = operator.get("/bondowoso/konsol/usaha/ubah?id=" + id);
    Page rejected =
        operator.ajax(
            second, "pending", "pending:reject", Map.of("changeReason", "Alamat belum jelas"));
    assertTrue(rejected.text().contains("Perubahan ditolak"), rejected.text());
    assertFalse(publicPage().contains(address + " B"));
    assertTrue(publicPage().contains(address));
  }

  @Test
  void anOwnersEditOfAPublishedProductWaitsTooAndCannotFeatureIt() throws Exception {
    ConsoleClient owner = signedIn("bondowoso", A_OWNER);
    Page business = owner.get("/bondowoso/konsol/usaha/");
    String businessId =
        business
            .find("konsol/usaha/ubah\\?id=(\\d+)\" data-business=\"batik-sekar-tamanan\"")
            .orElseThrow();
    Page products = owner.get("/bondowoso/konsol/usaha/ubah?id=" + businessId);
    String id =
        products
            .find("konsol/produk/ubah\\?id=(\\d+)\">Batik Tulis Motif Daun Kopi")
            .orElseThrow(() -> new AssertionError(products.text()));
    Page form = owner.get("/bondowoso/konsol/produk/ubah?id=" + id);
    assertFalse(form.body().contains("product:featured"), "featuring is the government's");

    String unit = "lembar " + unique();
    Page sent =
        owner.ajaxForm(
            form, "product", "product:save", Map.of("unit", unit, "featured_input", "on"));
    assertTrue(sent.text().contains("menunggu persetujuan operator"), sent.text());
    assertTrue(sent.body().contains("data-field=\"unit\""), sent.body());
    assertFalse(sent.body().contains("data-field=\"featured\""), "no forged featured flag");
    String product = "/bondowoso/produk/batik-tulis-motif-kopi";
    assertFalse(new ConsoleClient(base, "10.7.200.2").get(product).body().contains(unit));

    ConsoleClient operator = signedIn("bondowoso", A_OPERATOR);
    Page review = operator.get("/bondowoso/konsol/produk/ubah?id=" + id);
    Page approved = operator.ajax(review, "pending", "pending:approve", Map.of());
    assertTrue(approved.text().contains("Perubahan disetujui"), approved.text());
    assertTrue(new ConsoleClient(base, "10.7.200.3").get(product).body().contains(unit));
  }

  private String publicPage() throws Exception {
    return new ConsoleClient(base, "10.7.200.1").get("/bondowoso/usaha/batik-sekar-tamanan").body();
  }
}
