package id.etalase.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads one upload for the import, the same way for its preview and for its write: each row
 * validated ({@link RowValidator}), compared with what the tenant holds ({@link CatalogIndex}),
 * products linked to their business (in the file or the tenant's) and to a category. Rows stream
 * through; what is kept is small: for each business row, its NIB, name and the existing business it
 * repeats, so that the products below can find it.
 *
 * <p>Use one reading per upload, businesses first.
 */
final class ImportReading {

  /** Where a product row's business is: a row of this file, or a business the tenant has. */
  record BusinessLink(Integer fileRow, CatalogIndex.BusinessRef existing) {}

  /**
   * A business row: its record or errors, and what it repeats, if anything: a business the tenant
   * has ({@code existing}), else an earlier row of this file ({@code earlier}).
   */
  record BusinessRow(
      int row,
      ImportedBusiness value,
      List<RowError> errors,
      CatalogIndex.BusinessRef existing,
      String matchedBy,
      EarlierRow earlier) {

    boolean valid() {
      return errors.isEmpty();
    }

    boolean repeats() {
      return existing != null || earlier != null;
    }
  }

  /** The first row of the file with a business, which later rows may repeat. */
  record EarlierRow(int row, String name) {}

  /** A product row: its record or errors, its business and category, and the product it repeats. */
  record ProductRow(
      int row,
      ImportedProduct value,
      List<RowError> errors,
      BusinessLink business,
      String categorySlug,
      CatalogIndex.ProductRef existing) {

    boolean valid() {
      return errors.isEmpty();
    }
  }

  private final SpreadsheetReader reader;
  private final RowValidator validator;
  private final CatalogIndex catalog;
  private final CategoryMatcher categories;
  private final Map<String, Integer> fileNibs = new HashMap<>();
  private final Map<String, List<Integer>> fileNames = new HashMap<>();
  private final Map<Integer, CatalogIndex.BusinessRef> fileRepeats = new HashMap<>();
  private final Map<String, EarlierRow> firstByNib = new HashMap<>();
  private final Map<String, EarlierRow> firstByNameAndPhone = new HashMap<>();
  private RowPhotos photos = RowPhotos.none();

  ImportReading(
      SpreadsheetReader reader,
      RegionMatcher regions,
      CatalogIndex catalog,
      CategoryMatcher categories) {
    this.reader = reader;
    this.validator = new RowValidator(regions);
    this.catalog = catalog;
    this.categories = categories;
  }

  /**
   * A slug from a name's slug ({@code fallback} for a name without letters), at most 110
   * characters, free in the tenant and in this reading: see {@link CatalogIndex#freeSlug}.
   */
  String freeSlug(boolean business, String base, String fallback) {
    String stem = base.isEmpty() ? fallback : base;
    if (stem.length() > 110) {
      stem = stem.substring(0, 110).replaceAll("-+$", "");
    }
    return catalog.freeSlug(business, stem);
  }

  /** Checks the photos rows name with these, instead of leaving them unchecked. */
  ImportReading photos(RowPhotos photos) {
    this.photos = photos;
    return this;
  }

  RowPhotos photos() {
    return photos;
  }

  /** Whether a file is an XLSX workbook (a ZIP), which holds both sheets. */
  static boolean isWorkbook(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(4);
      return head.length == 4 && head[0] == 0x50 && head[1] == 0x4B && head[2] == 3 && head[3] == 4;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  MappedHeader businesses(Path file, ColumnMapping mapping, Consumer<BusinessRow> rows) {
    return parse(
        file,
        mapping,
        row -> {
          RowResult<ImportedBusiness> result = validator.business(row);
          ImportedBusiness b = result.value();
          CatalogIndex.BusinessRef existing = null;
          EarlierRow earlier = null;
          String matchedBy = null;
          if (b != null) {
            existing = catalog.byNib(b.nib());
            matchedBy = existing == null ? null : "nib";
            if (existing == null) {
              existing = catalog.byNameAndPhone(b.name(), b.phone());
              if (existing == null) {
                existing = catalog.byNameAndPhone(b.name(), b.whatsapp());
              }
              matchedBy = existing == null ? null : "namePhone";
            }
            if (existing == null) {
              earlier = earlierRow(b);
              matchedBy =
                  earlier == null
                      ? null
                      : b.nib() != null && firstByNib.containsKey(b.nib()) ? "nib" : "namePhone";
            }
            if (b.nib() != null) {
              fileNibs.putIfAbsent(b.nib(), row.number());
            }
            // A row repeating an earlier one is the same business: products named after it
            // belong to the first.
            if (earlier == null) {
              fileNames
                  .computeIfAbsent(ColumnMapping.normalise(b.name()), k -> new ArrayList<>(1))
                  .add(row.number());
            }
            if (existing != null) {
              fileRepeats.put(row.number(), existing);
            } else if (earlier == null) {
              EarlierRow first = new EarlierRow(row.number(), b.name());
              if (b.nib() != null) {
                firstByNib.putIfAbsent(b.nib(), first);
              }
              for (String phone : new String[] {b.phone(), b.whatsapp()}) {
                if (phone != null) {
                  firstByNameAndPhone.putIfAbsent(
                      ColumnMapping.normalise(b.name()) + "|" + phone, first);
                }
              }
            }
          }
          List<RowError> errors =
              photos.check(ImportSheet.USAHA, row, b == null ? null : b.photos(), result.errors());
          rows.accept(new BusinessRow(row.number(), b, errors, existing, matchedBy, earlier));
        });
  }

  /** The earlier new row of this file with the same NIB, else the same name and phone. */
  private EarlierRow earlierRow(ImportedBusiness b) {
    EarlierRow found = b.nib() == null ? null : firstByNib.get(b.nib());
    for (String phone : new String[] {b.phone(), b.whatsapp()}) {
      if (found == null && phone != null) {
        found = firstByNameAndPhone.get(ColumnMapping.normalise(b.name()) + "|" + phone);
      }
    }
    return found;
  }

  MappedHeader products(Path file, ColumnMapping mapping, Consumer<ProductRow> rows) {
    return parse(
        file,
        mapping,
        row -> {
          RowResult<ImportedProduct> result = validator.product(row);
          List<RowError> errors = new ArrayList<>(result.errors());
          ImportedProduct p = result.value();
          BusinessLink link = null;
          String category = null;
          CatalogIndex.ProductRef existing = null;
          if (p != null) {
            link = link(p);
            if (link == null) {
              boolean byNib = p.businessNib() != null;
              String column = byNib ? Column.NIB : Column.NAMA_USAHA;
              String key =
                  !byNib && catalog.nameIsAmbiguous(p.businessName())
                      ? "import.error.businessAmbiguous"
                      : "import.error.businessUnknown";
              errors.add(
                  new RowError(
                      ImportSheet.PRODUK,
                      row.number(),
                      column,
                      row.value(column),
                      key,
                      List.of(byNib ? p.businessNib() : p.businessName())));
            }
            FieldResult<String> matched = categories.match(p.category());
            if (matched.isError()) {
              errors.add(
                  new RowError(
                      ImportSheet.PRODUK,
                      row.number(),
                      Column.KATEGORI,
                      row.value(Column.KATEGORI),
                      matched.errorKey(),
                      matched.arguments()));
            } else {
              category = matched.value();
            }
            CatalogIndex.BusinessRef owner =
                link == null
                    ? null
                    : link.existing() != null ? link.existing() : fileRepeats.get(link.fileRow());
            existing = owner == null ? null : catalog.product(owner.id(), p.name());
            errors = photos.check(ImportSheet.PRODUK, row, p.photos(), errors);
          }
          rows.accept(
              new ProductRow(
                  row.number(), errors.isEmpty() ? p : null, errors, link, category, existing));
        });
  }

  /** The product's business: by NIB, then by name, in this file first, then the tenant's. */
  private BusinessLink link(ImportedProduct p) {
    if (p.businessNib() != null) {
      Integer row = fileNibs.get(p.businessNib());
      if (row != null) {
        return new BusinessLink(row, null);
      }
      CatalogIndex.BusinessRef existing = catalog.byNib(p.businessNib());
      return existing == null ? null : new BusinessLink(null, existing);
    }
    List<Integer> rows = fileNames.get(ColumnMapping.normalise(p.businessName()));
    if (rows != null) {
      return rows.size() == 1 ? new BusinessLink(rows.get(0), null) : null;
    }
    CatalogIndex.BusinessRef existing = catalog.uniqueByName(p.businessName());
    return existing == null ? null : new BusinessLink(null, existing);
  }

  private MappedHeader parse(Path file, ColumnMapping mapping, Consumer<ImportRow> rows) {
    try (InputStream in = Files.newInputStream(file)) {
      return SheetParser.parse(reader, in, mapping, row -> rows.accept(unquoted(row)));
    } catch (IOException e) {
      throw new ImportFileException(e, "import.file.unreadable");
    }
  }

  /**
   * A row with the apostrophe that an export (ours or Excel's) puts before a cell that would
   * otherwise start a formula taken off again, so that an exported CSV imports back as it was. What
   * remains is checked as any cell: a real formula is still refused.
   */
  static ImportRow unquoted(ImportRow row) {
    List<String> cells = null;
    for (int i = 0; i < row.cells().size(); i++) {
      String cell = row.cells().get(i);
      if (cell.length() > 1
          && cell.charAt(0) == '\''
          && FormulaGuard.startsLikeFormula(cell.substring(1))) {
        if (cells == null) {
          cells = new ArrayList<>(row.cells());
        }
        cells.set(i, cell.substring(1));
      }
    }
    return cells == null ? row : new ImportRow(row.header(), row.number(), cells);
  }
}
