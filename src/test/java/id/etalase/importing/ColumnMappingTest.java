package id.etalase.importing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

  @Test
  void mapsTemplateNamesAndTheirVariants() {
    MappedHeader header =
        ColumnMapping.automatic(ImportSheet.USAHA)
            .map(
                List.of(
                    "Nama UMKM",
                    "NAMA PEMILIK",
                    "N.I.B",
                    "Kec.",
                    "Kelurahan/Desa",
                    "No HP",
                    "No. WA",
                    "E-mail",
                    "Tahun_Berdiri",
                    "Sertifikat Halal",
                    "Lat",
                    "Long",
                    "Keterangan",
                    "Nomor Urut"));
    assertTrue(header.complete());
    assertEquals(0, header.positionOf(Column.NAMA_USAHA));
    assertEquals(1, header.positionOf(Column.NAMA_PEMILIK));
    assertEquals(2, header.positionOf(Column.NIB));
    assertEquals(3, header.positionOf(Column.KECAMATAN));
    assertEquals(4, header.positionOf(Column.DESA));
    assertEquals(5, header.positionOf(Column.TELEPON));
    assertEquals(6, header.positionOf(Column.WHATSAPP));
    assertEquals(7, header.positionOf(Column.EMAIL));
    assertEquals(8, header.positionOf(Column.TAHUN_BERDIRI));
    assertEquals(9, header.positionOf(Column.SERTIFIKAT_HALAL));
    assertEquals(10, header.positionOf(Column.LATITUDE));
    assertEquals(11, header.positionOf(Column.LONGITUDE));
    assertEquals(12, header.positionOf(Column.DESKRIPSI));
    assertEquals(List.of("Nomor Urut"), header.ignored());
  }

  @Test
  void mapsProductColumns() {
    MappedHeader header =
        ColumnMapping.automatic(ImportSheet.PRODUK)
            .map(List.of("Nama Usaha", "Nama Produk", "Harga (Rp)", "Satuan", "Min. Order"));
    assertTrue(header.complete());
    assertEquals(2, header.positionOf(Column.HARGA));
    assertEquals(4, header.positionOf(Column.MIN_ORDER));
  }

  @Test
  void aProductHeaderNeedsALinkToItsBusiness() {
    MappedHeader header =
        ColumnMapping.automatic(ImportSheet.PRODUK).map(List.of("nama_produk", "harga"));
    assertFalse(header.complete());
    assertEquals(List.of("nib/nama_usaha"), header.missing());
  }

  @Test
  void theFirstOfTwoHeadersForOneColumnWins() {
    MappedHeader header =
        ColumnMapping.automatic(ImportSheet.USAHA)
            .map(List.of("nama_usaha", "kecamatan", "Telepon", "No HP"));
    assertEquals(2, header.positionOf(Column.TELEPON));
    assertEquals(List.of("No HP"), header.ignored());
  }

  @Test
  void theOperatorsChoiceOverridesAndSurvivesSaving() {
    ColumnMapping mapping =
        ColumnMapping.automatic(ImportSheet.USAHA)
            .with("Usaha Binaan", Column.NAMA_USAHA)
            .with("Wilayah", Column.KECAMATAN)
            .with("No HP", Column.WHATSAPP)
            .with("Telp=Kantor", Column.TELEPON)
            .with("Email", ColumnMapping.IGNORED);
    List<String> headers = List.of("Usaha Binaan", "Wilayah", "No HP", "Telp=Kantor", "Email");
    ColumnMapping restored = ColumnMapping.parse(ImportSheet.USAHA, mapping.serialise());
    for (ColumnMapping m : List.of(mapping, restored)) {
      MappedHeader header = m.map(headers);
      assertTrue(header.complete());
      assertEquals(2, header.positionOf(Column.WHATSAPP));
      assertEquals(3, header.positionOf(Column.TELEPON));
      assertEquals(-1, header.positionOf(Column.EMAIL));
      assertEquals(List.of("Email"), header.ignored());
    }
    assertEquals(mapping.serialise(), restored.serialise());
  }

  @Test
  void refusesAColumnTheSheetDoesNotHave() {
    ColumnMapping mapping = ColumnMapping.automatic(ImportSheet.USAHA);
    assertThrows(IllegalArgumentException.class, () -> mapping.with("Harga", Column.HARGA));
    assertThrows(
        IllegalArgumentException.class, () -> ColumnMapping.parse(ImportSheet.USAHA, "gaji=Gaji"));
  }

  @Test
  void skipsTitleRowsAboveTheHeader() {
    String csv =
        "DATA UMKM KABUPATEN BONDOWOSO 2025;;;\n"
            + "Dinas Koperasi dan UMKM;;;\n"
            + ";;;\n"
            + "No;Nama UMKM;Kec.;Kelurahan/Desa\n"
            + "1;Batik Sekar;Tamanan;Tamanan\n";
    List<ImportRow> rows = new ArrayList<>();
    MappedHeader header =
        SheetParser.parse(
            new SpreadsheetReader(ImportLimits.DEFAULT),
            Uploads.csv(csv, UTF_8),
            ColumnMapping.automatic(ImportSheet.USAHA),
            rows::add);
    assertEquals(List.of("No"), header.ignored());
    assertEquals(1, rows.size());
    assertEquals(5, rows.get(0).number());
    assertEquals("Batik Sekar", rows.get(0).value(Column.NAMA_USAHA));
    assertEquals("", rows.get(0).value(Column.EMAIL));
  }

  @Test
  void refusesASheetWithoutAHeaderInItsFirstRows() {
    StringBuilder csv = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      csv.append("a,b,c\n");
    }
    ImportFileException e =
        assertThrows(
            ImportFileException.class,
            () ->
                SheetParser.parse(
                    new SpreadsheetReader(ImportLimits.DEFAULT),
                    Uploads.csv(csv.toString(), UTF_8),
                    ColumnMapping.automatic(ImportSheet.USAHA),
                    row -> {}));
    assertEquals("import.file.noHeader", e.messageKey());
    assertEquals(List.of("usaha", "nama_usaha, kecamatan"), e.arguments());
  }
}
