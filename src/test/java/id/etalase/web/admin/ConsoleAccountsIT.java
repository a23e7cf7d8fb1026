package id.etalase.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.testing.ConsoleClient;
import id.etalase.testing.ConsoleClient.Page;
import id.etalase.testing.TenantSql;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The government console's accounts page over HTTP: invitations with one-time links that expire and
 * work once, password rules on accepting, disabling, and the borders between roles and tenants.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleAccountsIT {

  static final String PASSWORD = System.getenv("ETALASE_ACCOUNTS_INITIAL_PASSWORD");

  @ArquillianResource URL base;

  private ConsoleClient admin() throws Exception {
    ConsoleClient admin = new ConsoleClient(base, "10.1.0." + (int) (Math.random() * 250));
    Page in =
        admin.signInWithMfa("/bondowoso/konsol/masuk", "akun.admin@bondowoso.etalase.id", PASSWORD);
    assertEquals("/bondowoso/admin/", in.path(), in.text());
    return admin;
  }

  /**
   * Invites someone and returns the one-time link shown to the admin: the suite's mail server
   * listens only while MailDeliveryIT runs, so here the mail is refused and the admin told so.
   */
  private String invite(ConsoleClient admin, String email, String name, String role)
      throws Exception {
    Page accounts = admin.get("/bondowoso/admin/akun");
    Page answer =
        admin.ajax(
            accounts,
            "invite",
            "invite:send",
            Map.of("email", email, "displayName", name, "role_input", role));
    assertTrue(answer.text().contains("tidak terkirim"), answer.body());
    return answer.find("<code id=\"oneTimeLink\"[^>]*>([^<]+)</code>").orElseThrow();
  }

  /** The text of the accounts table's row of one account. */
  private static String row(Page accounts, String email) {
    String html =
        accounts
            .find(
                "(<tr[^>]*>(?:(?!</tr>).)*data-account=\""
                    + Pattern.quote(email)
                    + "\"(?:(?!</tr>).)*</tr>)")
            .orElseThrow(() -> new AssertionError("no row of " + email + " in " + accounts.text()));
    return html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
  }

  @Test
  void anInvitedOperatorChoosesAPasswordOnceAndSignsIn() throws Exception {
    ConsoleClient admin = admin();
    String email = "undangan." + System.nanoTime() % 100000 + "@bondowoso.etalase.id";
    String link = invite(admin, email, "Dimas Operator", "OPERATOR");
    // On Bondowoso's canonical domain (its folder's), built from configuration.
    assertTrue(link.startsWith("https://umkm.bondowosokab.go.id/konsol/undangan?t="), link);
    // The account exists, invited, without a password.
    assertTrue(row(admin.get("/bondowoso/admin/akun"), email).contains("Diundang"));

    ConsoleClient invitee = new ConsoleClient(base, "10.1.1.1");
    Page form = invitee.get(link);
    assertTrue(form.text().contains("Dimas Operator"), form.text());
    Page common =
        invitee.submit(
            form,
            "setPassword",
            "submit",
            Map.of("password", "password123", "repeat", "password123"));
    assertTrue(common.text().contains("paling sering ditebak"), common.text());
    Page differ =
        invitee.submit(
            common,
            "setPassword",
            "submit",
            Map.of("password", "teh poci di alun-alun", "repeat", "teh poci"));
    assertTrue(differ.text().contains("Kedua kata sandi tidak sama."), differ.text());
    Page done =
        invitee.submit(
            differ,
            "setPassword",
            "submit",
            Map.of("password", "teh poci di alun-alun", "repeat", "teh poci di alun-alun"));
    // The invitee stays on the domain of the link.
    assertEquals("umkm.bondowosokab.go.id", done.uri().getHost());
    assertEquals("/konsol/masuk?sandi=1", done.path());
    assertTrue(done.text().contains("Kata sandi tersimpan."), done.text());

    Page in = invitee.signIn("/bondowoso/konsol/masuk", email, "teh poci di alun-alun");
    assertEquals("/bondowoso/konsol/", in.path(), in.text());

    // The link worked once.
    Page again = new ConsoleClient(base, "10.1.1.2").get(link);
    assertTrue(again.text().contains("Tautan ini sudah tidak berlaku"), again.text());
  }

  @Test
  void anExpiredOrForeignLinkDoesNotWork() throws Exception {
    ConsoleClient admin = admin();
    String email = "kedaluwarsa." + System.nanoTime() % 100000 + "@bondowoso.etalase.id";
    String link = invite(admin, email, "Rina Terlambat", "OPERATOR");
    String token = link.substring(link.indexOf("t=") + 2);

    // Bondowoso's link means nothing under Situbondo, nor as a reset link.
    Page foreign = new ConsoleClient(base, "10.1.2.1").get("/situbondo/konsol/undangan?t=" + token);
    assertTrue(foreign.text().contains("Tautan ini sudah tidak berlaku"), foreign.text());
    Page wrongKind =
        new ConsoleClient(base, "10.1.2.1").get("/bondowoso/konsol/atur-sandi?t=" + token);
    assertTrue(wrongKind.text().contains("Tautan ini sudah tidak berlaku"), wrongKind.text());

    try (Connection db = TenantSql.as("bondowoso");
        PreparedStatement expire =
            db.prepareStatement(
                "UPDATE account_token SET expires_at = now() - interval '1 minute'"
                    + " WHERE token_hash = ?")) {
      expire.setString(
          1,
          HexFormat.of()
              .formatHex(
                  MessageDigest.getInstance("SHA-256")
                      .digest(token.getBytes(StandardCharsets.UTF_8))));
      assertEquals(1, expire.executeUpdate());
      db.commit();
    }
    Page expired = new ConsoleClient(base, "10.1.2.2").get(link);
    assertTrue(expired.text().contains("Tautan ini sudah tidak berlaku"), expired.text());
  }

  @Test
  void adminDisablesAccountsOfItsOwnTenantOnly() throws Exception {
    ConsoleClient admin = admin();
    String email = "nonaktif." + System.nanoTime() % 100000 + "@bondowoso.etalase.id";
    String link = invite(admin, email, "Yoga Sementara", "OPERATOR");
    ConsoleClient worker = new ConsoleClient(base, "10.1.3.1");
    Page form = worker.get(link);
    worker.submit(
        form,
        "setPassword",
        "submit",
        Map.of("password", "sate klopo ujung", "repeat", "sate klopo ujung"));
    assertEquals(
        "/bondowoso/konsol/",
        worker.signIn("/bondowoso/konsol/masuk", email, "sate klopo ujung").path());

    // An operator cannot reach the accounts page.
    assertEquals(403, worker.get("/bondowoso/admin/akun").status());

    // Disable: the next login is refused, as if the password were wrong.
    Page accounts = admin.get("/bondowoso/admin/akun");
    String toggle =
        accounts
            .find("id=\"([^\"]+)\"[^>]*data-toggle=\"" + Pattern.quote(email) + "\"")
            .orElseThrow(() -> new AssertionError(accounts.body()));
    admin.ajax(accounts, "accounts", toggle, Map.of());
    Page refused =
        new ConsoleClient(base, "10.1.3.2")
            .signIn("/bondowoso/konsol/masuk", email, "sate klopo ujung");
    assertTrue(refused.text().contains("Surel atau kata sandi salah."), refused.text());
    assertTrue(row(admin.get("/bondowoso/admin/akun"), email).contains("Nonaktif"));

    // Bondowoso's admin is nobody in Situbondo's government console.
    assertEquals(404, admin.get("/situbondo/admin/akun").status());
    assertEquals(404, admin.get("/situbondo/admin/").status());
  }

  @Test
  void aPlatformAdminOnboardsARegencyWhoseFirstAdminEnrolsAndInvitesAnOperator() throws Exception {
    ConsoleClient platform = new ConsoleClient(base, "10.1.4.1");
    Page home = platform.signInWithMfa("/platform/masuk", "platform@etalase.id", PASSWORD);
    assertEquals("/platform/", home.path(), home.text());
    Page form = platform.get("/platform/baru");

    // Refused, with every problem named: a regency that has a directory, a taken slug, no name.
    Page refused =
        platform.ajax(
            form,
            "tenant",
            "tenant:create",
            Map.of(
                "regency_input", "35.12",
                "slug", "bondowoso",
                "adminEmail", "bukan-surel",
                "adminName", ""));
    assertTrue(
        refused.text().contains("Kabupaten Situbondo sudah punya direktori"), refused.text());
    assertTrue(refused.text().contains("sudah dipakai daerah lain"), refused.text());
    assertTrue(
        refused.text().contains("Alamat surel \"bukan-surel\" tidak valid."), refused.text());
    assertEquals(404, new ConsoleClient(base, "10.1.4.2").get("/bondowoso-baru/").status());

    Page created =
        platform.ajax(
            form,
            "tenant",
            "tenant:create",
            Map.of(
                "regency_input", "35.10",
                "slug", "banyuwangi",
                "domain", "umkm.banyuwangikab.go.id",
                "adminEmail", "admin@banyuwangi.etalase.id",
                "adminName", "Dewi Banyuwangi"));
    String link =
        created
            .find("id=\"invitationLink\"[^>]*>([^<]+)<")
            .orElseThrow(() -> new AssertionError(created.text()));
    ConsoleClient visitor = new ConsoleClient(base, "10.1.4.3");
    Page site = visitor.get("/banyuwangi/");
    assertEquals(200, site.status());
    assertTrue(site.text().contains("Kabupaten Banyuwangi"), site.text());

    // The first admin accepts, chooses a password, enrols TOTP and invites an operator.
    ConsoleClient firstAdmin = new ConsoleClient(base, "10.1.4.4");
    Page accept = firstAdmin.get(link);
    firstAdmin.submit(
        accept,
        "setPassword",
        "submit",
        Map.of("password", "gandrung di blambangan", "repeat", "gandrung di blambangan"));
    Page adminHome =
        firstAdmin.signInWithMfa(
            "/banyuwangi/konsol/masuk", "admin@banyuwangi.etalase.id", "gandrung di blambangan");
    assertEquals("/banyuwangi/admin/", adminHome.path(), adminHome.text());
    Page accounts = firstAdmin.get("/banyuwangi/admin/akun");
    Page invited =
        firstAdmin.ajax(
            accounts,
            "invite",
            "invite:send",
            Map.of(
                "email", "operator@banyuwangi.etalase.id",
                "displayName", "Operator Banyuwangi",
                "role_input", "OPERATOR"));
    assertTrue(
        invited
            .find("id=\"oneTimeLink\"[^>]*>([^<]+)<")
            .orElseThrow()
            .contains("/banyuwangi/konsol/undangan?t="));
    // Banyuwangi's admin sees only Banyuwangi's accounts.
    Page list = firstAdmin.get("/banyuwangi/admin/akun");
    assertTrue(list.body().contains("data-account=\"operator@banyuwangi.etalase.id\""));
    assertTrue(!list.body().contains("bondowoso.etalase.id"), "another tenant's accounts");
  }
}
