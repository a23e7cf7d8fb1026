package id.etalase.web.konsol.impor;

import id.etalase.importing.ImportSheet;
import id.etalase.importing.ImportTemplate;
import id.etalase.web.consoles.common.Downloads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The import template's downloads on {@code konsol/impor/}: XLSX, or one CSV per sheet. */
@Named
@RequestScoped
public class ImportTemplateBacking {

  public void xlsx() {
    Downloads.send("template-umkm.xlsx", Downloads.XLSX, ImportTemplate::writeXlsx);
  }

  public void csvUsaha() {
    Downloads.send(
        "template-usaha.csv",
        Downloads.CSV,
        out -> ImportTemplate.writeCsv(ImportSheet.USAHA, out));
  }

  public void csvProduk() {
    Downloads.send(
        "template-produk.csv",
        Downloads.CSV,
        out -> ImportTemplate.writeCsv(ImportSheet.PRODUK, out));
  }
}
