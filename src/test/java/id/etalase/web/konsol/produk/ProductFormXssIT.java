package id.etalase.web.konsol.produk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.testing.Browser;
import id.etalase.testing.ConsoleBrowser;
import id.etalase.testing.TenantSql;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Script typed into every text field of the product form, in headless Chromium: the fields whose
 * rules refuse it say so and save nothing; the others keep it as text in the console, in the
 * rejection reason, and on the public product page once the tenant admin publishes it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProductFormXssIT {

  static final String PASSWORD = System.getenv("ETALASE_ACCOUNTS_INITIAL_PASSWORD");
  static final String XSS = "<img src=x onerror=alert(1)><script>alert(2)</script>";
  static final String BUSINESS = "kopi-kebun-raung-sukosari";

  @ArquillianResource URL base;

  @Test
  void scriptInEveryProductFieldStaysTextInTheConsoleAndOnThePublicPage() throws Exception {
    long business = businessId(BUSINESS);
    String name = "Kopi " + XSS + " " + System.nanoTime() % 100000;
    String description = "Robusta petik merah. " + XSS;
    // The unit field takes 40 characters: the browser keeps the first 40 of the payload.
    String unit = XSS.substring(0, 40);
    try (ConsoleBrowser admin = ConsoleBrowser.open(base)) {
      try {
        admin.signIn("/bondowoso/konsol/masuk", "xss.admin@bondowoso.etalase.id", PASSWORD);
        admin.get("/bondowoso/konsol/produk/ubah?usaha=" + business);
        admin.type("product:name", name);
        admin.type("product:slug", XSS);
        admin.type("product:description", description);
        admin.type("product:priceMin", XSS);
        admin.type("product:priceMax", XSS);
        admin.type("product:unit", XSS);
        admin.type("product:minOrder", XSS);
        assertEquals(unit, admin.value("product:unit"));

        // Numbers refuse it first (conversion), and nothing is saved.
        admin.click("product:save");
        admin.patient(20).until(d -> admin.errors().size() >= 3);
        List<String> refused = admin.errors();
        assertEquals(
            2,
            refused.stream()
                .filter("Harga harus angka rupiah tanpa titik, misalnya 150000."::equals)
                .count(),
            refused.toString());
        assertTrue(refused.contains("Isi dengan angka, misalnya 10."), refused.toString());
        admin.assertNoScriptRan();

        // Then the short address, which names what was typed, as text.
        admin.type("product:priceMin", "25000");
        admin.type("product:priceMax", "30000");
        admin.type("product:minOrder", "2");
        admin.click("product:save");
        String slugRefusal =
            "Alamat singkat \""
                + XSS
                + "\" hanya boleh berisi huruf kecil, angka, dan tanda hubung (-).";
        admin.patient(20).until(d -> admin.errors().contains(slugRefusal));
        admin.assertNoScriptRan();
        assertTrue(admin.path().contains("?usaha="), "still the new product: " + admin.path());
        assertEquals(0, productsNamed(name), "nothing saved");

        // Without a short address of its own, it is made from the name.
        admin.type("product:slug", "");
        admin.click("product:save");
        admin.patient(20).until(d -> admin.path().contains("produk/ubah?id="));
        assertEquals(1, productsNamed(name));
        assertEquals(name, admin.value("product:name"));
        assertEquals(description, admin.value("product:description"));
        assertEquals(unit, admin.value("product:unit"));
        assertEquals("Draf", admin.text("status"));
        admin.assertNoScriptRan();

        // The rejection reason is a text field too, shown back to whoever fixes the product.
        admin.click(By.cssSelector("[data-action=SUBMIT]"));
        admin.waitForText("status", "Diajukan");
        admin.type("curation:reason", XSS);
        admin.click(By.cssSelector("[data-action=REJECT]"));
        admin.waitForText("status", "Ditolak");
        assertTrue(
            admin
                .driver()
                .findElement(By.cssSelector("#curation .ui-message"))
                .getText()
                .contains(XSS),
            admin.driver().findElement(By.id("curation")).getText());
        admin.assertNoScriptRan();
        admin.get(admin.path());
        admin.assertNoScriptRan();

        admin.click(By.cssSelector("[data-action=SUBMIT]"));
        admin.waitForText("status", "Diajukan");
        admin.click(By.cssSelector("[data-action=PUBLISH]"));
        admin.waitForText("status", "Terbit");
        String publicUrl = admin.waitFor(By.id("publicLink")).getDomProperty("href");
        String productPage = admin.path();
        admin.assertNoScriptRan();

        // The business's console page lists it.
        admin.get("/bondowoso/konsol/usaha/ubah?id=" + business);
        admin.assertNoScriptRan();

        // Visitors see the text, and nothing runs.
        try (ConsoleBrowser visitor = ConsoleBrowser.open(base)) {
          visitor.get(publicUrl);
          assertEquals(name, visitor.text("product-name"));
          assertEquals(
              description, visitor.driver().findElement(By.cssSelector(".description")).getText());
          assertTrue(
              visitor.text("product-price").endsWith("/ " + unit), visitor.text("product-price"));
          assertTrue(visitor.source().contains("&lt;script&gt;alert(2)&lt;/script&gt;"));
          visitor.assertNoScriptRan();
          assertEquals(List.of(), Browser.consoleErrors(visitor.driver()));
          visitor.get("/bondowoso/usaha/" + BUSINESS);
          visitor.assertNoScriptRan();
          assertEquals(List.of(), Browser.consoleErrors(visitor.driver()));
        }

        // The admin archives it again: the suite shares one database, and other classes count
        // Bondowoso's public demo catalog (SearchIT, PublicSiteIT).
        admin.get(productPage);
        admin.click(By.cssSelector("[data-action=ARCHIVE]"));
        admin.waitForText("status", "Diarsipkan");
      } catch (RuntimeException | AssertionError failure) {
        admin.evidence("product-xss");
        throw failure;
      }
    }
  }

  private static Connection bondowoso() throws Exception {
    return TenantSql.as("bondowoso");
  }

  private static long businessId(String slug) throws Exception {
    try (Connection db = bondowoso();
        PreparedStatement q = db.prepareStatement("SELECT id FROM business WHERE slug = ?")) {
      q.setString(1, slug);
      try (ResultSet rows = q.executeQuery()) {
        assertTrue(rows.next(), slug);
        return rows.getLong(1);
      }
    }
  }

  private static int productsNamed(String name) throws Exception {
    try (Connection db = bondowoso();
        PreparedStatement q = db.prepareStatement("SELECT count(*) FROM product WHERE name = ?")) {
      q.setString(1, name);
      try (ResultSet rows = q.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }
}
