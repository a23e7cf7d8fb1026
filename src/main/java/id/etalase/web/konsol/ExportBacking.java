package id.etalase.web.konsol;

import id.etalase.importing.CatalogExport;
import id.etalase.importing.GovernmentReport;
import id.etalase.importing.ImportSheet;
import id.etalase.tenant.CurrentTenant;
import id.etalase.web.consoles.common.Downloads;
import id.etalase.web.consoles.common.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * {@code /konsol/ekspor}: the tenant's businesses and products in the import template (XLSX or one
 * CSV a sheet), and the government's report. The service checks who asks.
 */
@Named
@RequestScoped
public class ExportBacking {

  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  @Inject private CatalogExport export;
  @Inject private GovernmentReport report;
  @Inject private SignedIn signedIn;
  @Inject private CurrentTenant currentTenant;

  public void xlsx() {
    Downloads.send(
        name("data", "xlsx"), Downloads.XLSX, out -> export.xlsx(signedIn.require(), out));
  }

  public void csvUsaha() {
    Downloads.send(
        name("usaha", "csv"),
        Downloads.CSV,
        out -> export.csv(signedIn.require(), ImportSheet.USAHA, out));
  }

  public void csvProduk() {
    Downloads.send(
        name("produk", "csv"),
        Downloads.CSV,
        out -> export.csv(signedIn.require(), ImportSheet.PRODUK, out));
  }

  public void report() {
    Downloads.send(
        name("laporan", "xlsx"), Downloads.XLSX, out -> report.write(signedIn.require(), out));
  }

  /** {@code etalase-bondowoso-usaha-2026-12-02.csv}: the tenant's slug is a plain word. */
  private String name(String what, String extension) {
    return "etalase-"
        + currentTenant.require().slug()
        + "-"
        + what
        + "-"
        + LocalDate.now(JAKARTA)
        + "."
        + extension;
  }
}
