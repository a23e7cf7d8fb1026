package id.etalase.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextValueTest {

  @Test
  void trimsCollapsesAndDropsControlCharacters() {
    assertEquals(
        "Batik Tulis Sekar Arum",
        TextValue.clean("  Batik\tTulis \u00a0 Sekar\u0000\u200B Arum\r\n"));
    assertEquals("baris satu baris dua", TextValue.clean("baris satu\nbaris dua"));
    assertNull(TextValue.clean(" \t\u0007 "));
  }

  @Test
  void keepsLineBreaksInDescriptions() {
    assertEquals(
        "satu\n\ndua\ntiga", TextValue.cleanLines("  satu \r\n\r\n\r\n\r\n dua\r tiga\u0001 "));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "'; DROP TABLE business;--",
        "<script>alert(1)</script>",
        "<b>Batik</b> & \"Kopi\"",
        "Robert'); DELETE FROM product WHERE ('1'='1"
      })
  void keepsMarkupAndSqlAsPlainText(String text) {
    assertEquals(text, TextValue.clean(text));
    assertEquals(text, TextValue.line(text, 200).value());
  }

  @Test
  void refusesTextOverTheLimitInsteadOfCuttingIt() {
    assertEquals("import.error.tooLong", TextValue.line("a".repeat(201), 200).errorKey());
    assertEquals(200, TextValue.line("a".repeat(200), 200).value().length());
    assertEquals(
        "\uD83D\uDE00".repeat(200), TextValue.line("\uD83D\uDE00".repeat(200), 200).value());
  }
}
