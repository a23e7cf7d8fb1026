package id.etalase.web.konsol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.importing.Column;
import id.etalase.importing.ImportSheet;
import id.etalase.testing.ConsoleClient;
import id.etalase.testing.ConsoleClient.Page;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The filtered export as an operator asks for it over HTTP: the export page's kecamatan and the
 * product list's category narrow the CSV to exactly the rows the unfiltered export holds for them,
 * and a kecamatan the page does not offer (another tenant's) downloads nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExportPageIT {

  static final String PASSWORD = System.getenv("ETALASE_ACCOUNTS_INITIAL_PASSWORD");

  @ArquillianResource URL base;

  @Test
  void theExportPageAndTheProductListExportExactlyWhatTheirFiltersMatch() throws Exception {
    ConsoleClient operator = new ConsoleClient(base, "10.30.0.1");
    operator.signIn("/bondowoso/konsol/masuk", "operator@bondowoso.etalase.id", PASSWORD);

    // The export page: everything, then one kecamatan, the one of the first business.
    Page all =
        operator.submit(operator.get("/bondowoso/konsol/ekspor"), "export", "csvUsaha", Map.of());
    List<List<String>> businesses = csv(all, ImportSheet.USAHA);
    assertFalse(businesses.isEmpty(), "the demo tenant has businesses");
    int kecamatan = ImportSheet.USAHA.columns().indexOf(Column.KECAMATAN);
    String name = businesses.get(0).get(kecamatan);
    Page page = operator.get("/bondowoso/konsol/ekspor");
    String code =
        page.find("<option value=\"([0-9.]+)\"[^>]*>" + label(name) + "</option>")
            .orElseThrow(() -> new AssertionError("no kecamatan " + name + " offered"));
    Page chosen =
        operator.submit(page, "export", "csvUsaha", Map.of("district_input", code, "text", ""));
    List<List<String>> inKecamatan = csv(chosen, ImportSheet.USAHA);
    assertEquals(
        businesses.stream().filter(row -> row.get(kecamatan).equals(name)).toList(), inKecamatan);
    assertTrue(inKecamatan.size() < businesses.size(), "the demo spans several kecamatan");

    // Another tenant's kecamatan is not among the choices: nothing is downloaded.
    Page tampered = operator.get("/bondowoso/konsol/ekspor");
    Page refused =
        operator.submit(tampered, "export", "csvUsaha", Map.of("district_input", "35.12.01"));
    assertFalse(
        refused.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
        refused.text());

    // The product list's category, exported from the list.
    Page allProducts =
        operator.submit(operator.get("/bondowoso/konsol/ekspor"), "export", "csvProduk", Map.of());
    List<List<String>> products = csv(allProducts, ImportSheet.PRODUK);
    int kategori = ImportSheet.PRODUK.columns().indexOf(Column.KATEGORI);
    String category =
        products.stream()
            .map(row -> row.get(kategori))
            .filter(c -> !c.isEmpty())
            .findFirst()
            .orElseThrow();
    Page list = operator.get("/bondowoso/konsol/produk/");
    String categoryId =
        list.find("<option value=\"([0-9]+)\"[^>]*>" + label(category) + "</option>")
            .orElseThrow(() -> new AssertionError("no category " + category + " offered"));
    Page inCategory =
        operator.submit(list, "products", "export", Map.of("category_input", categoryId));
    List<List<String>> exported = csv(inCategory, ImportSheet.PRODUK);
    assertFalse(exported.isEmpty());
    assertTrue(exported.size() < products.size(), "the demo spans several categories");
    assertEquals(
        products.stream().filter(row -> row.get(kategori).equals(category)).toList(), exported);
  }

  /** An option's label as a pattern, as the page escapes it. */
  private static String label(String name) {
    return Pattern.quote(name.replace("&", "&amp;"));
  }

  /** The data rows of a CSV download, after checking it is one with the sheet's header. */
  private static List<List<String>> csv(Page download, ImportSheet sheet) throws IOException {
    String type = download.headers().firstValue("Content-Type").orElse("");
    assertTrue(type.startsWith("text/csv"), type + ": " + download.text());
    List<List<String>> rows = new ArrayList<>();
    try (CSVParser parser =
        CSVParser.parse(
            new StringReader(download.body().replace("\uFEFF", "")), CSVFormat.DEFAULT)) {
      for (CSVRecord record : parser) {
        rows.add(record.toList());
      }
    }
    assertEquals(sheet.columns(), rows.get(0));
    return rows.subList(1, rows.size());
  }
}
