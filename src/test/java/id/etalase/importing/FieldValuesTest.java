package id.etalase.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FieldValuesTest {

  @ParameterizedTest
  @ValueSource(strings = {"0812-3456-7890", "+62 812 3456 7890", "6281234567890", "081234567890"})
  void readsMobileNumbersAsPhoneAndWhatsapp(String text) {
    assertEquals("+6281234567890", FieldValues.phone(text).value());
    assertEquals("+6281234567890", FieldValues.whatsapp(text).value());
  }

  @Test
  void readsAMobileNumberWhoseLeadingZeroASpreadsheetDropped() {
    assertEquals("+6281234567890", FieldValues.whatsapp("81234567890").value());
  }

  @Test
  void aLandlineIsAPhoneButNoWhatsapp() {
    assertEquals("+62332421234", FieldValues.phone("(0332) 421234").value());
    assertEquals("import.error.whatsapp", FieldValues.whatsapp("(0332) 421234").errorKey());
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345", "0812", "bukan nomor", "<script>alert(1)</script>"})
  void refusesWhatIsNoPhone(String text) {
    assertEquals("import.error.phone", FieldValues.phone(text).errorKey());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1234567890123|1234567890123",
        "1234 5678 90123|1234567890123",
        "1.234.567.890.123|1234567890123"
      })
  void readsNib(String text, String nib) {
    assertEquals(nib, Nib.parse(text).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"123456789012", "12345678901234", "12345678901X3", "1,23457E+12"})
  void refusesAnyOtherNib(String text) {
    assertEquals("import.error.nib", Nib.parse(text).errorKey());
  }

  @Test
  void blankNibIsNone() {
    assertNull(Nib.parse(" ").value());
    assertNull(Nib.parse(" ").errorKey());
  }

  @Test
  void readsEmail() {
    assertEquals("sekar@example.com", FieldValues.email(" Sekar@Example.com ").value());
    assertEquals("import.error.email", FieldValues.email("sekar@").errorKey());
    assertEquals("import.error.email", FieldValues.email("sekar arum@example.com").errorKey());
  }

  @Test
  void readsTheFoundingYear() {
    assertEquals(2015, FieldValues.foundedYear("2015").value());
    assertEquals(1900, FieldValues.foundedYear("1900").value());
    int now = Year.now().getValue();
    assertEquals(now, FieldValues.foundedYear(String.valueOf(now)).value());
    assertEquals("import.error.year", FieldValues.foundedYear("1899").errorKey());
    assertEquals("import.error.year", FieldValues.foundedYear(String.valueOf(now + 1)).errorKey());
    assertEquals("import.error.year", FieldValues.foundedYear("dulu").errorKey());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ya", "Ya", "ADA", "sudah", "y", "1", "true", "Yes"})
  void readsYes(String text) {
    assertEquals(true, FieldValues.yesNo(text).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"tidak", "Belum", "n", "0", "false", "no", "", "  "})
  void readsNo(String text) {
    assertEquals(false, FieldValues.yesNo(text).value());
  }

  @Test
  void refusesAnythingElseAsYesOrNo() {
    assertEquals("import.error.yesNo", FieldValues.yesNo("mungkin").errorKey());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"-7.9821|-7.982100", "-7,9821|-7.982100", "\u22127.9821|-7.982100", "5.55|5.550000"})
  void readsLatitude(String text, String value) {
    assertEquals(new BigDecimal(value), FieldValues.latitude(text).value());
  }

  @Test
  void refusesCoordinatesOutsideIndonesiaOrTheGlobe() {
    assertEquals("import.error.coordinate", FieldValues.latitude("-97.1").errorKey());
    assertEquals("import.error.coordinate", FieldValues.latitude("7\u00b058'S").errorKey());
    assertEquals("import.error.outsideIndonesia", FieldValues.latitude("51.5").errorKey());
    assertEquals("import.error.outsideIndonesia", FieldValues.longitude("-113.79").errorKey());
    assertEquals(new BigDecimal("113.793500"), FieldValues.longitude("113,7935").value());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "@batiksekararum",
        "batiksekararum",
        "BatikSekarArum",
        "https://www.instagram.com/batiksekararum/",
        "instagram.com/batiksekararum?hl=id",
        "http://instagram.com/batiksekararum"
      })
  void readsInstagramHandles(String text) {
    assertEquals("batiksekararum", FieldValues.instagram(text).value());
  }

  @Test
  void refusesOtherInstagramText() {
    assertEquals("import.error.instagram", FieldValues.instagram("batik sekar arum").errorKey());
    assertEquals(
        "import.error.instagram", FieldValues.instagram("https://evil.example/x").errorKey());
  }

  @Test
  void readsMinimumOrder() {
    assertEquals(12, FieldValues.minOrder("12").value());
    assertEquals(1000, FieldValues.minOrder("1.000").value());
    assertEquals("import.error.minOrder", FieldValues.minOrder("0").errorKey());
    assertEquals("import.error.minOrder", FieldValues.minOrder("-3").errorKey());
    assertEquals("import.error.minOrder", FieldValues.minOrder("2,5").errorKey());
    assertEquals("import.error.minOrder", FieldValues.minOrder("lusin").errorKey());
  }

  @Test
  void readsPhotoNames() {
    assertEquals(List.of("a.jpg"), FieldValues.photoNames(" a.jpg ").value());
    assertEquals(
        List.of("a.jpg", "B.png", "c.webp"), FieldValues.photoNames("a.jpg; B.png,c.webp").value());
    // Photos are found by base name: a path or a link keeps its last part; repeats go.
    assertEquals(
        List.of("a.jpg", "b.jpg"),
        FieldValues.photoNames("C:\\foto\\a.jpg, https://example.com/foto/b.jpg; A.JPG").value());
    assertEquals(null, FieldValues.photoNames(" ; , ").value());
    assertEquals(null, FieldValues.photoNames("").errorKey());
    assertEquals(
        "import.error.photoCount",
        FieldValues.photoNames(
                "1.jpg,2.jpg,3.jpg,4.jpg,5.jpg,6.jpg,7.jpg,8.jpg,9.jpg,10.jpg,11.jpg")
            .errorKey());
    assertEquals("import.error.photoName", FieldValues.photoNames("x".repeat(256)).errorKey());
  }
}
