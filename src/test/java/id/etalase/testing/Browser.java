package id.etalase.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the Debian packages {@code chromium} and {@code chromium-driver}, sized
 * like a phone, which is how most visitors come. Selenium Manager is never asked to download
 * anything: the binaries are given.
 */
public final class Browser {

  static final String CHROMIUM = System.getProperty("etalase.chromium", "/usr/bin/chromium");
  static final String DRIVER = System.getProperty("etalase.chromedriver", "/usr/bin/chromedriver");

  private Browser() {}

  /**
   * @param hostRules Chromium host resolver rules, such as {@code MAP *.etalase.test 10.0.0.5}, so
   *     that tenant host names reach the test server; null for none
   */
  public static ChromeDriver phone(String hostRules) throws java.io.IOException {
    if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(DRIVER))) {
      throw new IllegalStateException(
          "Browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium"
              + " chromium-driver (.ci/run does this)");
    }
    Path profile = Files.createTempDirectory("etalase-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--user-data-dir=" + profile);
    if (hostRules != null) {
      options.addArguments("--host-resolver-rules=" + hostRules);
    }
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(Path.of(DRIVER).toFile()).build();
    ChromeDriver driver = new ProfiledChromeDriver(service, options, profile);
    driver.manage().window().setSize(new Dimension(390, 844));
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return driver;
  }

  /**
   * Clicks a link or a form's button and returns once the next page has replaced this one. A click
   * starts a navigation without waiting for it (a form submits in a later task), so reading the
   * page straight after a click can read the old one.
   */
  public static void follow(ChromeDriver driver, By target) {
    WebElement old = driver.findElement(By.tagName("html"));
    driver.findElement(target).click();
    awaitNextPage(driver, old);
  }

  /** {@link #follow(ChromeDriver, By)} for an element already found. */
  public static void follow(ChromeDriver driver, WebElement target) {
    WebElement old = driver.findElement(By.tagName("html"));
    target.click();
    awaitNextPage(driver, old);
  }

  private static void awaitNextPage(ChromeDriver driver, WebElement old) {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.until(ExpectedConditions.stalenessOf(old));
    wait.until(d -> "complete".equals(driver.executeScript("return document.readyState")));
  }

  /** Console errors the page logged: failed resources, script errors, CSP violations. */
  public static List<String> consoleErrors(ChromeDriver driver) {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** A driver that deletes its profile folder when it quits: a suite run starts some 30. */
  private static final class ProfiledChromeDriver extends ChromeDriver {
    private final Path profile;

    ProfiledChromeDriver(ChromeDriverService service, ChromeOptions options, Path profile) {
      super(service, options);
      this.profile = profile;
    }

    @Override
    public void quit() {
      try {
        super.quit();
      } finally {
        try (java.util.stream.Stream<Path> files = Files.walk(profile)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
          // Left for the system's temporary folder cleaning.
        }
      }
    }
  }
}
