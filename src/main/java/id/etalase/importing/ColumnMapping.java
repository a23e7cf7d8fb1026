package id.etalase.importing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which header of an uploaded sheet feeds which template column. Headers are matched after
 * normalising (case, spaces, underscores, punctuation and accents do not count) against the column
 * names and the names regencies' own spreadsheets use ("Nama UMKM", "No. WA", "Kec."). What the
 * operator chose by hand overrides that, and can be saved with {@link #serialise()} and reused for
 * the next file from the same source.
 */
public final class ColumnMapping {

  private static final Map<String, List<String>> SYNONYMS =
      Map.ofEntries(
          Map.entry(
              Column.NAMA_USAHA,
              List.of(
                  "Nama UMKM",
                  "UMKM",
                  "Usaha",
                  "Nama Unit Usaha",
                  "Nama Toko",
                  "Nama Perusahaan",
                  "Nama IKM",
                  "Business Name")),
          Map.entry(
              Column.NAMA_PEMILIK,
              List.of(
                  "Pemilik",
                  "Nama Pemilik Usaha",
                  "Nama Pengusaha",
                  "Nama Pelaku Usaha",
                  "Penanggung Jawab",
                  "Owner")),
          Map.entry(Column.NIB, List.of("No NIB", "Nomor NIB", "Nomor Induk Berusaha")),
          Map.entry(
              Column.KATEGORI,
              List.of(
                  "Kategori Usaha",
                  "Jenis Usaha",
                  "Sektor",
                  "Sektor Usaha",
                  "Bidang Usaha",
                  "Kategori Produk",
                  "Jenis Produk",
                  "Category")),
          Map.entry(Column.KECAMATAN, List.of("Kec", "Nama Kecamatan", "District")),
          Map.entry(
              Column.DESA,
              List.of(
                  "Kelurahan",
                  "Kel",
                  "Kelurahan/Desa",
                  "Desa/Kelurahan",
                  "Desa/Kel",
                  "Nama Desa",
                  "Village")),
          Map.entry(Column.ALAMAT, List.of("Alamat Usaha", "Alamat Lengkap", "Jalan", "Address")),
          Map.entry(
              Column.TELEPON,
              List.of(
                  "No HP",
                  "HP",
                  "Nomor HP",
                  "Telp",
                  "No Telp",
                  "No Telepon",
                  "Nomor Telepon",
                  "Telepon/HP",
                  "Kontak",
                  "Phone")),
          Map.entry(
              Column.WHATSAPP, List.of("WA", "No WA", "Nomor WA", "No WhatsApp", "Nomor WhatsApp")),
          Map.entry(Column.EMAIL, List.of("E-mail", "Surel", "Alamat Email")),
          Map.entry(
              Column.DESKRIPSI,
              List.of(
                  "Keterangan", "Deskripsi Usaha", "Deskripsi Produk", "Profil", "Description")),
          Map.entry(
              Column.TAHUN_BERDIRI,
              List.of("Tahun", "Berdiri", "Berdiri Sejak", "Tahun Mulai Usaha", "Tahun Mulai")),
          Map.entry(Column.SERTIFIKAT_HALAL, List.of("Halal", "Sertifikasi Halal", "Status Halal")),
          Map.entry(Column.LATITUDE, List.of("Lat", "Lintang")),
          Map.entry(Column.LONGITUDE, List.of("Long", "Lng", "Lon", "Bujur")),
          Map.entry(Column.INSTAGRAM, List.of("IG", "Akun Instagram", "Akun IG")),
          Map.entry(
              Column.FOTO, List.of("Gambar", "Photo", "URL Foto", "Link Foto", "Foto Produk")),
          Map.entry(Column.NAMA_PRODUK, List.of("Produk", "Nama Barang", "Barang", "Product")),
          Map.entry(Column.HARGA, List.of("Harga (Rp)", "Harga Satuan", "Harga Jual", "Price")),
          Map.entry(Column.SATUAN, List.of("Unit", "Per")),
          Map.entry(
              Column.MIN_ORDER,
              List.of(
                  "Minimal Order",
                  "Minimum Order",
                  "Min Pembelian",
                  "Minimal Pembelian",
                  "Pemesanan Minimal",
                  "MOQ")));

  /** Marks a header the operator chose to leave out. */
  public static final String IGNORED = "";

  private final ImportSheet sheet;
  private final Map<String, String> automatic;
  private final Map<String, String> chosen;
  private final Map<String, String> chosenHeaders;

  private ColumnMapping(ImportSheet sheet, Map<String, String> chosenHeaders) {
    this.sheet = sheet;
    this.automatic = new LinkedHashMap<>();
    for (String column : sheet.columns()) {
      automatic.put(normalise(column), column);
      for (String synonym : SYNONYMS.getOrDefault(column, List.of())) {
        automatic.putIfAbsent(normalise(synonym), column);
      }
    }
    this.chosenHeaders = new LinkedHashMap<>(chosenHeaders);
    this.chosen = new LinkedHashMap<>();
    chosenHeaders.forEach((header, column) -> chosen.put(normalise(header), column));
  }

  /** The mapping by column names and known synonyms alone. */
  public static ColumnMapping automatic(ImportSheet sheet) {
    if (sheet == null) {
      throw new IllegalArgumentException("The sheet is required");
    }
    return new ColumnMapping(sheet, Map.of());
  }

  public ImportSheet sheet() {
    return sheet;
  }

  /**
   * This mapping with {@code header} read into {@code column}, or left out when {@code column} is
   * {@link #IGNORED}.
   */
  public ColumnMapping with(String header, String column) {
    if (header == null || normalise(header).isEmpty()) {
      throw new IllegalArgumentException("A header is required, got " + header);
    }
    if (column == null || !(column.equals(IGNORED) || sheet.columns().contains(column))) {
      throw new IllegalArgumentException(
          "Column " + column + " is not in the " + sheet.sheetName() + " sheet");
    }
    Map<String, String> headers = new LinkedHashMap<>(chosenHeaders);
    headers.put(header.strip(), column);
    return new ColumnMapping(sheet, headers);
  }

  /** Maps a header row: each template column to the position of the first header that feeds it. */
  public MappedHeader map(List<String> headers) {
    Map<String, Integer> positions = new LinkedHashMap<>();
    List<String> ignored = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      String header = headers.get(i) == null ? "" : headers.get(i).strip();
      if (header.isEmpty()) {
        continue;
      }
      String key = normalise(header);
      String column = chosen.containsKey(key) ? chosen.get(key) : automatic.get(key);
      if (column == null || column.equals(IGNORED) || positions.containsKey(column)) {
        ignored.add(header);
      } else {
        positions.put(column, i);
      }
    }
    return new MappedHeader(sheet, headers, positions, ignored, sheet.missing(positions.keySet()));
  }

  /**
   * The operator's choices as text, one {@code column=header} a line ({@code =header} leaves the
   * header out), for the console to store with the source it came from.
   */
  public String serialise() {
    StringBuilder text = new StringBuilder();
    chosenHeaders.forEach(
        (header, column) -> text.append(column).append('=').append(oneLine(header)).append('\n'));
    return text.toString();
  }

  /** Reads {@link #serialise()}'s form back; a column unknown to the sheet is refused. */
  public static ColumnMapping parse(ImportSheet sheet, String text) {
    ColumnMapping mapping = automatic(sheet);
    if (text == null) {
      return mapping;
    }
    for (String line : text.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("Not a column=header line: " + line);
      }
      mapping = mapping.with(line.substring(eq + 1), line.substring(0, eq).strip());
    }
    return mapping;
  }

  /** Lower case letters and digits only, accents dropped: {@code "No. WA"} is {@code "nowa"}. */
  static String normalise(String header) {
    String plain = Normalizer.normalize(header, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  private static String oneLine(String header) {
    return header.replaceAll("[\\r\\n]+", " ");
  }
}
