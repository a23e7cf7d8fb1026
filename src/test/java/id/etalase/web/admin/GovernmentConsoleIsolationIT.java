package id.etalase.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.testing.ConsoleClient;
import id.etalase.testing.ConsoleClient.Page;
import id.etalase.testing.TenantSql;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The government console between two tenants, over HTTP: Situbondo's admin never lists, finds or
 * counts Bondowoso's audit entries or accounts, and forged posts that name Bondowoso's accounts
 * change nothing (checked in the database). A forged or stale view state answers the expired page
 * with 400, changing nothing. Situbondo's admin here is the test-only second admin of
 * src/test/tenants/situbondo/demo/accounts.yaml, so ConsoleLoginIT's first sign-in of
 * admin@situbondo is left to it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GovernmentConsoleIsolationIT {

  static final String PASSWORD = System.getenv("ETALASE_ACCOUNTS_INITIAL_PASSWORD");
  static final String ADMIN_A = "isolasi.admin@bondowoso.etalase.id";
  static final String ADMIN_B = "pengawas@situbondo.etalase.id";

  @ArquillianResource URL base;

  private ConsoleClient signIn(String tenant, String email) throws Exception {
    ConsoleClient client = new ConsoleClient(base, "10.4." + (int) (Math.random() * 250) + ".1");
    Page home = client.signInWithMfa("/" + tenant + "/konsol/masuk", email, PASSWORD);
    assertEquals("/" + tenant + "/admin/", home.path(), home.text());
    return client;
  }

  /** Invites an operator on a tenant's accounts page; the link is shown, not mailed. */
  private static void invite(ConsoleClient admin, String tenant, String email, String name)
      throws Exception {
    Page accounts = admin.get("/" + tenant + "/admin/akun");
    Page answer =
        admin.ajax(
            accounts,
            "invite",
            "invite:send",
            Map.of("email", email, "displayName", name, "role_input", "OPERATOR"));
    assertTrue(answer.body().contains("id=\"oneTimeLink\""), answer.text());
  }

  @Test
  void situbondosAdminNeverListsFindsOrCountsBondowososAccountsOrAuditEntries() throws Exception {
    long n = System.nanoTime() % 100000;
    String marker = "Rahasia Bondowoso " + n;
    String email = "rahasia." + n + "@bondowoso.etalase.id";
    ConsoleClient a = signIn("bondowoso", ADMIN_A);
    invite(a, "bondowoso", email, marker);
    // Bondowoso's admin finds it, by the same filter Situbondo's admin uses below: the filter
    // matches who acted and the name of the record (an account's e-mail).
    Page auditA = a.get("/bondowoso/admin/audit");
    Page foundA = a.ajax(auditA, "audit", "audit:text", Map.of("text", email));
    assertTrue(foundA.text().contains(email), foundA.body());
    assertEquals(1, total(foundA), foundA.text());
    Page byActor = a.ajax(auditA, "audit", "audit:text", Map.of("text", "Isolasi Admin"));
    assertTrue(total(byActor) >= 1, byActor.text());

    ConsoleClient b = signIn("situbondo", ADMIN_B);
    Page accounts = b.get("/situbondo/admin/akun");
    assertEquals(200, accounts.status());
    assertEquals(
        emails("situbondo"),
        new HashSet<>(accounts.findAll("data-account=\"([^\"]+)\"")),
        "exactly Situbondo's accounts");
    assertFalse(accounts.body().contains("bondowoso.etalase.id"), accounts.text());
    assertFalse(accounts.body().contains(marker));

    Page audit = b.get("/situbondo/admin/audit");
    assertFalse(audit.body().contains(marker));
    assertFalse(audit.body().contains("bondowoso.etalase.id"), audit.text());
    assertEquals(auditCount("situbondo"), total(audit), "the count is Situbondo's own");

    // Filtered by A's text, by A's e-mail domain, by record type and action: nothing of A's.
    for (Map<String, String> filter :
        List.of(
            Map.of("text", email),
            Map.of("text", "rahasia." + n),
            Map.of("text", "bondowoso"),
            Map.of("text", "Isolasi Admin"),
            Map.of("text", "rahasia", "type_input", "Account", "action_input", "INVITE"))) {
      Page found = b.ajax(audit, "audit", "audit:text", filter);
      assertEquals(200, found.status());
      assertTrue(found.text().contains("Tidak ada data yang cocok."), filter + found.text());
      assertEquals(0, total(found), filter.toString());
      // The text, not the markup: the filter field shows what was typed.
      assertFalse(found.text().contains("bondowoso.etalase.id"), found.text());
    }
    Page invites =
        b.ajax(audit, "audit", "audit:type", Map.of("type_input", "Account", "text", ""));
    assertEquals(auditCount("situbondo", "Account"), total(invites), invites.text());
    assertFalse(invites.body().contains("bondowoso.etalase.id"), invites.text());

    // The business list narrows the same way: B's own by name, with the paginator's total of
    // what matches, and none of A's.
    Page list = b.get("/situbondo/konsol/usaha/");
    Page own = b.ajax(list, "businesses", "businesses:text", Map.of("text", "Garam Krosok"));
    assertTrue(own.text().contains("Garam Krosok Mangaran"), own.text());
    assertEquals(1, total(own), own.text());
    Page foreign = b.ajax(list, "businesses", "businesses:text", Map.of("text", "Batik Sekar"));
    assertTrue(foreign.text().contains("Tidak ada data yang cocok."), foreign.text());
    assertFalse(foreign.text().contains("Batik Sekar Tamanan"), foreign.text());

    // A's console pages do not exist for B.
    assertEquals(404, b.get("/bondowoso/admin/akun").status());
    assertEquals(404, b.get("/bondowoso/admin/audit").status());
  }

  @Test
  void formPostsNamingBondowososAccountsOnSitubondosPagesChangeNothing() throws Exception {
    long n = System.nanoTime() % 100000;
    ConsoleClient a = signIn("bondowoso", ADMIN_A);
    invite(a, "bondowoso", "sasaran." + n + "@bondowoso.etalase.id", "Sasaran " + n);
    ConsoleClient b = signIn("situbondo", ADMIN_B);
    String control = "kontrol." + n + "@situbondo.etalase.id";
    invite(b, "situbondo", control, "Kontrol " + n);

    Page page = b.get("/situbondo/admin/akun");
    // The control: the very post this test forges, for B's own account in its own row, works.
    String toggle =
        page.find("id=\"(accounts:table:\\d+:toggle)\"[^>]*data-toggle=\"" + Pattern.quote(control))
            .orElseThrow(() -> new AssertionError(page.body()));
    Page disabled = b.post(page.path(), action(page, toggle, Map.of()));
    assertEquals(200, disabled.status(), disabled.body());
    assertFalse(enabled("situbondo", control), "the forged-post format works on B's own rows");

    List<String> before = accountsOf("bondowoso");
    long auditBefore = auditCount("bondowoso");
    List<Long> ids = idsOf("bondowoso");
    assertTrue(ids.size() >= 4, ids.toString());
    Page current = b.get("/situbondo/admin/akun");
    for (long id : ids) {
      String row = "accounts:table:" + id + ":";
      for (String button : List.of("toggle", "reset", "resetMfa")) {
        Page answer =
            b.post(
                current.path(),
                action(
                    current,
                    row + button,
                    Map.of(
                        "accounts:table_selection", String.valueOf(id),
                        "accounts:table_rowKey", String.valueOf(id))));
        assertEquals(200, answer.status(), answer.body());
        assertFalse(answer.body().contains("oneTimeLink"), "no reset link: " + answer.body());
      }
      Map<String, String> roleChange = new LinkedHashMap<>();
      roleChange.put(row + "role_input", "TENANT_ADMIN");
      roleChange.put("jakarta.faces.behavior.event", "valueChange"); // what the select sends
      roleChange.put("jakarta.faces.partial.event", "change");
      Page answer = b.post(current.path(), action(current, row + "role", roleChange));
      assertEquals(200, answer.status(), answer.body());
    }
    // And on A's own pages, B is nobody.
    Page onA = b.post("/bondowoso/admin/akun", action(current, toggle, Map.of()));
    assertEquals(404, onA.status());
    assertEquals(before, accountsOf("bondowoso"), "A's accounts as they were");
    assertEquals(auditBefore, auditCount("bondowoso"), "nothing done in A");
  }

  @Test
  void aForgedOrStaleViewStateAnswersTheExpiredPageAndChangesNothing() throws Exception {
    ConsoleClient b = signIn("situbondo", ADMIN_B);
    Page accounts = b.get("/situbondo/admin/akun");
    List<String> before = accountsOf("situbondo");
    long auditBefore = auditCount("situbondo");
    String email = "palsu." + System.nanoTime() % 100000 + "@situbondo.etalase.id";
    String real = ConsoleClient.viewState(accounts);
    List<String> forged =
        List.of(
            "stateless",
            "forged",
            real.substring(0, real.indexOf(':') + 1) + "123456789",
            "-123:-456",
            "");
    for (String state : forged) {
      Map<String, String> data = new LinkedHashMap<>();
      data.put("invite", "invite");
      data.put("invite:email", email);
      data.put("invite:displayName", "Undangan Palsu");
      data.put("invite:role_input", "TENANT_ADMIN");
      data.put("invite:send", "");
      data.put("jakarta.faces.ViewState", state);
      accounts.nonce().ifPresent(nonce -> data.put("primefaces.nonce", nonce));
      Page answer = b.post("/situbondo/admin/akun", data);
      assertEquals(400, answer.status(), "state \"" + state + "\": " + answer.text());
      assertTrue(answer.text().contains("Sesi telah berakhir"), answer.text());
      assertFalse(answer.text().contains("Terjadi gangguan"), answer.text());
      assertTrue(
          answer.body().contains("id=\"signInAgain\" href=\"/situbondo/konsol/masuk\""),
          answer.body());
      assertTrue(answer.text().contains("Masuk lagi"), answer.text());

      // The same as PrimeFaces' ajax post: the expired page in the partial response.
      data.put("jakarta.faces.partial.ajax", "true");
      data.put("jakarta.faces.source", "invite:send");
      data.put("jakarta.faces.partial.execute", "invite");
      data.put("jakarta.faces.partial.render", "@all");
      Page ajax = b.post("/situbondo/admin/akun", data);
      assertNotEquals(500, ajax.status(), ajax.body());
      assertTrue(ajax.body().contains("Sesi telah berakhir"), ajax.body());
      assertTrue(ajax.body().contains("/situbondo/konsol/masuk"), ajax.body());
    }
    assertEquals(before, accountsOf("situbondo"), "nobody invited");
    assertEquals(auditBefore, auditCount("situbondo"));

    // Signed out, on the login page, and on the platform console: the same page, its own login.
    ConsoleClient stranger = new ConsoleClient(base, "10.4.9.9");
    Page login =
        stranger.post(
            "/situbondo/konsol/masuk",
            Map.of("login", "login", "login:submit", "", "jakarta.faces.ViewState", "stateless"));
    assertEquals(400, login.status(), login.text());
    assertTrue(login.text().contains("Sesi telah berakhir"), login.text());
    Page platform =
        stranger.post(
            "/platform/masuk",
            Map.of("login", "login", "login:submit", "", "jakarta.faces.ViewState", "stateless"));
    assertEquals(400, platform.status(), platform.text());
    assertTrue(
        platform.body().contains("id=\"signInAgain\" href=\"/platform/masuk\""), platform.body());

    // The server is up, the session and its real view state still work.
    Page again = b.get("/situbondo/admin/akun");
    assertEquals(200, again.status());
    Page invited =
        b.ajax(
            accounts,
            "invite",
            "invite:send",
            Map.of("email", email, "displayName", "Undangan Asli", "role_input", "OPERATOR"));
    assertTrue(invited.body().contains("id=\"oneTimeLink\""), invited.text());
  }

  /** The form data of an ajax click on a button of the accounts table. */
  private static Map<String, String> action(Page page, String source, Map<String, String> extra) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("jakarta.faces.partial.ajax", "true");
    data.put("jakarta.faces.source", source);
    data.put("jakarta.faces.partial.execute", source);
    data.put("jakarta.faces.partial.render", "accounts link messages");
    data.put(source, source);
    data.put("accounts", "accounts");
    data.putAll(extra);
    data.put("jakarta.faces.ViewState", ConsoleClient.viewState(page));
    page.nonce().ifPresent(nonce -> data.put("primefaces.nonce", nonce));
    return data;
  }

  /** The total of the audit table's paginator, "1–25 / 31". */
  private static int total(Page page) {
    return Integer.parseInt(
        page.find("\\d+–\\d+ / (\\d+)")
            .orElseThrow(() -> new AssertionError("no page report in " + page.text())));
  }

  private static Connection tenant(String slug) throws Exception {
    return TenantSql.as(slug);
  }

  private static List<String> rows(String slug, String sql, String... parameters) throws Exception {
    try (Connection db = tenant(slug);
        PreparedStatement q = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        q.setString(i + 1, parameters[i]);
      }
      List<String> rows = new ArrayList<>();
      try (ResultSet r = q.executeQuery()) {
        int columns = r.getMetaData().getColumnCount();
        while (r.next()) {
          StringBuilder row = new StringBuilder();
          for (int c = 1; c <= columns; c++) {
            row.append(c > 1 ? " | " : "").append(r.getString(c));
          }
          rows.add(row.toString());
        }
      }
      db.commit();
      return rows;
    }
  }

  /** Every account of a tenant with what an admin could change, and its one-time links. */
  private static List<String> accountsOf(String slug) throws Exception {
    return rows(
        slug,
        "SELECT a.id, a.email, a.role, a.enabled, a.password_hash, a.totp_secret,"
            + " a.recovery_codes, a.version,"
            + " (SELECT count(*) FROM account_token t WHERE t.account_id = a.id)"
            + " FROM account a ORDER BY a.id");
  }

  private static List<Long> idsOf(String slug) throws Exception {
    return rows(slug, "SELECT id FROM account ORDER BY id").stream().map(Long::valueOf).toList();
  }

  private static Set<String> emails(String slug) throws Exception {
    return new HashSet<>(rows(slug, "SELECT email FROM account"));
  }

  private static boolean enabled(String slug, String email) throws Exception {
    return Boolean.parseBoolean(
        rows(slug, "SELECT enabled::text FROM account WHERE email = ?", email).get(0));
  }

  private static long auditCount(String slug) throws Exception {
    return Long.parseLong(rows(slug, "SELECT count(*) FROM audit_entry").get(0));
  }

  private static long auditCount(String slug, String recordType) throws Exception {
    return Long.parseLong(
        rows(slug, "SELECT count(*) FROM audit_entry WHERE record_type = ?", recordType).get(0));
  }
}
