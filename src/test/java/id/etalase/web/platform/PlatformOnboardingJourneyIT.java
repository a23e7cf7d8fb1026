package id.etalase.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.testing.ConsoleBrowser;
import id.etalase.testing.ConsoleClient;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Onboarding in headless Chromium, as people do it: the platform admin signs in with a password and
 * TOTP, puts a regency on the platform from its official code and invites its first admin; that
 * admin opens the link, chooses a password, enrols TOTP from the QR page, keeps the recovery codes
 * and invites an operator. No mail server: the links are shown on the page. Script typed into the
 * onboarding and invitation forms stays text. (ConsoleAccountsIT covers the same flow over HTTP.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformOnboardingJourneyIT {

  static final String PASSWORD = System.getenv("ETALASE_ACCOUNTS_INITIAL_PASSWORD");
  static final String PLATFORM_ADMIN = "platform@etalase.id";
  static final String XSS = "<img src=x onerror=alert(1)><script>alert(2)</script>";

  @ArquillianResource URL base;

  @Test
  void platformAdminOnboardsProbolinggoWhoseFirstAdminEnrolsAndInvitesAnOperator()
      throws Exception {
    String invitation;
    try (ConsoleBrowser platform = ConsoleBrowser.desktop(base)) {
      try {
        platform.signIn("/platform/masuk", PLATFORM_ADMIN, PASSWORD);
        assertEquals("/platform/", platform.path());
        assertTrue(
            platform.driver().findElements(By.cssSelector("a[data-tenant=probolinggo]")).isEmpty());

        platform.get("/platform/baru");
        // Probolinggo by its official code (35.09, Jember, is the suspended test tenant's); the
        // slug is suggested from the region data's name.
        platform.choose("tenant:regency", "35.13");
        platform.patient(20).until(d -> "probolinggo".equals(platform.value("tenant:slug")));
        platform.type("tenant:domain", "umkm.probolinggokab.go.id");
        platform.type("tenant:adminName", "Sari Wulandari");
        platform.type("tenant:adminEmail", "admin@probolinggo.etalase.id");
        platform.shot("platform-new-tenant");
        platform.click("tenant:create");
        invitation = platform.waitFor(By.id("invitationLink")).getText().strip();
        // Built from the configured public address, not from the browser's host.
        assertTrue(
            invitation.startsWith("https://etalase.test/probolinggo/konsol/undangan?t="),
            invitation);
        assertTrue(invitation.contains("/probolinggo/konsol/undangan?t="), invitation);
        assertTrue(platform.text("siteUrl").endsWith("/probolinggo/"), platform.text("siteUrl"));
        assertTrue(
            platform.source().contains("Kabupaten Probolinggo sudah aktif"),
            "the confirmation shown");

        // Live at once: the new regency's public site answers with its name.
        platform.get("/probolinggo/");
        assertTrue(platform.source().contains("Kabupaten Probolinggo"), "the public site is live");

        platform.get("/platform/");
        WebElement probolinggo = platform.waitFor(By.cssSelector("a[data-tenant=probolinggo]"));
        assertEquals("Kabupaten Probolinggo", probolinggo.getText().strip());
        assertEquals(
            "Aktif",
            platform
                .driver()
                .findElement(By.cssSelector("[data-status-of=probolinggo]"))
                .getText()
                .strip());
        // Published / all records of each kind: none yet for the new one, some for Bondowoso.
        assertEquals("0 / 0", counts(platform, "probolinggo", "Business"));
        assertEquals("0 / 0", counts(platform, "probolinggo", "Product"));
        assertTrue(
            counts(platform, "bondowoso", "Business").matches("[1-9]\\d* / [1-9]\\d*"),
            counts(platform, "bondowoso", "Business"));
        platform.shot("platform-tenants");
        platform.assertNoScriptRan();
      } catch (RuntimeException | AssertionError failure) {
        platform.evidence("platform-onboarding");
        throw failure;
      }
    }

    // The first admin, in a browser of their own, from the link alone.
    try (ConsoleBrowser admin = ConsoleBrowser.open(base)) {
      try {
        admin.get(invitation);
        assertEquals("Sari Wulandari", admin.text("holder"));
        admin.type("setPassword:password", "mangga arumanis dan anggur");
        admin.type("setPassword:repeat", "mangga arumanis dan anggur");
        admin.click("setPassword:submit");
        admin.patient(20).until(d -> admin.path().equals("/probolinggo/konsol/masuk?sandi=1"));
        assertTrue(admin.source().contains("Kata sandi tersimpan."));

        // A tenant admin must enrol TOTP at the first sign-in: the QR code and its secret.
        admin.type("login:email", "admin@probolinggo.etalase.id");
        admin.type("login:password", "mangga arumanis dan anggur");
        admin.click("login:submit");
        admin.patient(20).until(d -> admin.path().startsWith("/probolinggo/konsol/daftar-mfa"));
        String qr = admin.waitFor(By.id("qr")).getDomProperty("src");
        assertTrue(qr.startsWith("data:image/svg+xml;base64,"), qr);
        List<String> recovery = admin.enrol("admin@probolinggo.etalase.id");
        assertEquals(10, recovery.size(), "recovery codes shown once: " + recovery);
        assertEquals(10, recovery.stream().distinct().count());
        admin.patient(20).until(d -> admin.path().equals("/probolinggo/admin/"));

        // The operator's invitation, shown because the mail server (MailDeliveryIT's) is not
        // listening.
        admin.get("/probolinggo/admin/akun");
        admin.type("invite:email", "operator@probolinggo.etalase.id");
        admin.type("invite:displayName", "Bayu Operator");
        admin.click("invite:send");
        String link = admin.waitFor(By.id("oneTimeLink")).getText().strip();
        assertTrue(link.contains("/probolinggo/konsol/undangan?t="), link);
        assertTrue(admin.source().contains("tidak terkirim"), "the admin is told the mail failed");
        WebElement row =
            admin.waitFor(By.cssSelector("[data-account='operator@probolinggo.etalase.id']"));
        assertEquals("Bayu Operator", row.getText().strip());
        assertFalse(admin.source().contains("bondowoso.etalase.id"), "only Probolinggo's accounts");
        admin.assertNoScriptRan();

        // The operator's link works for the operator, in yet another browser.
        try (ConsoleBrowser operator = ConsoleBrowser.open(base)) {
          operator.get(link);
          assertEquals("Bayu Operator", operator.text("holder"));
        }
      } catch (RuntimeException | AssertionError failure) {
        admin.evidence("probolinggo-admin");
        throw failure;
      }
    }
  }

  @Test
  void scriptTypedIntoTheOnboardingAndInvitationFormsStaysText() throws Exception {
    String invitation;
    try (ConsoleBrowser platform = ConsoleBrowser.desktop(base)) {
      try {
        platform.signIn("/platform/masuk", PLATFORM_ADMIN, PASSWORD);
        platform.get("/platform/baru");
        platform.choose("tenant:regency", "35.08");
        platform.patient(20).until(d -> "lumajang".equals(platform.value("tenant:slug")));
        // Every text field at once: the slug, domain, colours and e-mail refuse it by their rules.
        platform.type("tenant:slug", XSS);
        platform.type("tenant:domain", XSS);
        platform.type("tenant:adminName", XSS);
        platform.type("tenant:adminEmail", XSS);
        // Last, as its colour picker opens over the fields below it.
        platform.type("tenant:primary", XSS);
        platform.click("tenant:create");
        platform.patient(20).until(d -> platform.errors().size() >= 3);
        List<String> refused = platform.errors();
        assertTrue(
            refused.contains(
                "Alamat singkat \""
                    + XSS
                    + "\" hanya boleh berisi huruf kecil, angka, dan tanda hubung (-)."),
            refused.toString());
        assertTrue(
            refused.contains("Domain \"" + XSS.toLowerCase() + "\" tidak valid."),
            refused.toString());
        assertTrue(
            refused.contains("Alamat surel \"" + XSS + "\" tidak valid."), refused.toString());
        // The colour picker itself drops what is no colour (the server would refuse it too).
        assertFalse(
            platform.value("tenant:primary").contains("<"), platform.value("tenant:primary"));
        assertTrue(platform.driver().findElements(By.id("invitationLink")).isEmpty());
        platform.assertNoScriptRan();
        assertEquals(
            404, new ConsoleClient(base, "10.7.0.1").get("/lumajang/").status(), "not created");

        // The admin's name may be anything; the rest made valid, it is saved as text.
        platform.type("tenant:slug", "lumajang");
        platform.type("tenant:domain", "");
        platform.type("tenant:adminEmail", "admin@lumajang.etalase.id");
        platform.click("tenant:create");
        invitation = platform.waitFor(By.id("invitationLink")).getText().strip();
        platform.assertNoScriptRan();
      } catch (RuntimeException | AssertionError failure) {
        platform.evidence("platform-xss");
        throw failure;
      }
    }

    try (ConsoleBrowser admin = ConsoleBrowser.open(base)) {
      try {
        admin.get(invitation);
        assertEquals(XSS, admin.text("holder"), "the greeting shows the name as typed");
        admin.assertNoScriptRan();
        admin.type("setPassword:password", "pisang agung dan kripik");
        admin.type("setPassword:repeat", "pisang agung dan kripik");
        admin.click("setPassword:submit");
        admin.patient(20).until(d -> admin.path().equals("/lumajang/konsol/masuk?sandi=1"));
        admin.signIn(
            "/lumajang/konsol/masuk", "admin@lumajang.etalase.id", "pisang agung dan kripik");
        assertEquals("/lumajang/admin/", admin.path());
        admin.assertNoScriptRan();

        // The invitation form: the e-mail refuses the text, the name keeps it.
        admin.get("/lumajang/admin/akun");
        admin.type("invite:email", XSS);
        admin.type("invite:displayName", XSS);
        admin.click("invite:send");
        admin.patient(20).until(d -> !admin.errors().isEmpty());
        assertTrue(
            admin.errors().contains("Alamat surel \"" + XSS + "\" tidak valid."),
            admin.errors().toString());
        assertTrue(admin.driver().findElements(By.id("oneTimeLink")).isEmpty(), "nothing sent");
        admin.assertNoScriptRan();

        admin.type("invite:email", "skrip@lumajang.etalase.id");
        admin.click("invite:send");
        admin.waitFor(By.id("oneTimeLink"));
        WebElement row =
            admin.waitFor(By.cssSelector("[data-account='skrip@lumajang.etalase.id']"));
        assertEquals(XSS, row.getText().strip());
        // The admin's own row (named by the platform admin) too.
        assertEquals(
            XSS,
            admin
                .driver()
                .findElement(By.cssSelector("[data-account='admin@lumajang.etalase.id']"))
                .getText()
                .strip());
        assertTrue(admin.source().contains("&lt;script&gt;alert(2)&lt;/script&gt;"));
        admin.assertNoScriptRan();

        // The audit log shows both names in its changes, as text.
        admin.get("/lumajang/admin/audit");
        admin.waitFor(By.cssSelector("[data-audit-action=INVITE]"));
        assertTrue(
            admin.driver().findElements(By.cssSelector(".audit-changes ins")).stream()
                .anyMatch(ins -> ins.getText().strip().equals(XSS)),
            "the invited name in the audit log");
        admin.assertNoScriptRan();

        admin.get("/lumajang/admin/");
        admin.assertNoScriptRan();
      } catch (RuntimeException | AssertionError failure) {
        admin.evidence("lumajang-admin-xss");
        throw failure;
      }
    }
  }

  /** The "published / all" counts of one kind of record in a tenant's row of the tenant list. */
  private static String counts(ConsoleBrowser platform, String slug, String type) {
    return platform
        .driver()
        .findElement(
            By.xpath("//tr[.//a[@data-tenant='" + slug + "']]//span[@data-counts='" + type + "']"))
        .getText()
        .strip();
  }
}
