package id.etalase.web.konsol.impor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.testing.ConsoleBrowser;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The bulk import in headless Chromium, as an operator uses it: a messy CSV whose headers are not
 * the template's is mapped by hand (and the mapping saved), its error read, the fixed file checked
 * with the saved mapping and confirmed; the history shows it done, and it is undone there.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportJourneyIT {

  static final String PASSWORD = System.getenv("ETALASE_ACCOUNTS_INITIAL_PASSWORD");

  @ArquillianResource URL base;

  @Test
  void operatorMapsAMessyFileReadsItsErrorImportsTheFixedOneAndUndoesIt() throws Exception {
    String n = Long.toString(System.nanoTime() % 1_000_000);
    Path folder = Files.createTempDirectory("etalase-import-journey");
    Path messy = folder.resolve("jalur-" + n + "-salah.csv");
    Files.writeString(
        messy,
        "DATA UMKM UJI\n"
            + "Usaha Mikro;Wilayah;No HP\n"
            + "Jalur Impor Satu "
            + n
            + ";Tamanan;0812-3456-7002\n"
            + "Jalur Impor Dua "
            + n
            + ";tamnan;12345\n",
        StandardCharsets.UTF_8);
    Path fixed = folder.resolve("jalur-" + n + ".csv");
    Files.writeString(
        fixed,
        "Usaha Mikro;Wilayah;No HP\n"
            + "Jalur Impor Satu "
            + n
            + ";Tamanan;0812-3456-7002\n"
            + "Jalur Impor Dua "
            + n
            + ";tamnan;0812-3456-7003\n",
        StandardCharsets.UTF_8);

    ConsoleBrowser operator = ConsoleBrowser.open(base);
    try {
      operator.signIn("/bondowoso/konsol/masuk", "impor.operator@bondowoso.etalase.id", PASSWORD);
      operator.get("/bondowoso/konsol/impor/");
      upload(operator, messy);
      operator.click("upload:check");

      // The headers are not the template's: each is mapped by hand, and the mapping saved.
      operator.waitFor(By.id("mapping:headers"));
      operator.choose("mapping:headers:0:column", "nama_usaha");
      operator.choose("mapping:headers:1:column", "kecamatan");
      operator.type("mapping:name", "Jalur " + n);
      operator.click("mapping:apply");

      // The preview lists the bad phone number with its row, and nothing can be confirmed.
      operator.patient(30).until(d -> d.getPageSource().contains("Nomor telepon Indonesia"));
      String errors = operator.text("preview:errors");
      assertTrue(errors.contains("12345") && errors.contains("telepon"), errors);
      assertTrue(operator.driver().findElements(By.id("preview:confirm")).isEmpty());

      // The fixed file, checked with the saved mapping, is confirmed.
      upload(operator, fixed);
      operator.choose("upload:savedMapping", "Jalur " + n);
      operator.click("upload:check");
      operator.waitFor(By.id("preview:confirm"));
      operator.click("preview:confirm");
      operator.click(By.cssSelector(".ui-confirmdialog-yes"));
      operator.patient(30).until(d -> d.getCurrentUrl().contains("/konsol/impor/riwayat"));

      // The history shows it running, then done; it is undone from there.
      By status =
          By.xpath("//tr[.//span[text()='" + fixed.getFileName() + "']]//span[@data-status]");
      operator
          .patient(120)
          .until(d -> "DONE".equals(d.findElement(status).getAttribute("data-status")));
      assertTrue(operator.source().contains("Dibuat 2"), "two businesses created");
      operator.click(By.xpath("//tr[.//span[text()='" + fixed.getFileName() + "']]//button"));
      operator.click(By.cssSelector(".ui-confirmdialog-yes"));
      operator
          .patient(30)
          .until(d -> "UNDONE".equals(d.findElement(status).getAttribute("data-status")));
      operator.assertNoScriptRan();
    } catch (RuntimeException | AssertionError failure) {
      operator.evidence("import-journey");
      throw failure;
    } finally {
      operator.close();
    }
  }

  private static void upload(ConsoleBrowser browser, Path file) {
    browser
        .driver()
        .findElement(By.cssSelector("#upload\\:file input[type=file]"))
        .sendKeys(file.toString());
    browser
        .patient(30)
        .until(
            d ->
                d.findElements(By.cssSelector("[data-received=file]")).stream()
                    .anyMatch(e -> e.getText().contains(file.getFileName().toString())));
  }
}
