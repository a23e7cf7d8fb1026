package id.etalase.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The order e-mails in the tenant's language, from the bundles' patterns. */
class OrderMailTest {

  @Test
  void aNewOrderAndACancellationReadWellInBothLanguages() {
    OrderNotice placed =
        new OrderNotice(
            "id",
            true,
            "P-00042",
            "Batik Sekar",
            "batik@example.com",
            "Siti",
            "+6281234567890",
            null,
            OrderStatus.NEW,
            null,
            1_250_000,
            "2 x Batik @ 450000\n1 x Kopi @ 350000",
            "https://umkm.bondowosokab.go.id/pesanan/rahasia");
    assertEquals("Pesanan baru P-00042 untuk Batik Sekar", OrderMail.subject(placed));
    String text = OrderMail.text(placed);
    assertTrue(text.contains("Pemesan: Siti (+6281234567890)"), text);
    assertTrue(text.contains("Total: Rp1.250.000"), text);
    assertTrue(text.contains("2 x Batik @ 450000"), text);
    assertFalse(text.contains("/pesanan/"), "the business's mail holds no buyer's link");
    assertEquals("Pesanan P-00042 di Batik Sekar diterima", OrderMail.receiptSubject(placed));
    String receipt = OrderMail.receipt(placed);
    assertTrue(receipt.startsWith("Terima kasih, Siti."), receipt);
    assertTrue(receipt.contains("Total: Rp1.250.000"), receipt);
    assertTrue(receipt.endsWith("https://umkm.bondowosokab.go.id/pesanan/rahasia"), receipt);

    OrderNotice cancelled =
        new OrderNotice(
            "en",
            false,
            "P-00042",
            "Batik Sekar",
            null,
            "Siti",
            "+6281234567890",
            "siti@example.com",
            OrderStatus.CANCELLED,
            "Out of stock",
            1_250_000,
            "1 x Batik",
            null);
    assertEquals("Order P-00042 at Batik Sekar: Cancelled", OrderMail.subject(cancelled));
    String english = OrderMail.text(cancelled);
    assertTrue(english.contains("is now: Cancelled."), english);
    assertTrue(english.contains("Out of stock"), english);
    assertTrue(english.contains("Total: Rp1,250,000"), english);
  }
}
