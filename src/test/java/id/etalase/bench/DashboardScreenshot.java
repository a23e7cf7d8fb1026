package id.etalase.bench;

import id.etalase.testing.ConsoleBrowser;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;

/**
 * Takes the README's screenshots of the government's dashboard (its top, its orders and its leads)
 * from a server started as the Run command starts it, so the picture shows the demo tenants'
 * generated months of orders, leads and views rather than a test's handful of records. Driven by
 * {@code bench/dashboard-screenshot.sh}.
 */
public final class DashboardScreenshot {

  private DashboardScreenshot() {}

  /** Arguments: the server's base URL, the demo accounts' password, the PNG to write. */
  public static void main(String[] args) throws Exception {
    String base = args[0];
    String password = args[1];
    Path png = Path.of(args[2]);
    try (ConsoleBrowser admin = ConsoleBrowser.desktop(new URL(base + "/"))) {
      admin.signIn("/bondowoso/konsol/masuk", "admin@bondowoso.etalase.id", password);
      admin.get("/bondowoso/admin/");
      admin.patient(30).until(d -> d.findElements(By.tagName("canvas")).size() >= 5);
      admin.driver().manage().window().setSize(new Dimension(1280, 1400));
      // Chart.js draws after load; the pictures wait for it to settle.
      Thread.sleep(2500);
      Files.createDirectories(png.toAbsolutePath().getParent());
      Files.write(png, admin.driver().getScreenshotAs(OutputType.BYTES));
      System.out.println("dashboard screenshot: " + png);
      // The orders' and the leads' charts lie below the catalog's: one picture each.
      for (String part : new String[] {"orders", "leadsByChannel"}) {
        ((JavascriptExecutor) admin.driver())
            .executeScript(
                "document.querySelector(\"section[data-chart='insight.chart."
                    + part
                    + "']\")"
                    + ".scrollIntoView()");
        Thread.sleep(500);
        Path shot =
            png.resolveSibling(png.getFileName().toString().replace(".png", "-" + part + ".png"));
        Files.write(shot, admin.driver().getScreenshotAs(OutputType.BYTES));
        System.out.println("dashboard screenshot: " + shot);
      }
    }
  }
}
