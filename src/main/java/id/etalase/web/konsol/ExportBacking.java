package id.etalase.web.konsol;

import id.etalase.catalog.ProductFilter;
import id.etalase.importing.CatalogExport;
import id.etalase.importing.ExportFilter;
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
 * CSV a sheet), narrowed by the business list's filters, and the government's report. The products
 * are those of the chosen businesses, in the chosen category when one is. The service checks who
 * asks.
 */
@Named
@RequestScoped
public class ExportBacking extends BusinessFilterFields {

  private static final long serialVersionUID = 1L;

  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  @Inject private CatalogExport export;
  @Inject private GovernmentReport report;
  @Inject private SignedIn signedIn;
  @Inject private CurrentTenant currentTenant;

  /** The filter as chosen: the business list's, with the category narrowing the products too. */
  ExportFilter filter() {
    return new ExportFilter(
        businessFilter(), new ProductFilter(null, null, getCategoryId(), null, null));
  }

  public void xlsx() {
    ExportFilter filter = filter();
    Downloads.send(
        fileName(currentTenant.require().slug(), "data", "xlsx"),
        Downloads.XLSX,
        out -> export.xlsx(signedIn.require(), filter, out));
  }

  public void csvUsaha() {
    ExportFilter filter = filter();
    Downloads.send(
        fileName(currentTenant.require().slug(), "usaha", "csv"),
        Downloads.CSV,
        out -> export.csv(signedIn.require(), ImportSheet.USAHA, filter, out));
  }

  public void csvProduk() {
    ExportFilter filter = filter();
    Downloads.send(
        fileName(currentTenant.require().slug(), "produk", "csv"),
        Downloads.CSV,
        out -> export.csv(signedIn.require(), ImportSheet.PRODUK, filter, out));
  }

  public void report() {
    Downloads.send(
        fileName(currentTenant.require().slug(), "laporan", "xlsx"),
        Downloads.XLSX,
        out -> report.write(signedIn.require(), out));
  }

  /** {@code etalase-bondowoso-usaha-2026-12-02.csv}: the tenant's slug is a plain word. */
  public static String fileName(String tenantSlug, String what, String extension) {
    return "etalase-" + tenantSlug + "-" + what + "-" + LocalDate.now(JAKARTA) + "." + extension;
  }
}
