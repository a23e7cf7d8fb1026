package id.etalase.importing;

import static id.etalase.importing.Uploads.csv;
import static id.etalase.importing.Uploads.rows;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** CSV uploads as Excel, LibreOffice and hand-made scripts produce them, and hostile ones. */
class CsvReadingTest {

  @Test
  void readsSemicolonCsvWithByteOrderMark() {
    String text = "\uFEFFnama_usaha;kecamatan;harga\r\nBatik Sekar;Tamanan;150.000,00\r\n";
    List<SheetRow> rows = rows(csv(text, UTF_8), ImportSheet.USAHA);
    assertEquals(List.of("nama_usaha", "kecamatan", "harga"), rows.get(0).cells());
    assertEquals(List.of("Batik Sekar", "Tamanan", "150.000,00"), rows.get(1).cells());
    assertEquals(2, rows.get(1).number());
  }

  @Test
  void readsCommaCsvWithoutByteOrderMarkAndQuotedNewlines() {
    String text =
        "nama_usaha,kecamatan,deskripsi\n\"Kopi, Ijen\",Tamanan,\"baris satu\nbaris dua\"\nTape,Tapen,x\n";
    List<SheetRow> rows = rows(csv(text, UTF_8), ImportSheet.USAHA);
    assertEquals(List.of("Kopi, Ijen", "Tamanan", "baris satu\nbaris dua"), rows.get(1).cells());
    assertEquals(List.of("Tape", "Tapen", "x"), rows.get(2).cells());
    assertEquals(3, rows.get(2).number());
  }

  @Test
  void readsWindows1252WhenTheFileIsNotUtf8() {
    String text = "nama_usaha;kecamatan\r\nCaf\u00e9 Ijen \u2019Asli\u2019;Kecamatan Tamanan\r\n";
    List<SheetRow> rows = rows(csv(text, Charset.forName("windows-1252")), ImportSheet.USAHA);
    assertEquals(
        List.of("Caf\u00e9 Ijen \u2019Asli\u2019", "Kecamatan Tamanan"), rows.get(1).cells());
  }

  @Test
  void keepsUtf8Characters() {
    String text = "nama_usaha,kecamatan\nCaf\u00e9 \u2019Ijen\u2019 \u2615,Tamanan\n";
    assertEquals(
        "Caf\u00e9 \u2019Ijen\u2019 \u2615",
        rows(csv(text, UTF_8), ImportSheet.USAHA).get(1).cell(0));
  }

  @Test
  void skipsBlankRowsButKeepsTheirNumbers() {
    String text = "nama_usaha,kecamatan\n,\n\nBatik,Tamanan\n";
    List<SheetRow> rows = rows(csv(text, UTF_8), ImportSheet.USAHA);
    assertEquals(2, rows.size());
    assertEquals("Batik", rows.get(1).cell(0));
  }

  @Test
  void keepsFormulaAndInjectionTextAsText() {
    String text =
        "nama_usaha,kecamatan\n\"=HYPERLINK(\"\"http://evil\"\",\"\"klik\"\")\",Tamanan\n"
            + "=cmd|' /C calc'!A0,Tamanan\n'; DROP TABLE business;--,<script>alert(1)</script>\n";
    List<SheetRow> rows = rows(csv(text, UTF_8), ImportSheet.USAHA);
    assertEquals("=HYPERLINK(\"http://evil\",\"klik\")", rows.get(1).cell(0));
    assertEquals("=cmd|' /C calc'!A0", rows.get(2).cell(0));
    assertEquals(
        List.of("'; DROP TABLE business;--", "<script>alert(1)</script>"), rows.get(3).cells());
  }

  @Test
  void refusesAnEmptyFile() {
    assertKey("import.file.empty", new ByteArrayInputStream(new byte[0]));
  }

  @Test
  void refusesBinaryFiles() {
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
    };
    assertKey("import.file.notSpreadsheet", new ByteArrayInputStream(png));
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    assertKey("import.file.notSpreadsheet", new ByteArrayInputStream(jpeg));
    assertKey("import.file.notSpreadsheet", csv("%PDF-1.7\n%\u00e2\u00e3", UTF_8));
  }

  @Test
  void refusesOldExcelFilesWithAHint() {
    byte[] xls = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0
    };
    assertKey("import.file.xls", new ByteArrayInputStream(xls));
  }

  @Test
  void stopsAtTheByteLimitWithoutReadingTheRest() {
    SpreadsheetReader reader = new SpreadsheetReader(new ImportLimits(1024 * 1024, 10_000_000));
    ImportFileException e =
        assertThrows(
            ImportFileException.class,
            () -> reader.read(Uploads.endless(), ImportSheet.USAHA, row -> {}));
    assertEquals("import.file.tooLarge", e.messageKey());
    assertEquals(List.of(1L), e.arguments());
  }

  @Test
  void stopsPastTheRowLimit() {
    ImportFileException e =
        assertThrows(
            ImportFileException.class,
            () ->
                SheetParser.parse(
                    new SpreadsheetReader(new ImportLimits(1_000_000, 20)),
                    Uploads.generated(21),
                    ColumnMapping.automatic(ImportSheet.USAHA),
                    row -> {}));
    assertEquals("import.file.tooManyRows", e.messageKey());
    SpreadsheetReader reader = new SpreadsheetReader(new ImportLimits(1_000_000, 5));
    assertThrows(
        ImportFileException.class,
        () -> reader.read(Uploads.endless(), ImportSheet.USAHA, row -> {}));
  }

  @Test
  void refusesAnUnclosedQuote() {
    assertKey("import.file.csvBroken", csv("nama_usaha,kecamatan\n\"Batik,Tamanan\n", UTF_8));
  }

  @Test
  void streamsAHundredThousandRowsWithoutHoldingThem() {
    AtomicInteger count = new AtomicInteger();
    AtomicInteger lastRow = new AtomicInteger();
    MappedHeader header =
        SheetParser.parse(
            new SpreadsheetReader(ImportLimits.DEFAULT),
            Uploads.generated(100_000),
            ColumnMapping.automatic(ImportSheet.USAHA),
            row -> {
              count.incrementAndGet();
              lastRow.set(row.number());
            });
    assertEquals(100_000, count.get());
    assertEquals(100_001, lastRow.get());
    assertEquals(List.of(), header.ignored());
  }

  private static void assertKey(String key, InputStream in) {
    ImportFileException e =
        assertThrows(ImportFileException.class, () -> rows(in, ImportSheet.USAHA));
    assertEquals(key, e.messageKey());
  }
}
