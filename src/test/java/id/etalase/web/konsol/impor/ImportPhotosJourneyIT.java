package id.etalase.web.konsol.impor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.media.HostileImages;
import id.etalase.media.ImagePipeline;
import id.etalase.testing.ConsoleBrowser;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The photos ZIP in headless Chromium, as an operator uses it: a workbook and a ZIP of its photos
 * uploaded side by side, checked, confirmed for publishing; the business appears on the public site
 * with its photo, and the import is undone from the history.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportPhotosJourneyIT {

  static final String PASSWORD = System.getenv("ETALASE_ACCOUNTS_INITIAL_PASSWORD");

  @ArquillianResource URL base;

  @Test
  void operatorImportsABusinessWithItsPhotoWhichThePublicSiteShows() throws Exception {
    String n = Long.toString(System.nanoTime() % 1_000_000);
    Path folder = Files.createTempDirectory("etalase-import-photos-journey");
    Path data = folder.resolve("foto-" + n + ".xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(data)) {
      Sheet usaha = book.createSheet("usaha");
      Row top = usaha.createRow(0);
      Row row = usaha.createRow(1);
      String[][] cells = {
        {"nama_usaha", "Jalur Foto " + n}, {"kecamatan", "Tamanan"}, {"foto", "Jalur.JPG"}
      };
      for (int i = 0; i < cells.length; i++) {
        top.createCell(i).setCellValue(cells[i][0]);
        row.createCell(i).setCellValue(cells[i][1]);
      }
      book.write(out);
    }
    byte[] photo = HostileImages.withComment(HostileImages.photo(400, 300), "jalur " + n);
    Path zip = folder.resolve("foto-" + n + ".zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("foto/jalur.jpg"));
      out.write(photo);
    }

    ConsoleBrowser operator = ConsoleBrowser.open(base);
    try {
      operator.signIn(
          "/bondowoso/konsol/masuk", "imporfoto.operator@bondowoso.etalase.id", PASSWORD);
      operator.get("/bondowoso/konsol/impor/");
      upload(operator, "file", data);
      upload(operator, "photos", zip);
      operator.click("upload:check");
      operator.waitFor(By.id("preview:confirm"));
      assertTrue(
          operator.source().contains("ZIP foto berisi 1 foto."), "the preview names the ZIP");
      operator.click(By.cssSelector("label[for='preview:publish:1']"));
      operator.click("preview:confirm");
      operator.click(By.cssSelector(".ui-confirmdialog-yes"));
      operator.patient(30).until(d -> d.getCurrentUrl().contains("/konsol/impor/riwayat"));
      By status =
          By.xpath("//tr[.//span[text()='" + data.getFileName() + "']]//span[@data-status]");
      operator
          .patient(120)
          .until(d -> "DONE".equals(d.findElement(status).getAttribute("data-status")));

      // Published with its photo, as the public site serves it.
      operator.get("/bondowoso/usaha/jalur-foto-" + n);
      String hash = ImagePipeline.hashOf(photo);
      assertTrue(
          operator.source().contains("/foto/" + hash + "-"), "the imported photo on the site");

      operator.get("/bondowoso/konsol/impor/riwayat");
      operator.click(By.xpath("//tr[.//span[text()='" + data.getFileName() + "']]//button"));
      operator.click(By.cssSelector(".ui-confirmdialog-yes"));
      operator
          .patient(30)
          .until(d -> "UNDONE".equals(d.findElement(status).getAttribute("data-status")));
      operator.assertNoScriptRan();
    } catch (RuntimeException | AssertionError failure) {
      operator.evidence("import-photos-journey");
      throw failure;
    } finally {
      operator.close();
    }
  }

  private static void upload(ConsoleBrowser browser, String id, Path file) {
    browser
        .driver()
        .findElement(By.cssSelector("#upload\\:" + id + " input[type=file]"))
        .sendKeys(file.toString());
    browser
        .patient(30)
        .until(
            d ->
                d.findElements(By.cssSelector("[data-received=" + id + "]")).stream()
                    .anyMatch(e -> e.getText().contains(file.getFileName().toString())));
  }
}
