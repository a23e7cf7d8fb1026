package id.etalase.web.konsol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.testing.Browser;
import id.etalase.testing.ConsoleClient;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

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

  private String url(String path) {
    return base.toString().replaceAll("/$", "") + path;
  }

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

    ChromeDriver operator = Browser.phone(null);
    try {
      signIn(operator, "/bondowoso/konsol/masuk", "operator@bondowoso.etalase.id");
      operator.get(url("/bondowoso/konsol/usaha/"));
      shot(operator, "businesses");
      operator.findElement(By.id("businesses:create")).click();

      // Refusals first: a bad WhatsApp number is flagged as soon as the field is left.
      type(operator, "business:name", name);
      type(operator, "business:whatsapp", "12345");
      operator.findElement(By.id("business:ownerName")).click();
      waitFor(operator, By.cssSelector("#business\\:whatsappMessage.ui-message-error"));
      assertTrue(text(operator, "business:whatsappMessage").contains("nomor ponsel Indonesia"));

      type(operator, "business:whatsapp", "0812 3456 7890");
      type(operator, "business:ownerName", "Bu Sri " + XSS);
      type(operator, "business:description", "Batik tulis motif kopi. " + XSS);
      choose(operator, "business:district", "Tamanan");
      // The desa list is replaced by ajax with the desa of Tamanan.
      patient(operator, 20)
          .until(
              d ->
                  d.findElements(By.cssSelector("#business\\:village_input option")).stream()
                      .anyMatch(o -> "Tamanan".equals(o.getAttribute("textContent").strip())));
      choose(operator, "business:village", "Tamanan");
      type(operator, "business:latitude", "-7.9712");
      type(operator, "business:longitude", "113.7905");
      operator.findElement(By.id("business:save")).click();
      patient(operator, 20).until(ExpectedConditions.urlContains("ubah?id="));
      businessUrl =
          operator.getCurrentUrl().substring(base.toString().replaceAll("/$", "").length());
      assertEquals("Draf", text(operator, "status"));

      // Two photos at once, and one broken file that is explained and changes nothing.
      WebElement input = operator.findElement(By.cssSelector("#photos\\:upload input[type=file]"));
      input.sendKeys(first + "\n" + second);
      patient(operator, 30).until(d -> d.findElements(By.cssSelector(".photo-item")).size() == 2);
      operator
          .findElement(By.cssSelector("#photos\\:upload input[type=file]"))
          .sendKeys(broken.toString());
      patient(operator, 30).until(d -> d.getPageSource().contains("rusak.jpg ditolak"));
      assertEquals(2, operator.findElements(By.cssSelector(".photo-item")).size());
      assertTrue(operator.findElements(By.cssSelector(".photo-item.primary")).size() == 1);

      shot(operator, "business-edit");
      // Submit for publication; an operator could publish, but here the admin does.
      click(operator, By.cssSelector("[data-action=SUBMIT]"));
      patient(operator, 20).until(d -> text(operator, "status").equals("Diajukan"));
      assertNoScriptRan(operator);

      // A product of the business: a refused price first, then a good one; submitted too.
      click(operator, By.id("addProduct"));
      type(operator, "product:name", productName);
      type(operator, "product:priceMin", "seratus ribu");
      click(operator, By.id("product:save"));
      waitFor(operator, By.cssSelector("#product .ui-message-error"));
      type(operator, "product:priceMin", "150000");
      type(operator, "product:unit", "lembar");
      click(operator, By.id("product:save"));
      patient(operator, 20).until(ExpectedConditions.urlContains("produk/ubah?id="));
      productUrl =
          operator.getCurrentUrl().substring(base.toString().replaceAll("/$", "").length());
      click(operator, By.cssSelector("[data-action=SUBMIT]"));
      patient(operator, 20).until(d -> text(operator, "status").equals("Diajukan"));
    } catch (RuntimeException | AssertionError failure) {
      evidence(operator, "operator");
      throw failure;
    } finally {
      operator.quit();
    }

    // Not public before it is published.
    ChromeDriver visitor = Browser.phone(null);
    try {
      String slug = slugOf(name);
      visitor.get(url("/bondowoso/usaha/" + slug));
      assertTrue(visitor.getPageSource().contains("Halaman tidak ditemukan"));
      Browser.consoleErrors(visitor); // reading the log empties it: the 404 was expected

      ChromeDriver admin = Browser.phone(null);
      try {
        signIn(admin, "/bondowoso/konsol/masuk", "admin@bondowoso.etalase.id");
        admin.get(url(businessUrl));
        assertEquals("Diajukan", text(admin, "status"));
        click(admin, By.cssSelector("[data-action=PUBLISH]"));
        patient(admin, 20).until(d -> text(admin, "status").equals("Terbit"));
        assertNoScriptRan(admin);
        admin.get(url(productUrl));
        click(admin, By.cssSelector("[data-action=PUBLISH]"));
        patient(admin, 20).until(d -> text(admin, "status").equals("Terbit"));
        admin.get(url("/bondowoso/konsol/"));
        shot(admin, "dashboard");
        admin.get(url("/bondowoso/admin/akun"));
        shot(admin, "accounts");
        admin.get(url("/bondowoso/admin/audit"));
        shot(admin, "audit");
      } finally {
        admin.quit();
      }

      visitor.get(url("/bondowoso/usaha/" + slug));
      assertEquals(name, visitor.findElement(By.tagName("h1")).getText());
      assertTrue(
          visitor.getPageSource().contains("&lt;script&gt;alert(2)&lt;/script&gt;"),
          "shown as text");
      assertEquals(
          2, visitor.findElements(By.cssSelector(".gallery img, figure img")).size() >= 1 ? 2 : 0);
      assertNoScriptRan(visitor);
      visitor.get(url("/bondowoso/produk/" + slugOf(productName)));
      assertEquals(productName, visitor.findElement(By.id("product-name")).getText());
      assertTrue(visitor.getPageSource().contains("150.000"), "the price in rupiah");
      assertEquals(List.of(), Browser.consoleErrors(visitor));
    } finally {
      visitor.quit();
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
    admin.signInWithMfa("/bondowoso/konsol/masuk", "admin@bondowoso.etalase.id", PASSWORD);
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

  private void signIn(ChromeDriver browser, String loginPath, String email) throws Exception {
    browser.get(url(loginPath));
    shot(browser, "login");
    type(browser, "login:email", email);
    type(browser, "login:password", PASSWORD);
    browser.findElement(By.id("login:submit")).click();
    patient(browser, 20).until(d -> !d.getCurrentUrl().contains("/masuk"));
    if (browser.getCurrentUrl().contains("/daftar-mfa")) {
      String secret = browser.findElement(By.id("secret")).getText().replace(" ", "");
      type(browser, "enrol:value", ConsoleClient.enrolled(email, secret));
      browser.findElement(By.id("enrol:submit")).click();
      waitFor(browser, By.id("continue")).click();
    } else if (browser.getCurrentUrl().contains("/kode")) {
      type(browser, "code:value", ConsoleClient.nextCode(email));
      browser.findElement(By.id("code:submit")).click();
    }
    patient(browser, 20).until(d -> d.getCurrentUrl().matches(".*/(konsol|admin)/$"));
  }

  private static void type(ChromeDriver browser, String id, String value) {
    WebElement field = browser.findElement(By.id(id));
    field.clear();
    field.sendKeys(value);
  }

  /**
   * A wait that looks again when ajax replaced or has not yet rendered what it reads, as a person
   * would.
   */
  private static WebDriverWait patient(ChromeDriver browser, int seconds) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(seconds));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    wait.ignoring(org.openqa.selenium.NoSuchElementException.class);
    return wait;
  }

  /** Picks an option of a PrimeFaces select menu by its label. */
  private static void choose(ChromeDriver browser, String id, String label) {
    String css = "#" + id.replace(":", "\\:");
    click(browser, By.cssSelector(css));
    click(browser, By.cssSelector(css + "_items li[data-label='" + label + "']"));
  }

  /** Clicks once the element is there and clickable, finding it again if ajax replaced it. */
  private static void click(ChromeDriver browser, By by) {
    patient(browser, 20)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
        .until(
            d -> {
              WebElement element = d.findElement(by);
              ((JavascriptExecutor) d)
                  .executeScript("arguments[0].scrollIntoView({block:'center'})", element);
              if (!element.isDisplayed() || !element.isEnabled()) {
                return false;
              }
              element.click();
              return true;
            });
  }

  private static WebElement waitFor(ChromeDriver browser, By by) {
    return patient(browser, 20).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  private static String text(ChromeDriver browser, String id) {
    return browser.findElement(By.id(id)).getText().strip();
  }

  /** No alert opened: the payloads were shown as text, not run. */
  private static void assertNoScriptRan(ChromeDriver browser) {
    assertEquals(List.of(), browser.findElements(By.cssSelector("img[src=x]")), "no injected tags");
    try {
      browser.switchTo().alert();
      throw new AssertionError("an injected script opened an alert");
    } catch (org.openqa.selenium.NoAlertPresentException expected) {
      // inert
    }
  }

  private static String slugOf(String name) {
    return name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  /**
   * A screenshot for the README's console tour, at desktop size, when {@code etalase.screenshots}
   * names a folder ({@code mvn verify -Dit.test=ConsoleCatalogJourneyIT
   * -Detalase.screenshots=docs/screenshots}); otherwise nothing.
   */
  private static void shot(ChromeDriver browser, String name) throws Exception {
    String folder = System.getProperty("etalase.screenshots");
    if (folder == null) {
      return;
    }
    var size = browser.manage().window().getSize();
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
    Thread.sleep(300);
    Files.createDirectories(Path.of(folder));
    Files.write(
        Path.of(folder, "console-" + name + ".png"),
        browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    browser.manage().window().setSize(size);
  }

  /** Keeps the page and a screenshot of a failed step in target/, for whoever reads the report. */
  private static void evidence(ChromeDriver browser, String name) {
    try {
      Path dir = Path.of("target", "failsafe-reports", "journey");
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(name + ".html"), browser.getPageSource());
      Files.writeString(
          dir.resolve(name + "-console.txt"), String.join("\n", Browser.consoleErrors(browser)));
      Files.write(
          dir.resolve(name + ".png"),
          browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    } catch (Exception e) {
      System.err.println("No evidence kept: " + e);
    }
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
