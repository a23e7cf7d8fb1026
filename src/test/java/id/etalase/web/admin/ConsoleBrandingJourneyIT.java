package id.etalase.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.testing.Browser;
import id.etalase.testing.ConsoleBrowser;
import id.etalase.testing.TenantFolders;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The branding page in headless Chromium: the admin types a new colour, the preview takes it while
 * the public site keeps the old one, the admin publishes, and the public site shows it; no script
 * error or CSP violation on the way. Takes the screenshot {@code console-branding.png} when run
 * with {@code -Detalase.screenshots=...}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleBrandingJourneyIT {

  static final String PASSWORD = System.getenv("ETALASE_ACCOUNTS_INITIAL_PASSWORD");

  @ArquillianResource URL base;

  @Test
  void theAdminSeesTheColourInThePreviewPublishesItAndVisitorsSeeIt() throws Exception {
    ConsoleBrowser admin = ConsoleBrowser.desktop(base);
    try {
      admin.signIn("/situbondo/konsol/masuk", "pratinjau.admin@situbondo.etalase.id", PASSWORD);
      admin.click("nav-branding");
      admin.patient(20).until(ExpectedConditions.urlContains("/situbondo/admin/merek"));
      assertEquals("#0b5470", admin.waitFor(By.id("brand-preview")).getAttribute("data-primary"));
      assertEquals("rgb(11, 84, 112)", masthead(admin.driver(), ".bp-masthead"));

      // A colour typed in upper case; leaving the field updates the preview.
      // Selected and typed over, not cleared: clearing is a change of its own, sent at once.
      admin
          .driver()
          .findElement(By.id("brand:primaryColour"))
          .sendKeys(Keys.chord(Keys.CONTROL, "a"), "#7B2D8E");
      admin.click("brand:officeName");
      admin
          .patient(20)
          .until(
              d ->
                  "#7b2d8e"
                      .equals(d.findElement(By.id("brand-preview")).getAttribute("data-primary")));
      assertEquals("rgb(123, 45, 142)", masthead(admin.driver(), ".bp-masthead"));
      assertEquals("#7b2d8e", admin.value("brand:primaryColour"));
      // The form was rendered again by ajax: type into the new one.
      admin
          .patient(20)
          .ignoring(ElementNotInteractableException.class)
          .until(
              d -> {
                admin.type("brand:tagline", "Kopi Argopuro dan batik pesisir");
                return true;
              });
      admin.click("brand:previewButton");
      admin
          .patient(20)
          .until(d -> d.findElement(By.id("preview-tagline")).getText().contains("Argopuro"));
      // Read through the patient wait: the ajax answer may still be replacing the element.
      Boolean draft =
          admin
              .patient(20)
              .until(d -> d.findElement(By.id("draft-state")).getText().contains("Draf"));
      assertTrue(draft);
      admin.shot("console-branding");

      // Visitors still see the published colour.
      try (ConsoleBrowser visitor = ConsoleBrowser.open(base)) {
        visitor.get("/situbondo/");
        assertEquals("rgb(11, 84, 112)", masthead(visitor.driver(), ".masthead"));

        admin.click("brand:publish");
        admin.patient(20).until(d -> d.getPageSource().contains("Merek diterbitkan"));
        assertTrue(admin.text("draft-state").contains("Sama dengan"));

        visitor.get("/situbondo/");
        assertEquals("rgb(123, 45, 142)", masthead(visitor.driver(), ".masthead"));
        assertTrue(
            visitor
                .driver()
                .findElement(By.cssSelector(".tagline"))
                .getText()
                .contains("Argopuro"));
        assertEquals(List.of(), Browser.consoleErrors(visitor.driver()));
      }
      assertEquals(List.of(), Browser.consoleErrors(admin.driver()));
    } catch (Exception | AssertionError failed) {
      admin.evidence("branding-journey");
      throw failed;
    } finally {
      admin.close();
      // The shipped folder again, for the other test classes on this server.
      TenantFolders.restore(base, "situbondo");
    }
  }

  private static String masthead(WebDriver browser, String css) {
    return browser
        .findElement(By.cssSelector(css))
        .getCssValue("background-color")
        .replace("rgba", "rgb")
        .replace(", 1)", ")");
  }
}
