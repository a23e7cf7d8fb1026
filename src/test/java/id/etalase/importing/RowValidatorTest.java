package id.etalase.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowValidatorTest {

  private final RowValidator validator = new RowValidator(RegionMatcherTest.BONDOWOSO);

  static ImportRow row(ImportSheet sheet, int number, Map<String, String> values) {
    MappedHeader header = ColumnMapping.automatic(sheet).map(sheet.columns());
    List<String> cells = new ArrayList<>();
    for (String column : sheet.columns()) {
      cells.add(values.getOrDefault(column, ""));
    }
    return new ImportRow(header, number, cells);
  }

  @Test
  void normalisesAWholeBusinessRow() {
    RowResult<ImportedBusiness> result =
        validator.business(
            row(
                ImportSheet.USAHA,
                2,
                Map.ofEntries(
                    Map.entry(Column.NAMA_USAHA, "  Batik Tulis   Sekar Arum "),
                    Map.entry(Column.NAMA_PEMILIK, "Siti Aminah"),
                    Map.entry(Column.NIB, "1234 5678 90123"),
                    Map.entry(Column.KECAMATAN, "Kec. Tamanan"),
                    Map.entry(Column.DESA, "Ds. Sumber Anom"),
                    Map.entry(Column.TELEPON, "(0332) 421234"),
                    Map.entry(Column.WHATSAPP, "0812-3456-7890"),
                    Map.entry(Column.EMAIL, "Sekar@Example.com"),
                    Map.entry(Column.DESKRIPSI, "<script>alert(1)</script>\nBatik tulis."),
                    Map.entry(Column.TAHUN_BERDIRI, "2015"),
                    Map.entry(Column.SERTIFIKAT_HALAL, "ada"),
                    Map.entry(Column.LATITUDE, "-7,9821"),
                    Map.entry(Column.LONGITUDE, "113.7935"),
                    Map.entry(Column.INSTAGRAM, "https://instagram.com/batiksekararum"))));
    assertEquals(List.of(), result.errors());
    ImportedBusiness b = result.value();
    assertEquals("Batik Tulis Sekar Arum", b.name());
    assertEquals("1234567890123", b.nib());
    assertEquals("35.11.02", b.districtCode());
    assertEquals("35.11.02.2006", b.villageCode());
    assertEquals("+62332421234", b.phone());
    assertEquals("+6281234567890", b.whatsapp());
    assertEquals("sekar@example.com", b.email());
    assertEquals("<script>alert(1)</script>\nBatik tulis.", b.description());
    assertEquals(2015, b.foundedYear());
    assertTrue(b.halalCertified());
    assertEquals(new BigDecimal("-7.982100"), b.latitude());
    assertEquals("batiksekararum", b.instagram());
    assertEquals(2, b.row());
  }

  @Test
  void reportsEveryProblemOfARowAtOnce() {
    RowResult<ImportedBusiness> result =
        validator.business(
            row(
                ImportSheet.USAHA,
                7,
                Map.of(
                    Column.NIB, "12345",
                    Column.KECAMATAN, "Jakarta Selatan",
                    Column.WHATSAPP, "(0332) 421234",
                    Column.TAHUN_BERDIRI, "1850",
                    Column.LATITUDE, "-7.98")));
    assertNull(result.value());
    assertEquals(
        List.of(
            "nama_usaha import.error.required",
            "nib import.error.nib",
            "kecamatan import.error.district",
            "whatsapp import.error.whatsapp",
            "tahun_berdiri import.error.year",
            "longitude import.error.coordinatePair"),
        result.errors().stream().map(e -> e.column() + " " + e.messageKey()).toList());
    RowError nib = result.errors().get(1);
    assertEquals(ImportSheet.USAHA, nib.sheet());
    assertEquals(7, nib.row());
    assertEquals("12345", nib.value());
  }

  @Test
  void refusesFormulasInNamesAndDescriptions() {
    RowResult<ImportedBusiness> result =
        validator.business(
            row(
                ImportSheet.USAHA,
                3,
                Map.of(
                    Column.NAMA_USAHA, "=HYPERLINK(\"http://evil\",\"klik\")",
                    Column.KECAMATAN, "Tamanan",
                    Column.DESKRIPSI, "=cmd|' /C calc'!A0",
                    Column.NAMA_PEMILIK, "@SUM(1+1)")));
    assertEquals(
        List.of(
            "nama_usaha import.error.formula",
            "nama_pemilik import.error.formula",
            "deskripsi import.error.formula"),
        result.errors().stream().map(e -> e.column() + " " + e.messageKey()).toList());
  }

  @Test
  void keepsInjectionStringsAsText() {
    RowResult<ImportedBusiness> result =
        validator.business(
            row(
                ImportSheet.USAHA,
                3,
                Map.of(
                    Column.NAMA_USAHA, "'; DROP TABLE business;--",
                    Column.KECAMATAN, "Tamanan",
                    Column.DESKRIPSI, "- kain batik\n- <script>alert(1)</script>")));
    assertEquals(List.of(), result.errors());
    assertEquals("'; DROP TABLE business;--", result.value().name());
    assertEquals("- kain batik\n- <script>alert(1)</script>", result.value().description());
  }

  @Test
  void aBusinessRepeatingAnEarlierRowIsValidForTheOperatorToChooseWhatItDoes() {
    // ImportReading lists it as a duplicate of that row (ImportIT): skip, update or import as new.
    validator.business(
        row(
            ImportSheet.USAHA,
            2,
            Map.of(
                Column.NAMA_USAHA,
                "Batik Sekar",
                Column.KECAMATAN,
                "Tamanan",
                Column.NIB,
                "1234567890123",
                Column.TELEPON,
                "081234567890")));
    RowResult<ImportedBusiness> sameNib =
        validator.business(
            row(
                ImportSheet.USAHA,
                5,
                Map.of(
                    Column.NAMA_USAHA,
                    "Batik Lain",
                    Column.KECAMATAN,
                    "Tamanan",
                    Column.NIB,
                    "1234.5678.90123")));
    assertEquals(List.of(), sameNib.errors());
    assertEquals("1234567890123", sameNib.value().nib());
    RowResult<ImportedBusiness> sameNameAndPhone =
        validator.business(
            row(
                ImportSheet.USAHA,
                9,
                Map.of(
                    Column.NAMA_USAHA,
                    "BATIK  SEKAR",
                    Column.KECAMATAN,
                    "Tamanan",
                    Column.TELEPON,
                    "+62 812-3456-7890")));
    assertEquals(List.of(), sameNameAndPhone.errors());
    assertEquals("+6281234567890", sameNameAndPhone.value().phone());
    RowResult<ImportedBusiness> otherPhone =
        validator.business(
            row(
                ImportSheet.USAHA,
                10,
                Map.of(
                    Column.NAMA_USAHA,
                    "Batik Sekar",
                    Column.KECAMATAN,
                    "Tamanan",
                    Column.TELEPON,
                    "081298765432")));
    assertTrue(otherPhone.isValid());
  }

  @Test
  void normalisesAProductRow() {
    RowResult<ImportedProduct> result =
        validator.product(
            row(
                ImportSheet.PRODUK,
                2,
                Map.of(
                    Column.NAMA_USAHA, "Batik Sekar",
                    Column.NAMA_PRODUK, "Kain Batik Daun Tembakau",
                    Column.HARGA, "Rp 350.000 - 750.000",
                    Column.SATUAN, "lembar",
                    Column.MIN_ORDER, "2")));
    assertEquals(List.of(), result.errors());
    assertEquals(new PriceText.Price(350_000L, 750_000L, false), result.value().price());
    assertEquals(2, result.value().minOrder());
    assertEquals("Batik Sekar", result.value().businessName());
  }

  @Test
  void aProductNeedsANameAndItsBusiness() {
    RowResult<ImportedProduct> result =
        validator.product(row(ImportSheet.PRODUK, 4, Map.of(Column.HARGA, "gratis")));
    assertEquals(
        List.of(
            "nama_usaha import.error.businessLink",
            "nama_produk import.error.required",
            "harga import.error.price"),
        result.errors().stream().map(e -> e.column() + " " + e.messageKey()).toList());
  }

  @Test
  void reportsAProductListedTwiceForOneBusiness() {
    Map<String, String> values =
        Map.of(Column.NIB, "1234567890123", Column.NAMA_PRODUK, "Kopi Ijen 250 g");
    assertTrue(validator.product(row(ImportSheet.PRODUK, 2, values)).isValid());
    RowResult<ImportedProduct> again = validator.product(row(ImportSheet.PRODUK, 3, values));
    assertEquals("import.error.duplicateProduct", again.errors().get(0).messageKey());
  }

  @Test
  void readsBothCoordinatesFromOneCell() {
    RowResult<ImportedBusiness> result =
        validator.business(
            row(
                ImportSheet.USAHA,
                2,
                Map.of(
                    Column.NAMA_USAHA, "Kopi Ijen",
                    Column.KECAMATAN, "Tamanan",
                    Column.LATITUDE, "-7.982100, 113.793500")));
    assertEquals(List.of(), result.errors());
    assertEquals(new BigDecimal("-7.982100"), result.value().latitude());
    assertEquals(new BigDecimal("113.793500"), result.value().longitude());
  }
}
