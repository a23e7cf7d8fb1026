package id.etalase.importing;

import java.io.Serializable;
import java.util.List;

/**
 * What an upload would do, before anything is written: counts per sheet, the row errors (the first
 * {@link #ERRORS_SHOWN}; the counts and the annotated workbook have all), and each row that repeats
 * a record of the tenant, for the operator to choose what to do with it.
 */
public record ImportPreview(
    long batchId,
    Counts counts,
    List<RowError> errors,
    List<Duplicate> duplicates,
    List<String> ignoredHeaders,
    Photos photos)
    implements Serializable {

  public static final int ERRORS_SHOWN = 1000;

  public ImportPreview {
    errors = List.copyOf(errors);
    duplicates = List.copyOf(duplicates);
    ignoredHeaders = List.copyOf(ignoredHeaders);
    photos = photos == null ? Photos.NONE : photos;
  }

  /**
   * The photos of an upload: whether a ZIP came, the photos in it, the entries left out as unsafe
   * names, and how many rows name photos (unused without a ZIP, which the operator is told).
   */
  public record Photos(boolean zip, int inZip, List<String> unsafeNames, int rowsNamingPhotos)
      implements Serializable {

    public static final Photos NONE = new Photos(false, 0, List.of(), 0);

    public Photos {
      unsafeNames = List.copyOf(unsafeNames);
    }

    /** For EL: photos are named but no ZIP came, so none will be attached. */
    public boolean isUnattached() {
      return !zip && rowsNamingPhotos > 0;
    }

    /** For EL. */
    public String getUnsafeList() {
      return String.join(", ", unsafeNames);
    }
  }

  /** Rows per sheet: new, repeating an existing record, and with errors. */
  public record Counts(
      int businessRows,
      int businessNew,
      int businessDuplicate,
      int businessError,
      int productRows,
      int productNew,
      int productDuplicate,
      int productError)
      implements Serializable {

    public int errors() {
      return businessError + productError;
    }
  }

  /**
   * A row that repeats a record of the tenant, or an earlier row of the file: the row, its name,
   * the existing record (or the earlier row, when {@code earlierRow} is set) and how they matched
   * ({@code nib}, {@code namePhone} for a business, {@code name} for a product).
   */
  public record Duplicate(
      ImportSheet sheet,
      int row,
      String name,
      long existingId,
      String existingName,
      String matchedBy,
      Integer earlierRow)
      implements Serializable {

    /** The key of the operator's choice for this row. */
    public String key() {
      return key(sheet, row);
    }

    public static String key(ImportSheet sheet, int row) {
      return sheet.sheetName() + ":" + row;
    }

    /** For EL. */
    public String getKey() {
      return key();
    }
  }

  /** For EL: whether the batch can be confirmed. */
  public boolean isConfirmable() {
    return counts.errors() == 0 && counts.businessRows() + counts.productRows() > 0;
  }
}
