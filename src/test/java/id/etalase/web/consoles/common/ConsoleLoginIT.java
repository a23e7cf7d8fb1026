package id.etalase.web.consoles.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.account.Totp;
import id.etalase.testing.ConsoleClient;
import id.etalase.testing.ConsoleClient.Page;
import id.etalase.testing.TenantSql;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signing in to the three consoles over HTTP, as a browser does it: passwords, MFA enrolment and
 * codes, recovery codes, throttling, session cookies, sign-out, and the borders between tenants and
 * between consoles. Demo accounts have the test password from the failsafe configuration.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleLoginIT {

  static final String PASSWORD = System.getenv("ETALASE_ACCOUNTS_INITIAL_PASSWORD");

  @ArquillianResource URL base;

  private ConsoleClient client() {
    return new ConsoleClient(
        base, "10.0." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250));
  }

  @Test
  void operatorSignsInWithPasswordOnlyAndGetsANewSessionId() throws Exception {
    ConsoleClient browser = client();
    Page login = browser.get("/bondowoso/konsol/");
    assertEquals("/bondowoso/konsol/masuk?lanjut=%2Fbondowoso%2Fkonsol%2F", login.path());
    String before = browser.cookie("JSESSIONID").orElseThrow();

    Page dashboard =
        browser.submit(
            login,
            "login",
            "submit",
            Map.of("email", "Operator@Bondowoso.etalase.id ", "password", PASSWORD));
    assertEquals("/bondowoso/konsol/", dashboard.path());
    assertTrue(dashboard.text().contains("Selamat datang, Agus Prasetyo"), dashboard.text());
    assertNotEquals(before, browser.cookie("JSESSIONID").orElseThrow(), "a new id at login");
    assertEquals("no-store", dashboard.headers().firstValue("Cache-Control").orElse(""));
    // The counts of the tenant's own catalog, by status.
    assertTrue(dashboard.body().contains("data-type=\"Business\""), dashboard.body());
  }

  @Test
  void consoleResponsesCarryOneStrictPolicyAndHardenedCookies() throws Exception {
    ConsoleClient browser = client();
    Page login = browser.get("/bondowoso/konsol/masuk");
    List<String> policies = login.headers().allValues("Content-Security-Policy");
    assertEquals(1, policies.size(), policies.toString());
    String policy = policies.get(0);
    assertTrue(policy.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=]+';?$"), policy);
    assertFalse(policy.contains("unsafe-inline';") && policy.contains("script-src 'unsafe"));
    assertFalse(policy.replaceAll("style-src[^;]*;", "").contains("unsafe-inline"), policy);
    assertTrue(login.headers().firstValue("Server").isEmpty(), "server name hidden");
    assertTrue(login.headers().firstValue("X-Powered-By").isEmpty());
    String cookie =
        login.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow();
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.contains("SameSite=Lax"), cookie);
    // No inline script runs without the nonce: every script tag of the page carries it.
    String nonce = login.nonce().orElseThrow();
    for (String tag : login.findAll("(<script[^>]*>)")) {
      assertTrue(tag.contains("nonce=\"" + nonce + "\""), tag);
    }
  }

  @Test
  void wrongPasswordsAreRefusedWithoutSayingWhichPartWasWrong() throws Exception {
    ConsoleClient browser = client();
    Page refused =
        browser.signIn(
            "/bondowoso/konsol/masuk", "operator@bondowoso.etalase.id", "salah-sandi-123");
    assertEquals("/bondowoso/konsol/masuk", refused.path());
    assertTrue(refused.text().contains("Surel atau kata sandi salah."), refused.text());
    Page unknown =
        browser.signIn("/bondowoso/konsol/masuk", "tidak.ada@bondowoso.etalase.id", PASSWORD);
    assertTrue(unknown.text().contains("Surel atau kata sandi salah."), unknown.text());
    Page english =
        browser.signIn(
            "/bondowoso/konsol/masuk?lang=en", "operator@bondowoso.etalase.id", "wrong-one-123");
    assertTrue(english.text().contains("Wrong e-mail or password."), english.text());
    Page empty = browser.signIn("/bondowoso/konsol/masuk?lang=id", "", "");
    assertTrue(empty.text().contains("Isi alamat surel Anda."), empty.text());
    assertTrue(empty.text().contains("Isi kata sandi Anda."), empty.text());
  }

  @Test
  void anotherTenantsConsoleDoesNotExistForASignedInUser() throws Exception {
    ConsoleClient browser = client();
    Page dashboard =
        browser.signIn("/bondowoso/konsol/masuk", "operator@bondowoso.etalase.id", PASSWORD);
    assertEquals(200, dashboard.status());
    assertEquals(404, browser.get("/situbondo/konsol/").status());
    assertEquals(404, browser.get("/situbondo/konsol/masuk-tidak-ada").status());
    assertEquals(404, browser.get("/platform/").status());
    assertEquals(403, browser.get("/bondowoso/admin/").status(), "an operator is no admin");
    // Bondowoso's e-mail and password mean nothing on Situbondo's login page.
    Page elsewhere =
        client().signIn("/situbondo/konsol/masuk", "operator@bondowoso.etalase.id", PASSWORD);
    assertTrue(elsewhere.text().contains("Surel atau kata sandi salah."), elsewhere.text());
    // Nor on the platform's.
    Page platform = client().signIn("/platform/masuk", "operator@bondowoso.etalase.id", PASSWORD);
    assertTrue(platform.text().contains("Surel atau kata sandi salah."), platform.text());
  }

  @Test
  void tenantAdminEnrolsMfaAtFirstLoginThenNeedsACodeAndEachRecoveryCodeWorksOnce()
      throws Exception {
    forgetMfa("situbondo", "admin@situbondo.etalase.id");
    ConsoleClient browser = client();
    Page enrol = browser.signIn("/situbondo/admin/", "admin@situbondo.etalase.id", PASSWORD);
    assertEquals("/situbondo/konsol/daftar-mfa?lanjut=%2Fsitubondo%2Fadmin%2F", enrol.path());
    assertTrue(enrol.body().contains("src=\"data:image/svg+xml;base64,"), "the QR code");
    String secret = enrol.find("<code id=\"secret\">([^<]+)</code>").orElseThrow().replace(" ", "");
    ConsoleClient.remember("admin@situbondo.etalase.id", secret);
    assertTrue(
        browser.get("/situbondo/admin/").path().startsWith("/situbondo/konsol/masuk"),
        "not signed in before enrolment is done");

    Page wrong = browser.submit(enrol, "enrol", "submit", Map.of("value", "000000"));
    assertTrue(wrong.text().contains("Kode tidak cocok"), wrong.text());
    Page codes =
        browser.submit(wrong, "enrol", "submit", Map.of("value", Totp.code(secret, Instant.now())));
    List<String> recovery = codes.findAll("<li><code>([a-z0-9-]+)</code></li>");
    assertEquals(10, recovery.size(), codes.text());
    String home = codes.find("id=\"continue\"[^>]*href=\"([^\"]+)\"").orElseThrow();
    Page admin = browser.get(home);
    assertEquals("/situbondo/admin/", admin.path());
    assertEquals(200, admin.status());

    signOut(browser, admin);
    assertTrue(browser.get("/situbondo/admin/").path().startsWith("/situbondo/konsol/masuk"));

    // From now on the password is not enough: the code page comes next.
    ConsoleClient again = client();
    Page code = again.signIn("/situbondo/konsol/masuk", "admin@situbondo.etalase.id", PASSWORD);
    assertEquals("/situbondo/konsol/kode", code.path());
    assertEquals(302, again.get("/situbondo/admin/").hops().get(0), "not signed in before a code");
    Page replay =
        again.submit(
            again.get("/situbondo/konsol/kode"),
            "code",
            "submit",
            Map.of("value", Totp.code(secret, Instant.now())));
    assertTrue(
        replay.text().contains("Kode tidak cocok"), "the enrolment code again: " + replay.text());
    Instant next = Instant.now().plusSeconds(30);
    Page in = again.submit(replay, "code", "submit", Map.of("value", Totp.code(secret, next)));
    // Later sign-ins of this run (other classes on this server) must take a later step.
    ConsoleClient.used("admin@situbondo.etalase.id", next);
    assertEquals("/situbondo/admin/", in.path(), in.text());
    signOut(again, in);

    // A recovery code instead of a TOTP code, once.
    ConsoleClient lostPhone = client();
    Page viaRecovery =
        lostPhone.submit(
            lostPhone.signIn("/situbondo/konsol/masuk", "admin@situbondo.etalase.id", PASSWORD),
            "code",
            "submit",
            Map.of("value", recovery.get(3).toUpperCase()));
    assertEquals("/situbondo/admin/", viaRecovery.path(), viaRecovery.text());
    signOut(lostPhone, viaRecovery);
    Page usedUp =
        lostPhone.submit(
            lostPhone.signIn("/situbondo/konsol/masuk", "admin@situbondo.etalase.id", PASSWORD),
            "code",
            "submit",
            Map.of("value", recovery.get(3)));
    assertTrue(usedUp.text().contains("Kode tidak cocok"), usedUp.text());
  }

  @Test
  void codePagesWithoutAPasswordStepSendBackToTheLogin() throws Exception {
    ConsoleClient stranger = client();
    assertEquals("/bondowoso/konsol/masuk", stranger.get("/bondowoso/konsol/kode").path());
    assertEquals("/bondowoso/konsol/masuk", stranger.get("/bondowoso/konsol/daftar-mfa").path());
    assertEquals("/platform/masuk", stranger.get("/platform/kode").path());
  }

  @Test
  void signingOutEndsTheSessionAndAForgedPostChangesNothing() throws Exception {
    ConsoleClient browser = client();
    Page dashboard =
        browser.signIn("/bondowoso/konsol/masuk", "operator@bondowoso.etalase.id", PASSWORD);
    String session = browser.cookie("JSESSIONID").orElseThrow();
    // A post without this session's view state (another site's form) signs nobody out.
    Page forged =
        browser.post(
            "/bondowoso/konsol/",
            Map.of(
                "account",
                "account",
                "account:signOut",
                "",
                "jakarta.faces.ViewState",
                "stateless"));
    assertNotEquals(200, forged.status(), forged.text());
    // The expired page (whose text mentions signing out), not the login page after a sign-out.
    assertEquals(400, forged.status(), forged.text());
    assertTrue(forged.body().contains("data-status=\"expired\""), forged.text());
    assertFalse(forged.path().contains("/masuk"), forged.path());
    assertEquals(200, browser.get("/bondowoso/konsol/").status(), "still signed in");

    Page out = signOut(browser, browser.get("/bondowoso/konsol/"));
    assertTrue(out.text().contains("Anda telah keluar."), out.text());
    Page after = browser.get("/bondowoso/konsol/");
    assertTrue(after.path().startsWith("/bondowoso/konsol/masuk"), after.path());
    // The old session id is dead, even if an attacker kept it.
    ConsoleClient thief = client();
    Page stolen =
        thief.post(
            "/bondowoso/konsol/",
            Map.of("jakarta.faces.ViewState", ConsoleClient.viewState(dashboard)));
    assertTrue(stolen.path().startsWith("/bondowoso/konsol/masuk"), stolen.path() + session);
  }

  @Test
  void failedLoginsSlowAnAccountDownWithGrowingDelaysAndEveryAttemptIsRecorded() throws Exception {
    ConsoleClient attacker = client();
    String email = "operator@situbondo.etalase.id";
    for (int i = 0; i < 4; i++) {
      Page refused = attacker.signIn("/situbondo/konsol/masuk", email, "tebakan-" + i + "-xyz");
      assertTrue(
          refused.text().contains("Surel atau kata sandi salah."), i + ": " + refused.text());
    }
    // After the fourth failure the account waits two seconds, even for the right password, and
    // from any address.
    Page throttled = client().signIn("/situbondo/konsol/masuk", email, PASSWORD);
    assertTrue(
        throttled
            .text()
            .matches(".*Terlalu banyak percobaan yang gagal\\. Coba lagi dalam [12] detik\\..*"),
        throttled.text());
    Thread.sleep(2_100);
    Page in = client().signIn("/situbondo/konsol/masuk", email, PASSWORD);
    assertEquals("/situbondo/konsol/", in.path(), in.text());

    List<String> outcomes = new ArrayList<>();
    try (Connection db = appConnection();
        PreparedStatement q =
            db.prepareStatement(
                "SELECT outcome, address FROM login_record WHERE email = ? ORDER BY id")) {
      q.setString(1, email);
      try (ResultSet rows = q.executeQuery()) {
        while (rows.next()) {
          outcomes.add(rows.getString(1));
        }
      }
    }
    assertEquals(
        List.of(
            "BAD_PASSWORD", "BAD_PASSWORD", "BAD_PASSWORD", "BAD_PASSWORD", "THROTTLED", "SUCCESS"),
        outcomes.subList(outcomes.size() - 6, outcomes.size()));
  }

  @Test
  void oneAddressGuessingManyAccountsIsSlowedDownOtherAddressesAreNot() throws Exception {
    ConsoleClient sprayer = client();
    for (int i = 0; i < 21; i++) {
      sprayer.signIn(
          "/bondowoso/konsol/masuk", "korban" + i + "@bondowoso.etalase.id", "Rahasia-" + i);
    }
    Page slowed =
        sprayer.signIn("/bondowoso/konsol/masuk", "pemilik@bondowoso.etalase.id", PASSWORD);
    assertTrue(slowed.text().contains("Terlalu banyak percobaan"), slowed.text());
    Page owner =
        client().signIn("/bondowoso/konsol/masuk", "pemilik@bondowoso.etalase.id", PASSWORD);
    assertEquals("/bondowoso/konsol/", owner.path(), "the real user elsewhere is not locked out");
  }

  @Test
  void theApplicationRoleCannotChangeOrDeleteLoginRecordsOrAuditEntries() throws Exception {
    try (Connection db = appConnection();
        Statement sql = db.createStatement()) {
      for (String statement :
          List.of(
              "UPDATE login_record SET outcome = 'SUCCESS'",
              "DELETE FROM login_record",
              "UPDATE audit_entry SET action = 'x'",
              "DELETE FROM audit_entry",
              "TRUNCATE audit_entry")) {
        SQLException refused = assertThrows(SQLException.class, () -> sql.execute(statement));
        assertEquals("42501", refused.getSQLState(), statement);
      }
    }
  }

  @Test
  void platformConsoleNeedsAPlatformAdminWithMfa() throws Exception {
    ConsoleClient browser = client();
    assertEquals("/platform/masuk?lanjut=%2Fplatform%2F", browser.get("/platform/").path());
    Page platform = browser.signInWithMfa("/platform/masuk", "platform@etalase.id", PASSWORD);
    assertEquals("/platform/", platform.path(), platform.text());
    assertTrue(platform.text().contains("Selamat datang, Platform admin"), platform.text());
    // The tenant list with sizes; resuming and suspending a tenant opens and closes its site.
    assertTrue(platform.body().contains("data-tenant=\"bondowoso\""), platform.body());
    assertTrue(
        platform.body().contains("data-status-of=\"ditangguhkan\">Ditangguhkan"), platform.body());
    String resume = platform.find("id=\"([^\"]+)\"[^>]*data-resume=\"ditangguhkan\"").orElseThrow();
    Page resumed = browser.ajax(platform, "tenants", resume, Map.of());
    assertTrue(resumed.text().contains("Daerah ditangguhkan aktif kembali."), resumed.body());
    assertEquals(200, client().get("/ditangguhkan/").status());
    Page listed = browser.get("/platform/");
    String suspend = listed.find("id=\"([^\"]+)\"[^>]*data-suspend=\"ditangguhkan\"").orElseThrow();
    browser.ajax(listed, "tenants", suspend, Map.of());
    assertEquals(503, client().get("/ditangguhkan/").status());

    // A platform admin is nobody in a tenant's console.
    assertEquals(404, browser.get("/platform/masuk.xhtml").status(), "views only by their routes");
    Page tenantConsole = browser.get("/bondowoso/konsol/");
    assertEquals(404, tenantConsole.status(), tenantConsole.path() + " " + tenantConsole.hops());
    assertEquals(404, browser.get("/bondowoso/admin/").status());
  }

  private static Page signOut(ConsoleClient browser, Page page) throws Exception {
    return browser.submit(page, "account", "signOut", Map.of());
  }

  /**
   * The demo admin's first login is what this test is about; other test classes sharing the
   * database may have enrolled it already, so its MFA is cleared first, as an admin's reset would.
   */
  private static void forgetMfa(String tenant, String email) throws Exception {
    try (Connection db = TenantSql.as(tenant)) {
      try (PreparedStatement reset =
          db.prepareStatement(
              "UPDATE account SET totp_secret = NULL, totp_last_step = NULL, recovery_codes = NULL"
                  + " WHERE email = ?")) {
        reset.setString(1, email);
        reset.executeUpdate();
      }
      db.commit();
    }
  }

  static Connection appConnection() throws SQLException {
    return DriverManager.getConnection(
        System.getenv("ETALASE_DB_URL"),
        System.getenv("ETALASE_DB_USER"),
        System.getenv("ETALASE_DB_PASSWORD"));
  }

  static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
