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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns the rows of one uploaded file into normalised records or the list of what is wrong with
 * each, every problem at once so that the operator fixes a row in one go. It remembers the products
 * it has seen, to report one that appears twice for the same business with the row it repeats; use
 * one validator per file. (A business that appears twice is no error: the reading lists it as a
 * repeat of its earlier row, for the operator to choose what it does.)
 *
 * <p>The length limits are those of the catalog ({@code Business}'s {@code @Size}, {@code
 * ProductService}'s checks), so a row that passes here is not refused later for its length.
 */
public final class RowValidator {

  static final int NAME_MAX = 200;
  static final int OWNER_MAX = 200;
  static final int CATEGORY_MAX = 60;
  static final int ADDRESS_MAX = 300;
  static final int DESCRIPTION_MAX = 5000;
  static final int UNIT_MAX = 40;

  /** How much of a bad cell an error repeats; the annotated workbook has the whole cell. */
  private static final int VALUE_SHOWN = 200;

  private final RegionMatcher regions;
  private final Map<String, Integer> products = new HashMap<>();

  public RowValidator(RegionMatcher regions) {
    if (regions == null) {
      throw new IllegalArgumentException("The regency's region matcher is required");
    }
    this.regions = regions;
  }

  public RowResult<ImportedBusiness> business(ImportRow row) {
    Cells cells = new Cells(row);
    String name = cells.text(NAMA_USAHA, NAME_MAX, true);
    String owner = cells.text(NAMA_PEMILIK, OWNER_MAX, false);
    String nib = cells.take(NIB, Nib::parse);
    String category = cells.text(KATEGORI, CATEGORY_MAX, false);
    String district = cells.take(KECAMATAN, regions::district);
    if (TextValue.clean(row.value(KECAMATAN)) == null) {
      cells.error(KECAMATAN, "import.error.required");
    }
    String village =
        district == null ? null : cells.take(DESA, typed -> regions.village(district, typed));
    String address = cells.text(ALAMAT, ADDRESS_MAX, false);
    String phone = cells.take(TELEPON, FieldValues::phone);
    String whatsapp = cells.take(WHATSAPP, FieldValues::whatsapp);
    String email = cells.take(EMAIL, FieldValues::email);
    String description = cells.lines(DESKRIPSI, DESCRIPTION_MAX);
    Integer year = cells.take(TAHUN_BERDIRI, FieldValues::foundedYear);
    Boolean halal = cells.take(SERTIFIKAT_HALAL, FieldValues::yesNo);
    String[] pair =
        TextValue.clean(row.value(LONGITUDE)) == null
            ? FieldValues.coordinatePair(row.value(LATITUDE))
            : null;
    BigDecimal latitude =
        cells.take(LATITUDE, raw -> FieldValues.latitude(pair == null ? raw : pair[0]));
    BigDecimal longitude =
        cells.take(LONGITUDE, raw -> FieldValues.longitude(pair == null ? raw : pair[1]));
    if ((latitude == null) != (longitude == null) && !cells.hasErrorIn(LATITUDE, LONGITUDE)) {
      cells.error(latitude == null ? LATITUDE : LONGITUDE, "import.error.coordinatePair");
    }
    String instagram = cells.take(INSTAGRAM, FieldValues::instagram);
    List<String> photos = cells.take(FOTO, FieldValues::photoNames);

    if (isExample(row, NAMA_USAHA, NIB)) {
      cells.error(NAMA_USAHA, "import.error.exampleRow");
    }
    return cells.result(
        () ->
            new ImportedBusiness(
                row.number(),
                name,
                owner,
                nib,
                category,
                district,
                village,
                address,
                phone,
                whatsapp,
                email,
                description,
                year,
                Boolean.TRUE.equals(halal),
                latitude,
                longitude,
                instagram,
                photos));
  }

  public RowResult<ImportedProduct> product(ImportRow row) {
    Cells cells = new Cells(row);
    String nib = cells.take(NIB, Nib::parse);
    String business = cells.text(NAMA_USAHA, NAME_MAX, false);
    if (TextValue.clean(row.value(NIB)) == null
        && business == null
        && !cells.hasErrorIn(NAMA_USAHA)) {
      cells.error(NAMA_USAHA, "import.error.businessLink");
    }
    String name = cells.text(NAMA_PRODUK, NAME_MAX, true);
    String category = cells.text(KATEGORI, CATEGORY_MAX, false);
    String description = cells.lines(DESKRIPSI, DESCRIPTION_MAX);
    PriceText.Price price = cells.take(HARGA, PriceText::parse);
    String unit = cells.text(SATUAN, UNIT_MAX, false);
    Integer minOrder = cells.take(MIN_ORDER, FieldValues::minOrder);
    List<String> photos = cells.take(FOTO, FieldValues::photoNames);
    if (isExample(row, NAMA_PRODUK, NAMA_USAHA)) {
      cells.error(NAMA_PRODUK, "import.error.exampleRow");
    }
    String owner = nib != null ? nib : business == null ? null : ColumnMapping.normalise(business);
    if (owner != null && name != null) {
      cells.duplicate(
          products,
          owner + "|" + ColumnMapping.normalise(name),
          NAMA_PRODUK,
          "import.error.duplicateProduct");
    }
    return cells.result(
        () ->
            new ImportedProduct(
                row.number(),
                nib,
                business,
                name,
                category,
                description,
                price,
                unit,
                minOrder,
                photos));
  }

  /** Whether a row is the template's example row, left in by mistake: two of its cells as given. */
  private static boolean isExample(ImportRow row, String first, String second) {
    ImportSheet sheet = row.sheet();
    return row.value(first).strip().equals(sheet.exampleValue(first))
        && row.value(second).strip().equals(sheet.exampleValue(second));
  }

  /** The cells of one row and the errors found in them so far. */
  private static final class Cells {
    private final ImportRow row;
    private final List<RowError> errors = new ArrayList<>();

    Cells(ImportRow row) {
      this.row = row;
    }

    <T> T take(String column, Function<String, FieldResult<T>> parser) {
      FieldResult<T> result = parser.apply(row.value(column));
      if (result.isError()) {
        errors.add(
            new RowError(
                row.sheet(),
                row.number(),
                column,
                shown(row.value(column)),
                result.errorKey(),
                result.arguments()));
        return null;
      }
      return result.value();
    }

    String text(String column, int max, boolean required) {
      String raw = row.value(column);
      if (FormulaGuard.isFormula(raw)) {
        error(column, "import.error.formula");
        return null;
      }
      String text = take(column, value -> TextValue.line(value, max));
      if (required && text == null && !hasErrorIn(column)) {
        error(column, "import.error.required");
      }
      return text;
    }

    String lines(String column, int max) {
      if (FormulaGuard.isFormula(row.value(column))) {
        error(column, "import.error.formula");
        return null;
      }
      return take(column, value -> TextValue.lines(value, max));
    }

    void error(String column, String key, Object... arguments) {
      errors.add(
          new RowError(
              row.sheet(),
              row.number(),
              column,
              shown(row.value(column)),
              key,
              List.of(arguments)));
    }

    boolean hasErrorIn(String... columns) {
      List<String> wanted = List.of(columns);
      return errors.stream().anyMatch(e -> wanted.contains(e.column()));
    }

    /** Reports {@code key} as a repeat of the row that first had it, or remembers this row. */
    void duplicate(Map<String, Integer> seen, String key, String column, String messageKey) {
      Integer first = seen.putIfAbsent(key, row.number());
      if (first != null) {
        error(column, messageKey, first);
      }
    }

    <T> RowResult<T> result(Supplier<T> record) {
      return new RowResult<>(row.number(), errors.isEmpty() ? record.get() : null, errors);
    }

    private static String shown(String value) {
      return value.length() > VALUE_SHOWN ? value.substring(0, VALUE_SHOWN) + "…" : value;
    }
  }
}
