package id.etalase.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Reads one sheet of an uploaded file, CSV or XLSX, row by row without holding the file in memory.
 * The format is decided by the first bytes, never by the file name, so a renamed picture or an old
 * {@code .xls} gets a clear message instead of a parser's stack trace. Blank rows are skipped;
 * every other row goes to the consumer with its row number.
 */
public final class SpreadsheetReader {

  private static final int SNIFF_BYTES = 512;
  private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  private static final byte[] PDF = {'%', 'P', 'D', 'F'};

  private final ImportLimits limits;

  public SpreadsheetReader(ImportLimits limits) {
    if (limits == null) {
      throw new IllegalArgumentException("Import limits are required");
    }
    this.limits = limits;
  }

  public ImportLimits limits() {
    return limits;
  }

  /**
   * Reads the rows of {@code sheet} from {@code in} (which the caller closes) and hands each
   * non-blank row to {@code rows}.
   *
   * @throws ImportFileException when the file cannot be read as an import
   */
  public void read(InputStream in, ImportSheet sheet, Consumer<SheetRow> rows) {
    InputStream limited = new BufferedInputStream(new LimitedInputStream(in, limits.maxBytes()));
    try {
      limited.mark(SNIFF_BYTES);
      byte[] head = limited.readNBytes(SNIFF_BYTES);
      limited.reset();
      Consumer<SheetRow> counted = new RowLimit(limits.maxRows(), rows);
      switch (formatOf(head)) {
        case XLSX -> new XlsxReader().read(limited, sheet, counted);
        case CSV -> new CsvReader().read(limited, counted);
      }
    } catch (IOException e) {
      throw new ImportFileException(e, "import.file.unreadable");
    } catch (UncheckedIOException e) {
      throw new ImportFileException(e, "import.file.unreadable");
    }
  }

  private enum Format {
    CSV,
    XLSX
  }

  private static Format formatOf(byte[] head) {
    if (head.length == 0) {
      throw new ImportFileException("import.file.empty");
    }
    if (startsWith(head, ZIP)) {
      return Format.XLSX;
    }
    if (startsWith(head, OLE2)) {
      throw new ImportFileException("import.file.xls");
    }
    if (startsWith(head, PDF)) {
      throw new ImportFileException("import.file.notSpreadsheet");
    }
    for (byte b : head) {
      // Text never holds NUL or most other C0 controls; pictures, PDFs and archives do early on.
      if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C) {
        throw new ImportFileException("import.file.notSpreadsheet");
      }
    }
    return Format.CSV;
  }

  private static boolean startsWith(byte[] head, byte[] magic) {
    return head.length >= magic.length && Arrays.equals(Arrays.copyOf(head, magic.length), magic);
  }

  /**
   * Counts the rows a reader produces and stops the read past the limit. The header search allows
   * {@link SheetParser#HEADER_SEARCH_ROWS} rows above the data, so those are not counted against
   * it.
   */
  private static final class RowLimit implements Consumer<SheetRow> {
    private final int maxRows;
    private final Consumer<SheetRow> next;
    private int count;

    RowLimit(int maxRows, Consumer<SheetRow> next) {
      this.maxRows = maxRows;
      this.next = next;
    }

    @Override
    public void accept(SheetRow row) {
      if (row.isBlank()) {
        return;
      }
      if (++count > maxRows + SheetParser.HEADER_SEARCH_ROWS) {
        throw new ImportFileException("import.file.tooManyRows", maxRows);
      }
      next.accept(row);
    }
  }
}
