package id.etalase.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's headless Chromium on the consoles, with the moves the journey tests repeat: typing,
 * clicking what ajax may have replaced, PrimeFaces menus, signing in with a password and TOTP, and
 * evidence of a failed step. Waits look again when ajax replaced what they read, as a person would.
 */
public final class ConsoleBrowser implements AutoCloseable {

  private final ChromeDriver driver;
  private final String base;

  private ConsoleBrowser(ChromeDriver driver, URL base) {
    this.driver = driver;
    this.base = base.toString().replaceAll("/$", "");
  }

  /** A phone-sized browser, as most tenant staff and visitors come. */
  public static ConsoleBrowser open(URL base) throws java.io.IOException {
    return new ConsoleBrowser(Browser.phone(null), base);
  }

  /** A desktop-sized browser, as the platform admin works. */
  public static ConsoleBrowser desktop(URL base) throws java.io.IOException {
    ConsoleBrowser browser = open(base);
    browser.driver.manage().window().setSize(new Dimension(1280, 1000));
    return browser;
  }

  public ChromeDriver driver() {
    return driver;
  }

  /**
   * Opens a path, or a URL. A link the server built from its configuration is on the platform's
   * public address (https://etalase.test/probolinggo/...), which the browser cannot reach: its path
   * is opened on the test server, which serves the platform's paths the same on every host.
   */
  public void get(String pathOrUrl) {
    if (pathOrUrl.startsWith("http") && !pathOrUrl.startsWith(base)) {
      java.net.URI uri = java.net.URI.create(pathOrUrl);
      pathOrUrl = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
    driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
  }

  /** The current address without the server, such as {@code /platform/baru}. */
  public String path() {
    String url = driver.getCurrentUrl();
    return url.startsWith(base) ? url.substring(base.length()) : url;
  }

  public String source() {
    return driver.getPageSource();
  }

  public void type(String id, String value) {
    WebElement field = patient(20).until(d -> d.findElement(By.id(id)));
    field.clear();
    field.sendKeys(value);
  }

  /** The value a field holds now (what the browser kept of what was typed). */
  public String value(String id) {
    return driver.findElement(By.id(id)).getDomProperty("value");
  }

  public WebDriverWait patient(int seconds) {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
    wait.ignoring(StaleElementReferenceException.class);
    wait.ignoring(NoSuchElementException.class);
    return wait;
  }

  /**
   * Clicks the first match that is shown and clickable, finding it again if ajax replaced it or an
   * animation has not yet given it a size.
   */
  public void click(By by) {
    patient(20)
        .ignoring(ElementClickInterceptedException.class)
        .ignoring(ElementNotInteractableException.class)
        .until(
            d -> {
              WebElement element =
                  d.findElements(by).stream()
                      .filter(e -> e.isDisplayed() && e.isEnabled())
                      .findFirst()
                      .orElse(null);
              if (element == null) {
                return false;
              }
              ((JavascriptExecutor) d)
                  .executeScript("arguments[0].scrollIntoView({block:'center'})", element);
              element.click();
              return true;
            });
  }

  public void click(String id) {
    click(By.id(id));
  }

  /**
   * Picks an option of a PrimeFaces select menu whose label contains the text, as a person does
   * until the menu shows it: opens the menu when its list is closed, narrows the list with the
   * menu's filter when it has one, clicks the option once it is shown. Each round looks again, so
   * ajax that replaces the menu, or an animation, only costs a round.
   */
  public void choose(String id, String label) {
    String css = "#" + id.replace(":", "\\:");
    By option = By.cssSelector(css + "_items li[data-label*='" + label + "']");
    patient(30)
        .ignoring(ElementClickInterceptedException.class)
        .ignoring(ElementNotInteractableException.class)
        .until(
            d -> {
              if (selected(id).contains(label)) {
                return true;
              }
              WebElement shown =
                  d.findElements(option).stream()
                      .filter(WebElement::isDisplayed)
                      .findFirst()
                      .orElse(null);
              if (shown != null) {
                shown.click();
                return false;
              }
              WebElement filter =
                  d.findElements(By.id(id + "_filter")).stream()
                      .filter(WebElement::isDisplayed)
                      .findFirst()
                      .orElse(null);
              if (filter != null) {
                filter.clear();
                filter.sendKeys(label);
              } else {
                WebElement menu = d.findElement(By.cssSelector(css));
                ((JavascriptExecutor) d)
                    .executeScript("arguments[0].scrollIntoView({block:'center'})", menu);
                menu.click();
              }
              return false;
            });
  }

  /** The label of the option a select menu holds now, or empty. */
  private String selected(String id) {
    return String.valueOf(
        ((JavascriptExecutor) driver)
            .executeScript(
                "var s = document.getElementById(arguments[0]);"
                    + " return !s || s.selectedIndex < 0 ? ''"
                    + " : s.options[s.selectedIndex].textContent;",
                id + "_input"));
  }

  public WebElement waitFor(By by) {
    return patient(20).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  public String text(String id) {
    return patient(20).until(d -> d.findElement(By.id(id))).getText().strip();
  }

  /** Waits until the element's text is the expected one. */
  public void waitForText(String id, String expected) {
    patient(20).until(d -> expected.equals(d.findElement(By.id(id)).getText().strip()));
  }

  /** The texts of the error messages beside the fields. */
  public List<String> errors() {
    return driver.findElements(By.cssSelector(".ui-message-error")).stream()
        .map(e -> e.getText().strip())
        .filter(t -> !t.isEmpty())
        .toList();
  }

  /** No alert opened and no injected element exists: typed markup stayed text. */
  public void assertNoScriptRan() {
    assertEquals(List.of(), driver.findElements(By.cssSelector("img[src=x]")), "no injected tags");
    assertEquals(
        List.of(),
        driver.findElements(
            By.xpath("//script[not(@type='application/ld+json') and contains(text(),'alert(')]")),
        "no injected script elements (JSON-LD data may quote the text)");
    try {
      driver.switchTo().alert();
      throw new AssertionError("an injected script opened an alert on " + path());
    } catch (NoAlertPresentException expected) {
      // inert
    }
  }

  /**
   * Signs in on a console's login page with a password, then enrols TOTP (remembering the secret
   * for {@link ConsoleClient#nextCode}) or answers the code page, and waits for the console.
   *
   * @return the recovery codes when this sign-in enrolled MFA, else an empty list
   */
  public List<String> signIn(String loginPath, String email, String password)
      throws InterruptedException {
    get(loginPath);
    type("login:email", email);
    type("login:password", password);
    click("login:submit");
    patient(20).until(d -> !d.getCurrentUrl().contains("/masuk"));
    List<String> recovery = List.of();
    if (path().contains("/daftar-mfa")) {
      recovery = enrol(email);
    } else if (path().contains("/kode")) {
      type("code:value", ConsoleClient.nextCode(email));
      click("code:submit");
    }
    patient(20).until(d -> d.getCurrentUrl().matches(".*/(konsol|admin|platform)/$"));
    return recovery;
  }

  /** On the enrolment page: reads the secret beside the QR code, confirms a code, continues. */
  public List<String> enrol(String email) throws InterruptedException {
    waitFor(By.id("qr"));
    String secret = text("secret").replace(" ", "");
    type("enrol:value", ConsoleClient.enrolled(email, secret));
    click("enrol:submit");
    waitFor(By.id("continue"));
    List<String> codes =
        driver.findElements(By.cssSelector(".recovery-codes li code")).stream()
            .map(WebElement::getText)
            .toList();
    click("continue");
    return codes;
  }

  /**
   * A screenshot at desktop size into the folder {@code etalase.screenshots} names, when it is set
   * ({@code -Detalase.screenshots=$PWD/docs/screenshots}); otherwise nothing.
   */
  public void shot(String name) throws Exception {
    String folder = System.getProperty("etalase.screenshots");
    if (folder == null) {
      return;
    }
    Dimension size = driver.manage().window().getSize();
    driver.manage().window().setSize(new Dimension(1280, 1000));
    ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
    Thread.sleep(300);
    Files.createDirectories(Path.of(folder));
    Files.write(Path.of(folder, name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    driver.manage().window().setSize(size);
  }

  /** Keeps the page and a screenshot of a failed step in target/, for whoever reads the report. */
  public void evidence(String name) {
    try {
      Path dir = Path.of("target", "failsafe-reports", "journey");
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
      Files.writeString(
          dir.resolve(name + "-console.txt"), String.join("\n", Browser.consoleErrors(driver)));
      Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (Exception e) {
      System.err.println("No evidence kept: " + e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
