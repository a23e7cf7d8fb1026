package id.etalase.importing;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds the header in the rows a {@link SpreadsheetReader} produces and turns the rows below it
 * into {@link ImportRow}s. Regencies' spreadsheets often start with a title ("DATA UMKM KABUPATEN
 * BONDOWOSO 2025") or a blank line, so the header is the first row among the first {@value
 * #HEADER_SEARCH_ROWS} that maps every required column.
 */
public final class SheetParser implements Consumer<SheetRow> {

  public static final int HEADER_SEARCH_ROWS = 10;

  private final ColumnMapping mapping;
  private final int maxRows;
  private final Consumer<ImportRow> rows;
  private final List<SheetRow> above = new ArrayList<>();
  private MappedHeader header;
  private int dataRows;

  public SheetParser(ColumnMapping mapping, int maxRows, Consumer<ImportRow> rows) {
    if (mapping == null || rows == null) {
      throw new IllegalArgumentException("A mapping and a row consumer are required");
    }
    this.mapping = mapping;
    this.maxRows = maxRows;
    this.rows = rows;
  }

  /**
   * Reads the mapping's sheet of a file through {@code reader} and hands each data row, up to the
   * reader's row limit, to {@code rows}.
   *
   * @return the header found
   * @throws ImportFileException when the file cannot be read or has no recognisable header
   */
  public static MappedHeader parse(
      SpreadsheetReader reader, InputStream in, ColumnMapping mapping, Consumer<ImportRow> rows) {
    SheetParser parser = new SheetParser(mapping, reader.limits().maxRows(), rows);
    reader.read(in, mapping.sheet(), parser);
    return parser.finish();
  }

  @Override
  public void accept(SheetRow row) {
    if (header != null) {
      if (++dataRows > maxRows) {
        throw new ImportFileException("import.file.tooManyRows", maxRows);
      }
      rows.accept(new ImportRow(header, row.number(), row.cells()));
      return;
    }
    MappedHeader candidate = mapping.map(row.cells());
    if (candidate.complete()) {
      header = candidate;
      return;
    }
    above.add(row);
    if (above.size() >= HEADER_SEARCH_ROWS) {
      throw noHeader();
    }
  }

  /** The header, once the whole sheet has been read. */
  public MappedHeader finish() {
    if (header == null) {
      throw above.isEmpty() ? new ImportFileException("import.file.empty") : noHeader();
    }
    return header;
  }

  private ImportFileException noHeader() {
    ImportSheet sheet = mapping.sheet();
    return new ImportFileException(
        "import.file.noHeader", sheet.sheetName(), String.join(", ", sheet.missing(Set.of())));
  }
}
