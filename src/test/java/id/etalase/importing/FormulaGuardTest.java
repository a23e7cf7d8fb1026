package id.etalase.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaGuardTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "=HYPERLINK(\"http://evil\",\"klik\")",
        "=cmd|' /C calc'!A0",
        "+cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "\t=1+1",
        "\r=1+1",
        "+62 812-3456-7890"
      })
  void escapesWhatASpreadsheetWouldRun(String text) {
    assertEquals("'" + text, FormulaGuard.escape(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Batik Sekar", "-7.9821", "113.79", "150000", "", "a=b"})
  void leavesTextAndNumbersAlone(String text) {
    assertEquals(text, FormulaGuard.escape(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "=HYPERLINK(\"http://evil\",\"klik\")",
        " =1+1",
        "=cmd|' /C calc'!A0",
        "+cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(A1:A9)"
      })
  void recognisesImportedFormulas(String text) {
    assertTrue(FormulaGuard.isFormula(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "- kain batik (asli)",
        "+62 812 3456 7890",
        "@batiksekararum",
        "Batik = seni",
        "-"
      })
  void doesNotTakeListsPhonesOrHandlesForFormulas(String text) {
    assertFalse(FormulaGuard.isFormula(text));
  }
}
