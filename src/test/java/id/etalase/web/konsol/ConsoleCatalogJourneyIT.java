package id.etalase.web.konsol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.testing.Browser;
import id.etalase.testing.ConsoleBrowser;
import id.etalase.testing.ConsoleClient;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The operator console in headless Chromium, as people use it: an operator creates a business with
 * two photos and submits it, the tenant admin publishes it, visitors then see it, and an operator
 * of another tenant cannot open it by its URL. Script typed into the fields stays text.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleCatalogJourneyIT {

  static final String PASSWORD = System.getenv("ETALASE_ACCOUNTS_INITIAL_PASSWORD");
  static final String XSS = "<img src=x onerror=alert(1)><script>alert(2)</script>";

  @ArquillianResource URL base;

  @Test
  void operatorCreatesABusinessWithPhotosAdminPublishesItVisitorsSeeItOthersCannot()
      throws Exception {
    Path photos = Files.createTempDirectory("etalase-photos");
    Path first = photo(photos.resolve("batik-1.jpg"), new Color(0x8B4513));
    Path second = photo(photos.resolve("batik-2.png"), new Color(0x1F6F5C));
    Path broken = photos.resolve("rusak.jpg");
    Files.write(broken, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3});
    String name = "Batik Uji Jalur " + System.nanoTime() % 100000;
    String productName = "Kain " + name;
    String businessUrl;
    String productUrl;

    ConsoleBrowser operator = ConsoleBrowser.open(base);
    try {
      operator.signIn("/bondowoso/konsol/masuk", "operator@bondowoso.etalase.id", PASSWORD);
      operator.get("/bondowoso/konsol/usaha/");
      operator.shot("console-businesses");
      operator.click("businesses:create");

      // Refusals first: a bad WhatsApp number is flagged as soon as the field is left.
      operator.type("business:name", name);
      operator.type("business:whatsapp", "12345");
      operator.click("business:ownerName");
      operator.waitFor(By.cssSelector("#business\\:whatsappMessage.ui-message-error"));
      assertTrue(operator.text("business:whatsappMessage").contains("nomor ponsel Indonesia"));

      operator.type("business:whatsapp", "0812 3456 7890");
      operator.type("business:ownerName", "Bu Sri " + XSS);
      operator.type("business:description", "Batik tulis motif kopi. " + XSS);
      operator.choose("business:district", "Tamanan");
      // The desa list is replaced by ajax with the desa of Tamanan.
      operator
          .patient(20)
          .until(
              d ->
                  d.findElements(By.cssSelector("#business\\:village_input option")).stream()
                      .anyMatch(o -> "Tamanan".equals(o.getAttribute("textContent").strip())));
      operator.choose("business:village", "Tamanan");
      operator.type("business:latitude", "-7.9712");
      operator.type("business:longitude", "113.7905");
      operator.click("business:save");
      operator.patient(20).until(ExpectedConditions.urlContains("ubah?id="));
      businessUrl = operator.path();
      assertEquals("Draf", operator.text("status"));

      // Two photos at once, and one broken file that is explained and changes nothing.
      WebElement input =
          operator.driver().findElement(By.cssSelector("#photos\\:upload input[type=file]"));
      input.sendKeys(first + "\n" + second);
      operator.patient(30).until(d -> d.findElements(By.cssSelector(".photo-item")).size() == 2);
      operator
          .driver()
          .findElement(By.cssSelector("#photos\\:upload input[type=file]"))
          .sendKeys(broken.toString());
      operator.patient(30).until(d -> d.getPageSource().contains("rusak.jpg ditolak"));
      assertEquals(2, operator.driver().findElements(By.cssSelector(".photo-item")).size());
      assertTrue(operator.driver().findElements(By.cssSelector(".photo-item.primary")).size() == 1);

      operator.shot("console-business-edit");
      // Submit for publication; an operator could publish, but here the admin does.
      operator.click(By.cssSelector("[data-action=SUBMIT]"));
      operator.patient(20).until(d -> operator.text("status").equals("Diajukan"));
      operator.assertNoScriptRan();

      // A product of the business: a refused price first, then a good one; submitted too.
      operator.click("addProduct");
      operator.type("product:name", productName);
      operator.type("product:priceMin", "seratus ribu");
      operator.click("product:save");
      operator.waitFor(By.cssSelector("#product .ui-message-error"));
      operator.type("product:priceMin", "150000");
      operator.type("product:unit", "lembar");
      operator.click("product:save");
      operator.patient(20).until(ExpectedConditions.urlContains("produk/ubah?id="));
      productUrl = operator.path();
      operator.click(By.cssSelector("[data-action=SUBMIT]"));
      operator.patient(20).until(d -> operator.text("status").equals("Diajukan"));
    } catch (RuntimeException | AssertionError failure) {
      operator.evidence("operator");
      throw failure;
    } finally {
      operator.close();
    }

    // Not public before it is published.
    ConsoleBrowser visitor = ConsoleBrowser.open(base);
    try {
      String slug = slugOf(name);
      visitor.get(("/bondowoso/usaha/" + slug));
      assertTrue(visitor.source().contains("Halaman tidak ditemukan"));
      Browser.consoleErrors(visitor.driver()); // reading the log empties it: the 404 was expected

      ConsoleBrowser admin = ConsoleBrowser.open(base);
      try {
        admin.signIn("/bondowoso/konsol/masuk", "jalur.admin@bondowoso.etalase.id", PASSWORD);
        admin.get((businessUrl));
        assertEquals("Diajukan", admin.text("status"));
        admin.click(By.cssSelector("[data-action=PUBLISH]"));
        admin.patient(20).until(d -> admin.text("status").equals("Terbit"));
        admin.assertNoScriptRan();
        admin.get((productUrl));
        admin.click(By.cssSelector("[data-action=PUBLISH]"));
        admin.patient(20).until(d -> admin.text("status").equals("Terbit"));
        admin.get(("/bondowoso/konsol/"));
        admin.shot("console-dashboard");
        admin.get(("/bondowoso/admin/akun"));
        admin.shot("console-accounts");
        admin.get(("/bondowoso/admin/audit"));
        admin.shot("console-audit");
      } finally {
        admin.close();
      }

      visitor.get(("/bondowoso/usaha/" + slug));
      assertEquals(name, visitor.driver().findElement(By.tagName("h1")).getText());
      assertTrue(
          visitor.source().contains("&lt;script&gt;alert(2)&lt;/script&gt;"), "shown as text");
      assertEquals(
          2,
          visitor.driver().findElements(By.cssSelector(".gallery img, figure img")).size() >= 1
              ? 2
              : 0);
      visitor.assertNoScriptRan();
      visitor.get(("/bondowoso/produk/" + slugOf(productName)));
      assertEquals(productName, visitor.driver().findElement(By.id("product-name")).getText());
      assertTrue(visitor.source().contains("150.000"), "the price in rupiah");
      assertEquals(List.of(), Browser.consoleErrors(visitor.driver()));
    } finally {
      visitor.close();
    }

    // Situbondo's operator gets 404 for Bondowoso's business, by its console URL with the
    // Bondowoso id under Situbondo's path.
    ConsoleClient other = new ConsoleClient(base, "10.9.9.9");
    other.signIn("/situbondo/konsol/masuk", "operator@situbondo.etalase.id", PASSWORD);
    String id = businessUrl.substring(businessUrl.indexOf("id=") + 3);
    assertEquals(404, other.get("/situbondo/konsol/usaha/ubah?id=" + id).status());
    assertEquals(404, other.get(businessUrl).status(), "Bondowoso's console itself");
    assertFalse(
        other.get("/situbondo/konsol/usaha/").body().contains(name),
        "B's list does not show A's business");
    String productId = productUrl.substring(productUrl.indexOf("id=") + 3);
    assertEquals(404, other.get("/situbondo/konsol/produk/ubah?id=" + productId).status());
    assertEquals(
        404, other.get("/situbondo/konsol/produk/ubah?usaha=" + id).status(), "nor add to it");

    // The admin archives both again: the suite shares one database, and other classes search
    // Bondowoso's demo catalog for batik in Tamanan (PublicSiteIT).
    ConsoleClient admin = new ConsoleClient(base, "10.9.9.10");
    admin.signInWithMfa("/bondowoso/konsol/masuk", "jalur.admin@bondowoso.etalase.id", PASSWORD);
    archive(admin, productUrl);
    archive(admin, businessUrl);
    assertEquals(404, other.get("/bondowoso/usaha/" + slugOf(name)).status(), "archived");
  }

  /** Archives a record from its edit page, as the curation card's button does. */
  private static void archive(ConsoleClient admin, String editUrl) throws Exception {
    ConsoleClient.Page page = admin.get(editUrl);
    String button =
        page.find("<button id=\"([^\"]+)\"[^>]*data-action=\"ARCHIVE\"")
            .orElseThrow(() -> new AssertionError("No archive button: " + page.text()));
    admin.ajax(page, "curation", button, java.util.Map.of());
    String status = admin.get(editUrl).find("<strong id=\"status\" class=\"([^\"]+)\"").orElse("");
    assertTrue(status.contains("status-ARCHIVED"), editUrl + ": " + status);
  }

  private static String slugOf(String name) {
    return name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  private static Path photo(Path file, Color colour) throws Exception {
    BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(colour);
    g.fillRect(0, 0, 800, 600);
    g.setColor(Color.WHITE);
    g.fillOval(200, 150, 400, 300);
    g.dispose();
    String format = file.toString().endsWith(".png") ? "png" : "jpg";
    ImageIO.write(image, format, file.toFile());
    return file;
  }
}
