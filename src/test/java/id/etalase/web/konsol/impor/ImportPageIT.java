package id.etalase.web.konsol.impor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.media.HostileImages;
import id.etalase.testing.ConsoleClient;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;
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

/**
 * The import page over HTTP, as the browser posts it: a data file with a ZIP of photos is checked
 * and the preview says what the ZIP held, what it ignored and which photo is missing; a 200 MB
 * file, past the browser's own size check as a script would send it, is refused with a sentence in
 * Indonesian while the server goes on serving the console and visitors.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportPageIT {

  static final String PASSWORD = System.getenv("ETALASE_ACCOUNTS_INITIAL_PASSWORD");
  static final long TWO_HUNDRED_MB = 200L * 1024 * 1024;

  @ArquillianResource URL base;

  @Test
  void aTwoHundredMegabyteFileIsRefusedWithAClearMessage() throws Exception {
    ConsoleClient operator = new ConsoleClient(base, "10.8.13.7");
    operator.signIn("/bondowoso/konsol/masuk", "operator@bondowoso.etalase.id", PASSWORD);
    ConsoleClient.Page page = operator.get("/bondowoso/konsol/impor/");
    assertEquals(200, page.status(), page.body());
    for (String upload : new String[] {"file", "photos"}) {
      ConsoleClient.Page refused =
          operator.upload(
              page,
              "upload",
              upload,
              "besar.zip",
              "application/zip",
              () -> zeros(TWO_HUNDRED_MB),
              TWO_HUNDRED_MB);
      assertEquals(413, refused.status(), upload);
      assertTrue(
          refused.text().contains("Berkas terlalu besar: paling besar 50 MB."), refused.body());
    }
    // The server is up: the operator's page and the public site answer.
    assertEquals(200, operator.get("/bondowoso/konsol/impor/").status());
    assertEquals(200, new ConsoleClient(base, "10.8.13.8").get("/bondowoso/").status());
  }

  @Test
  void aDataFileWithAZipOfPhotosIsCheckedOnThePage() throws Exception {
    String m = Long.toString(System.nanoTime() % 1_000_000);
    ConsoleClient operator = new ConsoleClient(base, "10.8.13.9");
    operator.signIn("/bondowoso/konsol/masuk", "operator@bondowoso.etalase.id", PASSWORD);
    ConsoleClient.Page page = operator.get("/bondowoso/konsol/impor/");
    byte[] xlsx;
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet usaha = book.createSheet("usaha");
      Row top = usaha.createRow(0);
      top.createCell(0).setCellValue("nama_usaha");
      top.createCell(1).setCellValue("kecamatan");
      top.createCell(2).setCellValue("foto");
      Row row = usaha.createRow(1);
      row.createCell(0).setCellValue("Halaman Foto " + m);
      row.createCell(1).setCellValue("Tamanan");
      row.createCell(2).setCellValue("ada.jpg, hilang.jpg");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      xlsx = out.toByteArray();
    }
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("foto/ADA.jpg"));
      out.write(HostileImages.photo(60, 40));
      out.putNextEntry(new ZipEntry("../jahat.jpg"));
      out.write(HostileImages.photo(60, 40));
    }
    String sheetType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    operator.upload(page, "upload", "file", "halaman.xlsx", sheetType, xlsx);
    ConsoleClient.Page received =
        operator.upload(page, "upload", "photos", "foto.zip", "application/zip", zip.toByteArray());
    assertTrue(received.text().contains("Berkas diterima: foto.zip"), received.body());
    ConsoleClient.Page checked = operator.ajaxForm(page, "upload", "upload:check", Map.of());
    String text = checked.text();
    assertTrue(text.contains("ZIP foto berisi 1 foto."), checked.body());
    assertTrue(
        text.contains(
            "Berkas di ZIP ini diabaikan karena namanya tidak aman (keluar dari folder):"
                + " ../jahat.jpg"),
        text);
    assertTrue(text.contains("Foto hilang.jpg tidak ada di ZIP foto."), text);
    assertFalse(
        checked.body().contains("preview:confirm"), "a file with errors is not confirmable");
  }

  /** {@code size} zeros, made as they are read, never held. */
  private static InputStream zeros(long size) {
    return new InputStream() {
      private long left = size;

      @Override
      public int read() {
        if (left == 0) {
          return -1;
        }
        left--;
        return 0;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left == 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        java.util.Arrays.fill(b, off, off + n, (byte) 0);
        left -= n;
        return n;
      }
    };
  }
}
