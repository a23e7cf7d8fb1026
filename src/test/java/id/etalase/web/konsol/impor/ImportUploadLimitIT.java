package id.etalase.web.konsol.impor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.testing.ConsoleClient;
import java.io.InputStream;
import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A 200 MB file posted to the import page, past the browser's own size check, as a script would:
 * the operator reads why in Indonesian, and the server goes on serving the console and visitors.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportUploadLimitIT {

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
