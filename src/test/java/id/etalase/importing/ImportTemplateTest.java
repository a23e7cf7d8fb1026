package id.etalase.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The downloadable template, read back by the import itself: its example rows must pass. */
class ImportTemplateTest {

  @Test
  void theWorkbookTemplateReadsBackAndItsExamplesAreValid() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImportTemplate.writeXlsx(out);
    byte[] file = out.toByteArray();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      assertEquals("usaha", workbook.getSheetName(0));
      assertEquals("produk", workbook.getSheetName(1));
      assertEquals("petunjuk", workbook.getSheetName(2));
    }
    for (ImportSheet sheet : ImportSheet.values()) {
      List<ImportRow> rows = read(file, sheet);
      assertEquals(1, rows.size());
      assertEquals(sheet.columns(), rows.get(0).header().headers());
      assertOnlyTheExampleIsRefused(rows.get(0));
    }
  }

  @Test
  void theCsvTemplatesReadBackAndTheirExamplesAreValid() throws IOException {
    for (ImportSheet sheet : ImportSheet.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImportTemplate.writeCsv(sheet, out);
      byte[] file = out.toByteArray();
      assertEquals((byte) 0xEF, file[0]);
      List<ImportRow> rows = read(file, sheet);
      assertEquals(1, rows.size());
      assertEquals(sheet.example(), rows.get(0).cells());
      assertOnlyTheExampleIsRefused(rows.get(0));
    }
  }

  private static List<ImportRow> read(byte[] file, ImportSheet sheet) {
    List<ImportRow> rows = new ArrayList<>();
    MappedHeader header =
        SheetParser.parse(
            new SpreadsheetReader(ImportLimits.DEFAULT),
            new ByteArrayInputStream(file),
            ColumnMapping.automatic(sheet),
            rows::add);
    assertTrue(header.ignored().isEmpty());
    return rows;
  }

  /** Every value of the example is valid; the row itself is refused for being the example. */
  private static void assertOnlyTheExampleIsRefused(ImportRow row) {
    assertEquals(
        List.of("import.error.exampleRow"),
        validate(row).stream().map(RowError::messageKey).toList(),
        row.sheet().sheetName());
  }

  private static List<RowError> validate(ImportRow row) {
    RowValidator validator = new RowValidator(RegionMatcherTest.BONDOWOSO);
    return row.sheet() == ImportSheet.USAHA
        ? validator.business(row).errors()
        : validator.product(row).errors();
  }
}
