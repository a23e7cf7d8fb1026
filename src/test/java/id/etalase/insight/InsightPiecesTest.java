package id.etalase.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The dashboard's pieces without a server: months of a period, shares, charts and PDF text. */
class InsightPiecesTest {

  @Test
  void aPeriodHasEveryMonthItTouchesAcrossTheYearsEnd() {
    InsightFilter filter =
        new InsightFilter(LocalDate.of(2025, 11, 30), LocalDate.of(2026, 2, 1), null, "id");
    assertEquals(List.of("2025-11", "2025-12", "2026-01", "2026-02"), filter.months());
    assertTrue(filter.isPeriodValid());
    assertFalse(
        new InsightFilter(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31), null, "id")
            .isPeriodValid());
    assertFalse(
        new InsightFilter(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 1), null, "id")
            .isPeriodValid());
    assertEquals("id", new InsightFilter(filter.from(), filter.to(), " ", "xx").language());
    assertEquals(null, new InsightFilter(filter.from(), filter.to(), " ", "en").districtCode());
  }

  @Test
  void aProductsLabelNamesItsBusinessAndTheReportDrawsAllOfIt() throws Exception {
    String label =
        Chart.productLabel(
            "Keripik Tempe Pedas Manis Khas Situbondo Kemasan 250 g", "UD Sumber Rejeki Makmur");
    assertEquals(
        "Keripik Tempe Pedas Manis Khas Situbondo Kemasan 250 g — UD Sumber Rejeki Makmur", label);
    assertEquals("Sumber Kopi Satu", Chart.productLabel("Sumber Kopi Satu", null));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PdfLayout pdf = new PdfLayout(Color.BLUE, "uji")) {
      pdf.newPage();
      pdf.bar(label, 3, 5, "3");
      pdf.bar("kata ".repeat(60), 1, 5, "1");
      pdf.save(out);
    }
    String text;
    try (var document = Loader.loadPDF(out.toByteArray())) {
      text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
    assertTrue(text.contains("Kemasan 250 g - UD Sumber Rejeki Makmur"), text);
    assertTrue(text.contains("kata ..."), "a longer label ends on its third line: " + text);
  }

  @Test
  void sharesRoundHalfUpAndNothingOfNothingIsZero() {
    assertEquals(25, Figure.share("k", 1, 4).percent());
    assertEquals(67, Figure.share("k", 2, 3).percent());
    assertEquals(0, Figure.share("k", 0, 0).percent());
    assertFalse(Figure.count("k", 5).isShare());
  }

  @Test
  void aChartHasOneValueALabelAndAPlainSheetName() {
    Chart.Series two = new Chart.Series("s", List.of(1L, 2L));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Chart("k", "kecamatan", Chart.Kind.BAR, null, List.of("a"), List.of(two)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Chart("k", "=cmd|x", Chart.Kind.BAR, null, List.of("a", "b"), List.of(two)));
    Chart chart =
        new Chart("k", "kecamatan", Chart.Kind.BAR, null, List.of("a", "b"), List.of(two));
    assertEquals(2, chart.value("s", "b"));
    assertEquals(3, two.total());
  }

  @Test
  void pdfTextKeepsLatinAndMarksWhatTheStandardFontsCannotDraw() {
    assertEquals("Kopi Ijen - Rp25.000", PdfLayout.safe("Kopi Ijen \u2013 Rp25.000"));
    assertEquals("caf\u00e9 ? ?", PdfLayout.safe("caf\u00e9 \u4e2d \ud83d\ude00"));
    assertEquals("a b\nc", PdfLayout.safe("a\tb\nc"));
    assertEquals("", PdfLayout.safe(null));
  }
}
