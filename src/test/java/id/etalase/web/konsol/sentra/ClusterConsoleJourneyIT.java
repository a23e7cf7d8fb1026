package id.etalase.web.konsol.sentra;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.testing.ConsoleBrowser;
import id.etalase.testing.ConsoleClient;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Clusters and categories in headless Chromium: an operator picks a cluster's location on the map,
 * types script into every text field of the cluster and category forms, publishes the cluster, and
 * the script stays text on the console and on the public page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClusterConsoleJourneyIT {

  static final String PASSWORD = System.getenv("ETALASE_ACCOUNTS_INITIAL_PASSWORD");
  static final String XSS = "<img src=x onerror=alert(1)><script>alert(2)</script>";
  static final List<String> TEXT_FIELDS =
      List.of(
          "description",
          "openingHours",
          "activities",
          "visitorPrices",
          "directions",
          "contactName");

  @ArquillianResource URL base;

  @Test
  void anOperatorPicksTheLocationOnTheMapAndScriptTypedIntoEveryFieldStaysText() throws Exception {
    String name = "Sentra Peta " + System.nanoTime() % 100000;
    try (ConsoleBrowser browser = ConsoleBrowser.desktop(base)) {
      try {
        browser.signIn("/bondowoso/konsol/masuk", "operator@bondowoso.etalase.id", PASSWORD);
        browser.get("/bondowoso/konsol/sentra/ubah");
        WebElement map = browser.waitFor(By.cssSelector(".location-map.leaflet-container"));

        // A click on the map fills the coordinates; the map starts where the tenant's businesses
        // are.
        new Actions(browser.driver()).moveToElement(map, 30, 20).click().perform();
        browser.patient(10).until(d -> !browser.value("cluster:latitude").isEmpty());
        double latitude = Double.parseDouble(browser.value("cluster:latitude"));
        double longitude = Double.parseDouble(browser.value("cluster:longitude"));
        assertTrue(Math.abs(latitude - -7.95) < 1, "in Bondowoso: " + latitude);
        assertTrue(Math.abs(longitude - 113.8) < 1, "in Bondowoso: " + longitude);
        browser.waitFor(By.cssSelector(".location-map path.leaflet-interactive"));

        browser.type("cluster:name", name + " " + XSS);
        for (String field : TEXT_FIELDS) {
          browser.type("cluster:" + field, field + " " + XSS);
        }
        browser.click("cluster:save");
        browser.patient(20).until(d -> d.getCurrentUrl().contains("?id="));
        browser.assertNoScriptRan();
        assertTrue(browser.value("cluster:name").endsWith(XSS), "kept exactly as typed");
        assertTrue(
            browser.value("cluster:latitude").startsWith(String.valueOf(latitude).substring(0, 5)),
            "the picked point was saved");
        browser.shot("console-cluster");

        browser.click(By.cssSelector("[data-action=SUBMIT]"));
        browser.waitForText("status", "Diajukan");
        browser.click(By.cssSelector("[data-action=PUBLISH]"));
        browser.waitForText("status", "Terbit");
        String publicUrl = browser.driver().findElement(By.id("publicLink")).getAttribute("href");
        browser.get(publicUrl);
        assertTrue(browser.source().contains("contactName &lt;img src=x"), "shown as text");
        browser.assertNoScriptRan();

        browser.get("/bondowoso/konsol/kategori");
        browser.type("category:name", "Kategori " + XSS);
        browser.type("category:nameEn", "Category " + XSS);
        browser.click("category:save");
        browser.patient(20).until(d -> d.getPageSource().contains("Kategori &lt;img src=x"));
        browser.assertNoScriptRan();
      } catch (AssertionError | RuntimeException e) {
        browser.evidence("cluster-journey");
        throw e;
      }
    }

    // The operator deletes the category again, as CatalogConsolesIT does: the suite shares one
    // database, and CatalogIT counts Bondowoso's categories.
    ConsoleClient operator = new ConsoleClient(base, "10.8.8.8");
    operator.signIn("/bondowoso/konsol/masuk", "operator@bondowoso.etalase.id", PASSWORD);
    ConsoleClient.Page list = operator.get("/bondowoso/konsol/kategori");
    String slug =
        list.find("data-category=\"([^\"]+)\">Kategori &lt;img src=x")
            .orElseThrow(() -> new AssertionError(list.text()));
    String delete =
        list.find("<button id=\"([^\"]+)\"[^>]*data-delete=\"" + Pattern.quote(slug) + "\"")
            .orElseThrow(() -> new AssertionError(list.text()));
    ConsoleClient.Page gone = operator.ajax(list, "categories", delete, Map.of());
    assertTrue(gone.text().contains("Kategori dihapus"), gone.text());
  }
}
