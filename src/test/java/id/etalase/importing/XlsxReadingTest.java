package id.etalase.importing;

import static id.etalase.importing.Uploads.rows;
import static id.etalase.importing.Uploads.xlsx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;

/** XLSX uploads through the streaming reader: what operators' workbooks hold, and hostile files. */
class XlsxReadingTest {

  @Test
  void readsTheSheetByNameIgnoringCase() throws IOException {
    byte[] file =
        xlsx(
            wb -> {
              wb.createSheet("Petunjuk").createRow(0).createCell(0).setCellValue("baca ini");
              row(wb.createSheet("PRODUK"), 0, "nama_produk", "nib");
              XSSFSheet usaha = wb.createSheet("Usaha");
              row(usaha, 0, "nama_usaha", "kecamatan");
              row(usaha, 1, "Batik Sekar", "Tamanan");
            });
    List<SheetRow> usaha = rows(new ByteArrayInputStream(file), ImportSheet.USAHA);
    assertEquals(List.of("Batik Sekar", "Tamanan"), usaha.get(1).cells());
    assertEquals(2, usaha.get(1).number());
    List<SheetRow> produk = rows(new ByteArrayInputStream(file), ImportSheet.PRODUK);
    assertEquals(List.of("nama_produk", "nib"), produk.get(0).cells());
  }

  @Test
  void aWorkbookOfOneSheetIsTheBusinessSheet() throws IOException {
    byte[] file = xlsx(wb -> row(wb.createSheet("Sheet1"), 0, "nama_usaha", "kecamatan"));
    assertEquals(
        "nama_usaha", rows(new ByteArrayInputStream(file), ImportSheet.USAHA).get(0).cell(0));
    ImportFileException e =
        assertThrows(
            ImportFileException.class,
            () -> rows(new ByteArrayInputStream(file), ImportSheet.PRODUK));
    assertEquals("import.file.noSheet", e.messageKey());
  }

  @Test
  void readsCellsAsTheOperatorSeesThem() throws IOException {
    byte[] file =
        xlsx(
            wb -> {
              XSSFSheet sheet = wb.createSheet("usaha");
              CellStyle date = wb.createCellStyle();
              date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
              Row row = sheet.createRow(0);
              row.createCell(0).setCellValue("081234567890");
              row.createCell(1).setCellValue(1234567890123d);
              row.createCell(2).setCellValue(-7.9821);
              row.createCell(3).setCellValue(2015);
              row.createCell(4).setCellValue(LocalDate.of(2015, 8, 17));
              row.getCell(4).setCellStyle(date);
              row.createCell(5).setCellValue(true);
            });
    SheetRow row = rows(new ByteArrayInputStream(file), ImportSheet.USAHA).get(0);
    assertEquals("081234567890", row.cell(0));
    assertEquals("1234567890123", row.cell(1));
    assertEquals("-7,9821", row.cell(2));
    assertEquals("2015", row.cell(3));
    assertEquals("17/08/2015", row.cell(4));
    assertEquals("TRUE", row.cell(5));
  }

  @Test
  void keepsFormulasAsTextNeverEvaluated() throws IOException {
    byte[] file =
        xlsx(
            wb -> {
              Row row = wb.createSheet("usaha").createRow(0);
              row.createCell(0).setCellFormula("HYPERLINK(\"http://evil\",\"klik\")");
              row.createCell(1).setCellValue("=cmd|' /C calc'!A0");
              row.createCell(2).setCellFormula("1+1");
            });
    SheetRow row = rows(new ByteArrayInputStream(file), ImportSheet.USAHA).get(0);
    assertEquals("=HYPERLINK(\"http://evil\",\"klik\")", row.cell(0));
    assertEquals("=cmd|' /C calc'!A0", row.cell(1));
    assertEquals("=1+1", row.cell(2));
  }

  @Test
  void ignoresTheCachedResultOfAFormulaAsExcelSavesIt() throws IOException {
    byte[] file =
        xlsx(
            wb -> {
              Row row = wb.createSheet("usaha").createRow(0);
              row.createCell(0).setCellFormula("HYPERLINK(\"http://evil\",\"klik\")");
              row.createCell(1).setCellFormula("2*3");
              wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            });
    SheetRow row = rows(new ByteArrayInputStream(file), ImportSheet.USAHA).get(0);
    assertEquals(List.of("=HYPERLINK(\"http://evil\",\"klik\")", "=2*3"), row.cells());
  }

  @Test
  void ignoresCellsFarToTheRight() throws IOException {
    byte[] file =
        xlsx(
            wb -> {
              Row row = wb.createSheet("usaha").createRow(0);
              row.createCell(0).setCellValue("nama_usaha");
              row.createCell(16_000).setCellValue("jauh");
            });
    assertEquals(
        List.of("nama_usaha"),
        rows(new ByteArrayInputStream(file), ImportSheet.USAHA).get(0).cells());
  }

  @Test
  void readsMergedCellsAsTheFirstValueAndBlanks() throws IOException {
    byte[] file =
        xlsx(
            wb -> {
              XSSFSheet sheet = wb.createSheet("usaha");
              row(sheet, 0, "DATA UMKM KABUPATEN BONDOWOSO 2025");
              sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
              row(sheet, 2, "nama_usaha", "kecamatan", "desa");
              row(sheet, 3, "Batik Sekar", "Tamanan", "Tamanan");
              row(sheet, 4, "Batik Arum");
              sheet.addMergedRegion(new CellRangeAddress(3, 4, 1, 2));
            });
    List<ImportRow> rows = new ArrayList<>();
    MappedHeader header =
        SheetParser.parse(
            new SpreadsheetReader(ImportLimits.DEFAULT),
            new ByteArrayInputStream(file),
            ColumnMapping.automatic(ImportSheet.USAHA),
            rows::add);
    assertEquals(List.of("nama_usaha", "kecamatan", "desa"), header.headers());
    assertEquals(2, rows.size());
    assertEquals("Tamanan", rows.get(0).value(Column.KECAMATAN));
    assertEquals(5, rows.get(1).number());
    assertEquals("", rows.get(1).value(Column.KECAMATAN));
  }

  @Test
  void refusesAZipBomb() throws IOException {
    byte[] normal = xlsx(wb -> row(wb.createSheet("usaha"), 0, "nama_usaha", "kecamatan"));
    byte[] bomb = Uploads.padded(normal, 50L * 1024 * 1024);
    assertTrue(bomb.length < 200 * 1024, "the bomb is small: " + bomb.length);
    assertKey("import.file.zipBomb", new ByteArrayInputStream(bomb));
  }

  @Test
  void refusesAFileOverTheByteLimit() {
    InputStream big =
        new SequenceInputStream(
            new ByteArrayInputStream(new byte[] {'P', 'K', 3, 4}), Uploads.endless());
    SpreadsheetReader reader = new SpreadsheetReader(new ImportLimits(2 * 1024 * 1024, 100));
    ImportFileException e =
        assertThrows(
            ImportFileException.class, () -> reader.read(big, ImportSheet.USAHA, row -> {}));
    assertEquals("import.file.tooLarge", e.messageKey());
  }

  @Test
  void refusesCorruptAndForeignZips() throws IOException {
    byte[] normal = xlsx(wb -> row(wb.createSheet("usaha"), 0, "nama_usaha", "kecamatan"));
    byte[] truncated = Arrays.copyOf(normal, normal.length / 2);
    ImportFileException e =
        assertThrows(
            ImportFileException.class,
            () -> rows(new ByteArrayInputStream(truncated), ImportSheet.USAHA));
    assertTrue(
        List.of("import.file.xlsxBroken", "import.file.notSpreadsheet").contains(e.messageKey()),
        e.messageKey());

    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("foto.txt"));
      out.write("bukan excel".getBytes());
    }
    ImportFileException foreign =
        assertThrows(
            ImportFileException.class,
            () -> rows(new ByteArrayInputStream(zip.toByteArray()), ImportSheet.USAHA));
    assertTrue(
        List.of("import.file.xlsxBroken", "import.file.notSpreadsheet")
            .contains(foreign.messageKey()),
        foreign.messageKey());
  }

  @Test
  void refusesTooManyRows() throws IOException {
    byte[] file =
        xlsx(
            wb -> {
              XSSFSheet sheet = wb.createSheet("usaha");
              row(sheet, 0, "nama_usaha", "kecamatan");
              for (int i = 1; i <= 30; i++) {
                row(sheet, i, "UMKM " + i, "Tamanan");
              }
            });
    ImportFileException e =
        assertThrows(
            ImportFileException.class,
            () ->
                SheetParser.parse(
                    new SpreadsheetReader(new ImportLimits(1_000_000, 25)),
                    new ByteArrayInputStream(file),
                    ColumnMapping.automatic(ImportSheet.USAHA),
                    row -> {}));
    assertEquals("import.file.tooManyRows", e.messageKey());
  }

  private static void assertKey(String key, InputStream in) {
    ImportFileException e =
        assertThrows(ImportFileException.class, () -> rows(in, ImportSheet.USAHA));
    assertEquals(key, e.messageKey());
  }

  static void row(XSSFSheet sheet, int index, String... values) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < values.length; i++) {
      row.createCell(i).setCellValue(values[i]);
    }
  }
}
