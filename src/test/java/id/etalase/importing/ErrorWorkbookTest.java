package id.etalase.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ErrorWorkbookTest {

  @Test
  void marksWrongCellsAndExplainsThemInIndonesian() throws IOException {
    RowValidator validator = new RowValidator(RegionMatcherTest.BONDOWOSO);
    ImportRow good =
        RowValidatorTest.row(
            ImportSheet.USAHA,
            2,
            Map.of(Column.NAMA_USAHA, "Batik Sekar", Column.KECAMATAN, "Tamanan"));
    ImportRow bad =
        RowValidatorTest.row(
            ImportSheet.USAHA,
            3,
            Map.of(
                Column.NAMA_USAHA, "=HYPERLINK(\"http://evil\",\"klik\")",
                Column.KECAMATAN, "Tamanan",
                Column.NIB, "12345"));
    List<RowError> errors = validator.business(bad).errors();
    assertTrue(validator.business(good).isValid());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ErrorWorkbook().write(good.header(), List.of(good, bad), Map.of(3, errors), out);

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      XSSFSheet sheet = workbook.getSheet("usaha");
      int errorColumn = ImportSheet.USAHA.columns().size();
      assertEquals("kesalahan", sheet.getRow(0).getCell(errorColumn).getStringCellValue());
      XSSFRow okRow = sheet.getRow(1);
      assertEquals("Batik Sekar", okRow.getCell(0).getStringCellValue());
      assertEquals("", okRow.getCell(errorColumn).getStringCellValue());

      XSSFRow wrongRow = sheet.getRow(2);
      XSSFCell name = wrongRow.getCell(0);
      assertEquals(CellType.STRING, name.getCellType());
      assertEquals("=HYPERLINK(\"http://evil\",\"klik\")", name.getStringCellValue());
      assertTrue(name.getCellStyle().getQuotePrefixed());
      assertEquals(FillPatternType.SOLID_FOREGROUND, name.getCellStyle().getFillPattern());
      assertNotNull(name.getCellComment());
      assertTrue(
          name.getCellComment().getString().getString().startsWith("Berisi rumus"),
          name.getCellComment().getString().getString());

      XSSFCell nib = wrongRow.getCell(2);
      assertEquals("NIB harus 13 angka.", nib.getCellComment().getString().getString());
      assertNull(wrongRow.getCell(1).getCellComment());
      assertEquals(
          "nama_usaha: Berisi rumus spreadsheet. Tulis teksnya saja, tanpa = di depan.; nib: NIB"
              + " harus 13 angka.",
          wrongRow.getCell(errorColumn).getStringCellValue());
    }
  }

  @Test
  void formatsArgumentsWithoutGroupingRowNumbers() {
    RowError error =
        new RowError(
            ImportSheet.USAHA, 1500, "nib", "x", "import.error.duplicateProduct", List.of(1234));
    assertEquals(
        "Produk ini sudah ada di baris 1234 untuk usaha yang sama.",
        new ErrorWorkbook().message(error));
  }

  @Test
  void keepsCellsPastTheHeaderRightOfTheErrorColumn() throws IOException {
    MappedHeader header =
        ColumnMapping.automatic(ImportSheet.USAHA).map(List.of("nama_usaha", "kecamatan"));
    ImportRow row = new ImportRow(header, 2, List.of("", "Tamanan", "catatan"));
    List<RowError> errors = new RowValidator(RegionMatcherTest.BONDOWOSO).business(row).errors();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ErrorWorkbook().write(header, List.of(row), Map.of(2, errors), out);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      XSSFRow written = workbook.getSheet("usaha").getRow(1);
      assertEquals("nama_usaha: Wajib diisi.", written.getCell(2).getStringCellValue());
      assertEquals("catatan", written.getCell(3).getStringCellValue());
      assertEquals("Wajib diisi.", written.getCell(0).getCellComment().getString().getString());
    }
  }
}
