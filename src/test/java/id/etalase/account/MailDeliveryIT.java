package id.etalase.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.access.ConsoleUser;
import id.etalase.access.Role;
import id.etalase.business.BusinessData;
import id.etalase.business.BusinessData.CertificationData;
import id.etalase.business.BusinessService;
import id.etalase.business.CertificationKind;
import id.etalase.catalog.Availability;
import id.etalase.catalog.ProductData;
import id.etalase.catalog.ProductRepository;
import id.etalase.catalog.ProductService;
import id.etalase.curation.PublicationStatus;
import id.etalase.insight.DigestSender;
import id.etalase.ordering.OrderPlacing;
import id.etalase.ordering.OrderRequest;
import id.etalase.ordering.OrderService;
import id.etalase.ordering.OrderStatus;
import id.etalase.tenant.TenantDirectory;
import id.etalase.tenant.TenantSnapshot;
import id.etalase.tenant.TenantWork;
import id.etalase.testing.Actors;
import id.etalase.testing.ConsoleClient;
import id.etalase.testing.ConsoleClient.Page;
import id.etalase.testing.TestSmtp;
import id.etalase.testing.TestSmtp.Received;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The e-mails delivered to a real submission server ({@link TestSmtp}: STARTTLS required, then
 * AUTH), as the suite's server is configured to send them (see the failsafe settings in the POM): a
 * new order to the business and a receipt with the private status link to the buyer, each status
 * step to both, the compliance digest to each of the tenant's admins and no one else, an invitation
 * mailed instead of shown. A server with a certificate the configured authority did not sign gets
 * neither the login nor a message, and the order stands. The mail server listens only while a test
 * of this class runs; for every other class, sending fails at once.
 */
@ExtendWith(ArquillianExtension.class)
class MailDeliveryIT {

  static final String SHOP = "uji-surat-toko";
  static final String KAIN = "uji-surat-kain";
  static final String SHOP_MAIL = "toko@uji-surat.etalase.test";
  static final String BUYER_MAIL = "pembeli@uji-surat.etalase.test";
  static final String ADMIN = "surat.admin@bondowoso.etalase.id";
  static final String PASSWORD = System.getenv("ETALASE_ACCOUNTS_INITIAL_PASSWORD");

  @Inject TenantDirectory directory;
  @Inject TenantWork work;
  @Inject OrderPlacing placing;
  @Inject OrderService orders;
  @Inject BusinessService businessService;
  @Inject ProductService productService;
  @Inject ProductRepository products;
  @Inject DigestSender digest;
  @Inject AccountMail mail;
  @Inject AccountRepository accounts;

  @ArquillianResource URL base;

  @Test
  void anOrderReachesTheBusinessTheBuyerGetsAReceiptAndBothHearOfEachStep() {
    try (TestSmtp smtp = TestSmtp.start(port(), TestSmtp.TRUSTED)) {
      shop(PublicationStatus.PUBLISHED, List.of());
      OrderPlacing.Placed placed = place("10.16.0.1");

      Received toShop = only(smtp.to(SHOP_MAIL, 1, TestSmtp.PATIENCE));
      assertEquals(
          "Pesanan baru " + placed.reference() + " untuk Uji Surat Toko", toShop.subject());
      assertTrue(toShop.text().contains("Pemesan: Pembeli Surat (+6281377"), toShop.text());
      assertTrue(toShop.text().contains("2 x Kain Uji Surat @ 85000"), toShop.text());
      assertTrue(toShop.text().contains("Total: Rp170.000"), toShop.text());
      assertFalse(toShop.text().contains(placed.token()), "the buyer's link is the buyer's alone");
      assertEquals("no-reply@etalase.test", toShop.from());

      Received receipt = only(smtp.to(BUYER_MAIL, 1, TestSmtp.PATIENCE));
      assertEquals(
          "Pesanan " + placed.reference() + " di Uji Surat Toko diterima", receipt.subject());
      assertTrue(receipt.text().contains("Terima kasih, Pembeli Surat."), receipt.text());
      assertTrue(
          receipt.text().strip().endsWith("/pesanan/" + placed.token()),
          "the receipt links the private status page: " + receipt.text());

      ConsoleUser operator = Actors.operator(a());
      as(() -> orders.move(operator, placed.id(), OrderStatus.CONFIRMED, null));
      as(() -> orders.move(operator, placed.id(), OrderStatus.CANCELLED, "Stok kain <b>habis</b>"));
      for (String to : List.of(SHOP_MAIL, BUYER_MAIL)) {
        List<Received> got = smtp.to(to, 3, TestSmtp.PATIENCE);
        assertEquals(3, got.size(), to + ": " + got);
        List<String> subjects = got.stream().skip(1).map(Received::subject).sorted().toList();
        assertEquals(
            List.of(
                "Pesanan " + placed.reference() + " di Uji Surat Toko: Dibatalkan",
                "Pesanan " + placed.reference() + " di Uji Surat Toko: Dikonfirmasi"),
            subjects);
        Received cancelled =
            got.stream().filter(r -> r.subject().endsWith("Dibatalkan")).findFirst().orElseThrow();
        assertTrue(cancelled.text().contains("Stok kain <b>habis</b>"), cancelled.text());
      }
      assertTrue(
          smtp.logins().stream().allMatch(TestSmtp.USER::equals),
          "every message came after AUTH as the configured user: " + smtp.logins());
    } finally {
      shop(PublicationStatus.ARCHIVED, List.of());
    }
  }

  @Test
  void theComplianceDigestReachesEachAdminOfItsTenantAndNobodyElse() {
    // A day of its own, far off: the scheduler may claim today's digest while the suite runs.
    LocalDate day = LocalDate.of(2090, 1, 1).plusDays(System.nanoTime() % 20_000);
    String halal = "HALAL-SURAT-" + day;
    try (TestSmtp smtp = TestSmtp.start(port(), TestSmtp.TRUSTED)) {
      shop(
          PublicationStatus.PUBLISHED,
          List.of(new CertificationData(CertificationKind.HALAL, halal, day.plusDays(10))));
      DigestSender.Digest due = as(() -> digest.claim(day));
      assertEquals(DigestSender.Outcome.DUE, due.outcome());
      assertTrue(due.to().contains(ADMIN), due.to().toString());
      assertEquals(
          as(
              () ->
                  accounts.findAll().stream()
                      .filter(x -> x.getRole() == Role.TENANT_ADMIN && x.isEnabled())
                      .map(Account::getEmail)
                      .sorted()
                      .toList()),
          due.to().stream().sorted().toList(),
          "exactly A's enabled admins");
      assertFalse(due.to().contains("admin@situbondo.etalase.id"), "never B's admin");
      assertEquals(due.to().size(), digest.send(due));

      // Only this digest: the scheduler may mail today's while the server listens.
      Received toAdmin =
          only(
              smtp.await(
                  r -> r.to().equals(ADMIN) && r.text().contains(halal), 1, TestSmtp.PATIENCE));
      assertTrue(toAdmin.subject().endsWith(" - Kabupaten Bondowoso"), toAdmin.subject());
      assertTrue(toAdmin.text().contains(halal), toAdmin.text());
      assertTrue(toAdmin.text().contains("Uji Surat Toko"), toAdmin.text());
      assertTrue(toAdmin.text().contains("/admin/sertifikat"), toAdmin.text());
      List<String> reached =
          smtp.received().stream().filter(r -> r.text().contains(halal)).map(Received::to).toList();
      assertEquals(due.to().stream().sorted().toList(), reached.stream().sorted().toList());
    } finally {
      shop(PublicationStatus.ARCHIVED, List.of());
    }
  }

  @Test
  void aServerWithACertificateTheAuthorityDidNotSignGetsNothingAndTheOrderStands() {
    try (TestSmtp stranger = TestSmtp.start(port(), TestSmtp.STRANGER)) {
      assertFalse(mail.send(ADMIN, "Uji", "https://etalase.test/konsol/undangan?t=rahasia"));
      shop(PublicationStatus.PUBLISHED, List.of());
      OrderPlacing.Placed placed = place("10.16.0.2");
      assertTrue(
          as(() -> orders.find(Actors.operator(a()), placed.id())).isPresent(),
          "a mail that cannot go never undoes the order");
      // The order's mails go in the background: give them time to try.
      assertEquals(List.of(), stranger.to(SHOP_MAIL, 1, Duration.ofSeconds(3)));
      assertEquals(List.of(), stranger.received());
      assertEquals(List.of(), stranger.logins(), "no password sent to the stranger");
    } finally {
      shop(PublicationStatus.ARCHIVED, List.of());
    }
  }

  @Test
  @RunAsClient
  void anInvitationIsMailedAndItsLinkIsNotShownToTheAdmin() throws Exception {
    try (TestSmtp smtp = TestSmtp.start(port(), TestSmtp.TRUSTED)) {
      ConsoleClient admin = new ConsoleClient(base, "10.16.1." + (int) (Math.random() * 250));
      Page in = admin.signInWithMfa("/bondowoso/konsol/masuk", ADMIN, PASSWORD);
      assertEquals("/bondowoso/admin/", in.path(), in.text());
      String email = "surat." + System.nanoTime() % 100_000 + "@bondowoso.etalase.id";
      Page answer =
          admin.ajax(
              admin.get("/bondowoso/admin/akun"),
              "invite",
              "invite:send",
              Map.of("email", email, "displayName", "Wulan Surat", "role_input", "OPERATOR"));
      assertTrue(answer.text().contains("Tautan dikirim ke " + email), answer.text());
      assertFalse(answer.body().contains("oneTimeLink"), "the link is in the mail only");

      Received invitation = only(smtp.to(email, 1, TestSmtp.PATIENCE));
      Matcher link =
          Pattern.compile("https?://\\S+/konsol/undangan\\?t=\\S+").matcher(invitation.text());
      assertTrue(link.find(), invitation.text());
      Page form = new ConsoleClient(base, "10.16.2.1").get(link.group());
      assertTrue(form.text().contains("Wulan Surat"), form.text());
    }
  }

  private OrderPlacing.Placed place(String address) {
    long kain = as(() -> products.findBySlug(KAIN).orElseThrow().getId());
    return as(
        () ->
            placing.place(
                new OrderRequest(
                    SHOP,
                    List.of(new OrderRequest.Item(Long.toString(kain), "2")),
                    "Pembeli Surat",
                    String.format("081377%06d", System.nanoTime() % 1_000_000),
                    BUYER_MAIL,
                    "PICKUP",
                    null,
                    null),
                address));
  }

  private void shop(PublicationStatus status, List<CertificationData> certificates) {
    work.runAs(
        a(),
        () -> {
          businessService.upsert(
              new BusinessData(
                  SHOP,
                  "Uji Surat Toko",
                  "Uji",
                  "Toko uji surel",
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  SHOP_MAIL,
                  null,
                  null,
                  null,
                  List.of(),
                  certificates,
                  status,
                  null));
          productService.upsert(
              new ProductData(
                  KAIN,
                  SHOP,
                  null,
                  "Kain Uji Surat",
                  null,
                  85_000L,
                  null,
                  false,
                  "lembar",
                  null,
                  Availability.READY,
                  false,
                  status));
        });
  }

  private static Received only(List<Received> received) {
    assertEquals(1, received.size(), received.toString());
    return received.get(0);
  }

  private static int port() {
    return Integer.parseInt(System.getenv("ETALASE_MAIL_SMTP_PORT"));
  }

  private <T> T as(Supplier<T> call) {
    return work.callAs(a(), call);
  }

  private TenantSnapshot a() {
    return directory.bySlug("bondowoso").orElseThrow();
  }
}
