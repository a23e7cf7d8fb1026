package id.etalase.web.konsol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.testing.ConsoleClient;
import id.etalase.testing.ConsoleClient.Page;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A business owner reaches their own business and products only, whatever ids they post; an edit
 * page's record is fixed when it opens; an owner's photos of a published record wait for approval;
 * and a session ends as soon as its account is disabled, given another role, or has its password or
 * MFA reset. Signs in only with the {@code sesi.*} accounts of the test fixtures.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OwnershipAndSessionsIT {

  static final String PASSWORD = System.getenv("ETALASE_ACCOUNTS_INITIAL_PASSWORD");
  static final String A = "/bondowoso";
  static final String BONDOWOSO = "(SELECT id FROM tenant WHERE slug = 'bondowoso')";
  static final String OWNER = "sesi.pemilik@bondowoso.etalase.id";
  static final String ADMIN = "sesi.admin@bondowoso.etalase.id";

  @ArquillianResource URL base;

  @Test
  void anOwnersPostNamingAnotherProductChangesOnlyTheirOwn() throws Exception {
    ConsoleClient owner = signIn("10.30.0.1", OWNER);
    long victim = productOf("batik-sekar-tamanan");
    String victimBefore = productRow(victim);

    // A draft of their own, so the owner's save writes at once, with no approval in between.
    Page form = owner.get(A + "/konsol/produk/ubah?usaha=" + businessId(OWN_BUSINESS));
    assertEquals(200, form.status(), form.text());
    String slug = "kopi-uji-" + UUID.randomUUID().toString().substring(0, 6);
    Page created =
        owner.ajaxForm(
            form,
            "product",
            "product:save",
            Map.of("name", "Kopi Uji", "slug", slug, "priceMin", "1000"));
    long own =
        Long.parseLong(
            created
                .find("<redirect url=\"[^\"]*\\?id=(\\d+)\"")
                .orElseThrow(() -> new AssertionError(created.body())));

    // The tampered postback: the form of their own product, with the victim's id added.
    Page page = owner.get(A + "/konsol/produk/ubah?id=" + own);
    Map<String, String> post = formFields(page, "product");
    post.put("product:name", "Diambil Alih");
    post.put("product:save", "");
    post.put("id", String.valueOf(victim));
    owner.post(page.path(), post);
    Map<String, String> ajax = new LinkedHashMap<>(post);
    ajax.put("jakarta.faces.partial.ajax", "true");
    ajax.put("jakarta.faces.source", "product:save");
    ajax.put("jakarta.faces.partial.execute", "product");
    owner.post(A + "/konsol/produk/ubah?id=" + victim, ajax);

    assertEquals(victimBefore, productRow(victim), "the other business's product is untouched");
    assertTrue(productRow(own).startsWith("Diambil Alih|"), productRow(own));
    assertEquals(404, owner.get(A + "/konsol/produk/ubah?id=" + victim).status());
  }

  @Test
  void anOwnersPostNamingAnotherBusinessChangesNothingOfIt() throws Exception {
    ConsoleClient owner = signIn("10.30.0.2", OWNER);
    long victim = businessId("batik-sekar-tamanan");
    String victimBefore = businessRow(victim);

    Page page = owner.get(A + "/konsol/usaha/ubah?id=" + businessId(OWN_BUSINESS));
    assertEquals(200, page.status(), page.text());
    Map<String, String> post = formFields(page, "business");
    post.put("business:name", "Diambil Alih");
    post.put("business:save", "");
    post.put("id", String.valueOf(victim));
    owner.post(page.path(), post);

    assertEquals(victimBefore, businessRow(victim), "the other business is untouched");
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM pending_change WHERE record_type = 'Business' AND record_id = "
                + victim));
    // Their own, published business: the edit waits for approval, under its own id.
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM pending_change WHERE record_type = 'Business' AND record_id = "
                + businessId(OWN_BUSINESS)));
    assertEquals(404, owner.get(A + "/konsol/usaha/ubah?id=" + victim).status());
  }

  @Test
  void editPagesAnswer404ForIdsThatAreNotTheirsOrNotNumbers() throws Exception {
    ConsoleClient owner = signIn("10.30.0.3", OWNER);
    ConsoleClient admin = signIn("10.30.0.4", ADMIN);
    for (String id : List.of("abc", "-1", "0", "1e3", "99999999999", "1%20OR%201=1", "")) {
      for (String page : List.of("produk", "usaha", "sentra")) {
        String url = A + "/konsol/" + page + "/ubah?id=" + id;
        // Without an id: a new business or cluster; a new product needs its business.
        int expected = id.isEmpty() && !page.equals("produk") ? 200 : 404;
        assertEquals(expected, admin.get(url).status(), url);
      }
      assertEquals(
          404, owner.get(A + "/konsol/produk/ubah?id=" + id).status(), "owner, product " + id);
    }
    assertEquals(404, admin.get(A + "/konsol/produk/ubah?usaha=abc").status());
  }

  @Test
  void anOwnersPhotosOfAPublishedRecordWaitForAnOperator() throws Exception {
    ConsoleClient owner = signIn("10.30.0.5", OWNER);
    ConsoleClient admin = signIn("10.30.0.6", ADMIN);
    String slug = "kopi-arabika-ijen-250g";
    long product =
        count(
            "SELECT id FROM product WHERE tenant_id = " + BONDOWOSO + " AND slug = '" + slug + "'");
    assertEquals(
        "PUBLISHED",
        text("SELECT status FROM product WHERE id = " + product),
        "the demo product is published");

    // A photo staff added first: visible at once.
    Page staffPage = admin.get(A + "/konsol/produk/ubah?id=" + product);
    admin.upload(staffPage, "photos", "upload", "staf.png", "image/png", png(Color.ORANGE));
    assertEquals(0, count("SELECT count(*) FROM photo WHERE pending AND product_id = " + product));

    Page page = owner.get(A + "/konsol/produk/ubah?id=" + product);
    Page uploaded =
        owner.upload(page, "photos", "upload", "foto.png", "image/png", png(Color.MAGENTA));
    assertEquals(200, uploaded.status(), uploaded.body());
    long waiting = count("SELECT count(*) FROM photo WHERE pending AND product_id = " + product);
    assertEquals(1, waiting, uploaded.body());
    String hash =
        text(
            "SELECT hash FROM photo WHERE pending AND product_id = "
                + product
                + " ORDER BY id DESC LIMIT 1");
    assertFalse(new ConsoleClient(base, null).get(A + "/produk/" + slug).body().contains(hash));

    // Their order and primary photo of the published product are the operators' too.
    Page again = owner.get(A + "/konsol/produk/ubah?id=" + product);
    String later =
        again
            .find("<button id=\"([^\"]+)\"[^>]*title=\"Geser ke kanan\"")
            .orElseThrow(() -> new AssertionError(again.body()));
    String orderBefore = photoOrder(product);
    Page refused = click(owner, again, "photos", later);
    assertTrue(refused.text().contains("diubah oleh operator"), refused.text());
    assertEquals(orderBefore, photoOrder(product));

    // An operator approves it; then visitors see it.
    Page review = admin.get(A + "/konsol/produk/ubah?id=" + product);
    String approve =
        review
            .find("<button id=\"([^\"]+)\"[^>]*title=\"Setujui foto ini\"")
            .orElseThrow(() -> new AssertionError(review.body()));
    click(admin, review, "photos", approve);
    assertEquals(0, count("SELECT count(*) FROM photo WHERE pending AND product_id = " + product));
    assertTrue(new ConsoleClient(base, null).get(A + "/produk/" + slug).body().contains(hash));
  }

  @Test
  void aSessionEndsWhenItsAccountIsDisabledReRoledOrHasItsPasswordOrMfaReset() throws Exception {
    ConsoleClient admin = signIn("10.30.0.7", ADMIN);
    record Change(String email, String button) {}
    for (Change change :
        List.of(
            new Change("sesi.nonaktif@bondowoso.etalase.id", "data-toggle"),
            new Change("sesi.peran@bondowoso.etalase.id", "role"),
            new Change("sesi.sandi@bondowoso.etalase.id", "data-reset"),
            new Change("sesi.mfa@bondowoso.etalase.id", "data-reset-mfa"))) {
      ConsoleClient user = signIn("10.30.1." + change.email().length(), change.email());
      String home = change.email().startsWith("sesi.mfa") ? A + "/admin/" : A + "/konsol/";
      Page open = user.get(home);
      assertEquals(home, open.path(), change.email() + " works before the change");

      Page accounts = admin.get(A + "/admin/akun");
      if (change.button().equals("role")) {
        String row =
            accounts
                .find("id=\"([^\"]+)\"[^>]*data-role-of=\"" + Pattern.quote(change.email()) + "\"")
                .orElseThrow(() -> new AssertionError(accounts.body()))
                .replaceFirst("_input$", ""); // the attribute may sit on the hidden select
        Map<String, String> data = new LinkedHashMap<>();
        data.put("jakarta.faces.partial.ajax", "true");
        data.put("jakarta.faces.source", row);
        data.put("jakarta.faces.partial.execute", row);
        data.put("jakarta.faces.behavior.event", "valueChange"); // the select's default event
        data.put("jakarta.faces.partial.event", "change");
        data.put("accounts", "accounts");
        data.put(row + "_input", "TENANT_ADMIN");
        data.put("jakarta.faces.ViewState", ConsoleClient.viewState(accounts));
        accounts.nonce().ifPresent(n -> data.put("primefaces.nonce", n));
        Page changed = admin.post(accounts.path(), data);
        assertEquals(
            "TENANT_ADMIN",
            text("SELECT role FROM account WHERE email = '" + change.email() + "'"),
            "role changed: " + row + " " + changed.body());
      } else {
        String button =
            accounts
                .find(
                    "id=\"([^\"]+)\"[^>]*"
                        + change.button()
                        + "=\""
                        + Pattern.quote(change.email())
                        + "\"")
                .orElseThrow(() -> new AssertionError(change + ": " + accounts.body()));
        admin.ajax(accounts, "accounts", button, Map.of());
      }

      long auditBefore = count("SELECT count(*) FROM audit_entry");
      Page after = user.get(home);
      assertTrue(
          after.path().startsWith(A + "/konsol/masuk"), change + " ends the session: " + after);
      // The old session's postbacks are refused too, and change nothing.
      Map<String, String> post = new LinkedHashMap<>();
      post.put("business", "business");
      post.put("business:save", "");
      post.put("jakarta.faces.ViewState", ConsoleClient.viewState(open));
      Page refused = user.post(A + "/konsol/usaha/ubah?id=" + businessId(OWN_BUSINESS), post);
      assertFalse(refused.status() == 200 && refused.hops().isEmpty(), refused.path());
      assertEquals(auditBefore, count("SELECT count(*) FROM audit_entry"), change.toString());
    }
  }

  static final String OWN_BUSINESS = "kopi-lereng-ijen-sumberwringin";

  private ConsoleClient signIn(String address, String email) throws Exception {
    ConsoleClient client = new ConsoleClient(base, address);
    Page home =
        email.startsWith("sesi.admin") || email.startsWith("sesi.mfa")
            ? client.signInWithMfa(A + "/konsol/masuk", email, PASSWORD)
            : client.signIn(A + "/konsol/masuk", email, PASSWORD);
    assertTrue(home.path().matches(A + "/(konsol|admin)/"), email + ": " + home.path());
    return client;
  }

  /** Every field of a form with its value on the page, and its id, view state and nonce. */
  private static Map<String, String> formFields(Page page, String formId) {
    Map<String, String> fields = new LinkedHashMap<>(ConsoleClient.formFields(page, formId));
    fields.put(formId, formId);
    fields.put("jakarta.faces.ViewState", ConsoleClient.viewState(page));
    page.nonce().ifPresent(n -> fields.put("primefaces.nonce", n));
    return fields;
  }

  private static long productOf(String business) throws SQLException {
    return count(
        "SELECT p.id FROM product p JOIN business b ON b.tenant_id = p.tenant_id"
            + " AND b.id = p.business_id WHERE b.tenant_id = "
            + BONDOWOSO
            + " AND b.slug = '"
            + business
            + "' ORDER BY p.id LIMIT 1");
  }

  private static long businessId(String slug) throws SQLException {
    return count(
        "SELECT id FROM business WHERE tenant_id = " + BONDOWOSO + " AND slug = '" + slug + "'");
  }

  private static String productRow(long id) throws SQLException {
    return text(
        "SELECT name || '|' || business_id || '|' || status || '|' || featured FROM product"
            + " WHERE id = "
            + id);
  }

  private static String businessRow(long id) throws SQLException {
    return text(
        "SELECT name || '|' || status || '|' || coalesce(phone, '') || '|' || updated_at"
            + " FROM business WHERE id = "
            + id);
  }

  private static String photoOrder(long product) throws SQLException {
    return text(
        "SELECT string_agg(id || ':' || position || ':' || is_primary, ',' ORDER BY id)"
            + " FROM photo WHERE product_id = "
            + product);
  }

  /** A command button with {@code process="@this"}, as PrimeFaces posts it. */
  private static Page click(ConsoleClient client, Page page, String formId, String button)
      throws Exception {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("jakarta.faces.partial.ajax", "true");
    data.put("jakarta.faces.source", button);
    data.put("jakarta.faces.partial.execute", button);
    data.put("jakarta.faces.partial.render", "@form messages");
    data.put(button, button);
    data.put(formId, formId);
    data.put("jakarta.faces.ViewState", ConsoleClient.viewState(page));
    page.nonce().ifPresent(n -> data.put("primefaces.nonce", n));
    return client.post(page.path(), data);
  }

  private static byte[] png(Color colour) throws Exception {
    BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0x12, 0x3c, 0x35));
    g.fillRect(0, 0, 400, 300);
    g.setColor(colour);
    g.fillOval(100, 50, 200, 200);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  static long count(String query) throws SQLException {
    return Long.parseLong(text(query));
  }

  /** One value from the database, read past row-level security as the test's admin role. */
  static String text(String query) throws SQLException {
    try (Connection db =
            DriverManager.getConnection(
                System.getenv("ETALASE_DB_URL"),
                System.getenv("ETALASE_TEST_DB_ADMIN_USER"),
                System.getenv("ETALASE_TEST_DB_ADMIN_PASSWORD"));
        Statement sql = db.createStatement();
        ResultSet row = sql.executeQuery(query)) {
      assertTrue(row.next(), query);
      return row.getString(1);
    }
  }
}
