package id.etalase.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.testing.Browser;
import id.etalase.testing.ConsoleClient;
import id.etalase.testing.TenantFolders;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
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
 * The branding page in headless Chromium: the admin types a new colour, the preview takes it while
 * the public site keeps the old one, the admin publishes, and the public site shows it; no script
 * error or CSP violation on the way. Takes the README's screenshot {@code console-branding.png}
 * when run with {@code -Detalase.screenshots=...}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleBrandingJourneyIT {

  static final String PASSWORD = System.getenv("ETALASE_ACCOUNTS_INITIAL_PASSWORD");

  @ArquillianResource URL base;

  private String url(String path) {
    return base.toString().replaceAll("/$", "") + path;
  }

  @Test
  void theAdminSeesTheColourInThePreviewPublishesItAndVisitorsSeeIt() throws Exception {
    ChromeDriver admin = Browser.phone(null);
    try {
      admin.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
      signIn(admin, "/situbondo/konsol/masuk", "admin@situbondo.etalase.id");
      click(admin, By.id("nav-branding"));
      patient(admin, 20).until(ExpectedConditions.urlContains("/situbondo/admin/merek"));
      WebElement preview = waitFor(admin, By.id("brand-preview"));
      assertEquals("#0b5470", preview.getAttribute("data-primary"));
      assertEquals("rgb(11, 84, 112)", masthead(admin, ".bp-masthead"));

      // A colour typed in upper case; leaving the field updates the preview.
      // Selected and typed over, not cleared: clearing is a change of its own, sent at once.
      admin
          .findElement(By.id("brand:primaryColour"))
          .sendKeys(
              org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "#7B2D8E");
      click(admin, By.id("brand:officeName"));
      patient(admin, 20)
          .until(
              d ->
                  "#7b2d8e"
                      .equals(d.findElement(By.id("brand-preview")).getAttribute("data-primary")));
      assertEquals("rgb(123, 45, 142)", masthead(admin, ".bp-masthead"));
      assertEquals(
          "#7b2d8e", admin.findElement(By.id("brand:primaryColour")).getAttribute("value"));
      // The form was rendered again by ajax: type into the new one.
      patient(admin, 20)
          .ignoring(org.openqa.selenium.ElementNotInteractableException.class)
          .until(
              d -> {
                type(admin, "brand:tagline", "Kopi Argopuro dan batik pesisir");
                return true;
              });
      click(admin, By.id("brand:previewButton"));
      patient(admin, 20)
          .until(d -> d.findElement(By.id("preview-tagline")).getText().contains("Argopuro"));
      // Read through the patient wait: the ajax answer may still be replacing the element.
      Boolean draft =
          patient(admin, 20)
              .until(d -> d.findElement(By.id("draft-state")).getText().contains("Draf"));
      assertTrue(draft);
      shot(admin, "branding");

      // Visitors still see the published colour.
      ChromeDriver visitor = Browser.phone(null);
      try {
        visitor.get(url("/situbondo/"));
        assertEquals("rgb(11, 84, 112)", masthead(visitor, ".masthead"));

        click(admin, By.id("brand:publish"));
        patient(admin, 20).until(d -> d.getPageSource().contains("Merek diterbitkan"));
        assertTrue(admin.findElement(By.id("draft-state")).getText().contains("Sama dengan"));

        visitor.get(url("/situbondo/"));
        assertEquals("rgb(123, 45, 142)", masthead(visitor, ".masthead"));
        assertTrue(visitor.findElement(By.cssSelector(".tagline")).getText().contains("Argopuro"));
        assertEquals(List.of(), Browser.consoleErrors(visitor));
      } finally {
        visitor.quit();
      }
      assertEquals(List.of(), Browser.consoleErrors(admin));
    } catch (Exception | AssertionError failed) {
      evidence(admin);
      throw failed;
    } finally {
      admin.quit();
      // The shipped folder again, for the other test classes on this server (see BrandingIT).
      try (Connection db =
              DriverManager.getConnection(
                  System.getenv("ETALASE_DB_URL"),
                  System.getenv("ETALASE_DB_USER"),
                  System.getenv("ETALASE_DB_PASSWORD"));
          PreparedStatement forget =
              db.prepareStatement(
                  "UPDATE tenant SET folder_digest = NULL WHERE slug = 'situbondo'")) {
        forget.executeUpdate();
      }
      String report = TenantFolders.reapply(base);
      assertTrue(report.contains("updated=[situbondo]"), report);
    }
  }

  /** Keeps the page and its console messages in target/ when a step fails. */
  private static void evidence(ChromeDriver browser) {
    try {
      Files.writeString(
          Path.of("target", "branding-journey-failed.html"),
          browser.getPageSource() + "\n<!-- " + Browser.consoleErrors(browser) + " -->");
    } catch (Exception ignored) {
      // the failure itself is what matters
    }
  }

  private static String masthead(ChromeDriver browser, String css) {
    return browser
        .findElement(By.cssSelector(css))
        .getCssValue("background-color")
        .replace("rgba", "rgb")
        .replace(", 1)", ")");
  }

  private void signIn(ChromeDriver browser, String loginPath, String email) throws Exception {
    browser.get(url(loginPath));
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

  private static WebDriverWait patient(ChromeDriver browser, int seconds) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(seconds));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    wait.ignoring(org.openqa.selenium.NoSuchElementException.class);
    return wait;
  }

  private static void click(ChromeDriver browser, By by) {
    patient(browser, 20)
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

  /** The README's screenshot, at desktop size, when {@code etalase.screenshots} names a folder. */
  private static void shot(ChromeDriver browser, String name) throws Exception {
    String folder = System.getProperty("etalase.screenshots");
    if (folder == null) {
      return;
    }
    ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
    Thread.sleep(300);
    Files.createDirectories(Path.of(folder));
    Files.write(
        Path.of(folder, "console-" + name + ".png"),
        browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
  }
}
