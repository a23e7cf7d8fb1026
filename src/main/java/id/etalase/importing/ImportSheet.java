package id.etalase.importing;

import static id.etalase.importing.Column.ALAMAT;
import static id.etalase.importing.Column.DESA;
import static id.etalase.importing.Column.DESKRIPSI;
import static id.etalase.importing.Column.EMAIL;
import static id.etalase.importing.Column.FOTO;
import static id.etalase.importing.Column.HARGA;
import static id.etalase.importing.Column.INSTAGRAM;
import static id.etalase.importing.Column.KATEGORI;
import static id.etalase.importing.Column.KECAMATAN;
import static id.etalase.importing.Column.LATITUDE;
import static id.etalase.importing.Column.LONGITUDE;
import static id.etalase.importing.Column.MIN_ORDER;
import static id.etalase.importing.Column.NAMA_PEMILIK;
import static id.etalase.importing.Column.NAMA_PRODUK;
import static id.etalase.importing.Column.NAMA_USAHA;
import static id.etalase.importing.Column.NIB;
import static id.etalase.importing.Column.SATUAN;
import static id.etalase.importing.Column.SERTIFIKAT_HALAL;
import static id.etalase.importing.Column.TAHUN_BERDIRI;
import static id.etalase.importing.Column.TELEPON;
import static id.etalase.importing.Column.WHATSAPP;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The two sheets of an import file: businesses ({@code usaha}) and their products ({@code produk}).
 * Each knows its columns in template order, the columns a header must contain to be recognised, and
 * an example row for the downloadable template.
 */
public enum ImportSheet {
  USAHA(
      "usaha",
      List.of(
          NAMA_USAHA,
          NAMA_PEMILIK,
          NIB,
          KATEGORI,
          KECAMATAN,
          DESA,
          ALAMAT,
          TELEPON,
          WHATSAPP,
          EMAIL,
          DESKRIPSI,
          TAHUN_BERDIRI,
          SERTIFIKAT_HALAL,
          LATITUDE,
          LONGITUDE,
          INSTAGRAM,
          FOTO),
      List.of(NAMA_USAHA, KECAMATAN),
      List.of(
          "Batik Tulis Sekar Arum",
          "Siti Aminah",
          "1234567890123",
          "Batik",
          "Tamanan",
          "Tamanan",
          "Jl. Raya Tamanan No. 12",
          "(0332) 421234",
          "0812-3456-7890",
          "sekararum@example.com",
          "Batik tulis motif daun tembakau dan kopi khas Bondowoso.",
          "2015",
          "ya",
          "-7.9821",
          "113.7935",
          "@batiksekararum",
          "sekar-arum.jpg")),
  PRODUK(
      "produk",
      List.of(NIB, NAMA_USAHA, NAMA_PRODUK, KATEGORI, DESKRIPSI, HARGA, SATUAN, MIN_ORDER, FOTO),
      List.of(NAMA_PRODUK),
      List.of(
          "1234567890123",
          "Batik Tulis Sekar Arum",
          "Kain Batik Tulis Daun Tembakau",
          "Kain batik",
          "Kain katun primisima 2 x 1,15 m, pewarna alami.",
          "Rp 350.000 - 750.000",
          "lembar",
          "1",
          "kain-daun-tembakau.jpg, kain-daun-tembakau-2.jpg"));

  private final String sheetName;
  private final List<String> columns;
  private final List<String> required;
  private final List<String> example;

  ImportSheet(String sheetName, List<String> columns, List<String> required, List<String> example) {
    this.sheetName = sheetName;
    this.columns = columns;
    this.required = required;
    this.example = example;
  }

  /** The sheet's name in a workbook and the file name stem of its CSV. */
  public String sheetName() {
    return sheetName;
  }

  public List<String> columns() {
    return columns;
  }

  /**
   * The columns a header row must map to be taken as the header. For {@code produk} the link to its
   * business (NIB or business name) is also needed, but either one will do; {@link RowValidator}
   * checks that per row.
   */
  public List<String> required() {
    return required;
  }

  /**
   * The required columns that a set of mapped columns lacks; for {@code produk}, a missing link to
   * its business reads {@code nib/nama_usaha}.
   */
  public List<String> missing(Set<String> mapped) {
    List<String> missing = new ArrayList<>();
    for (String column : required) {
      if (!mapped.contains(column)) {
        missing.add(column);
      }
    }
    if (this == PRODUK && !mapped.contains(NIB) && !mapped.contains(NAMA_USAHA)) {
      missing.add(NIB + "/" + NAMA_USAHA);
    }
    return missing;
  }

  /** The example row's value of a column, empty when the sheet lacks the column. */
  String exampleValue(String column) {
    int position = columns.indexOf(column);
    return position < 0 ? "" : example.get(position);
  }

  List<String> example() {
    return example;
  }
}
