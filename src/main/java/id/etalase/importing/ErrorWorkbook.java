package id.etalase.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The upload handed back with its problems marked, so the operator corrects the file they know
 * instead of reading a list of row numbers: the original cells, an error column at the end, each
 * wrong cell filled red with the message in a cell comment. Written with SXSSF, which keeps only a
 * window of rows in memory, and with every cell as text (a formula in the upload stays inert).
 */
public final class ErrorWorkbook {

  static final String ERROR_COLUMN = "kesalahan";

  private static final int ROWS_IN_MEMORY = 200;
  private static final String BUNDLE = "id.etalase.i18n.messages";

  private final ResourceBundle messages;

  /** Messages in Indonesian, the language operators and their spreadsheets use. */
  public ErrorWorkbook() {
    this(Locale.forLanguageTag("id"));
  }

  public ErrorWorkbook(Locale locale) {
    this.messages = ResourceBundle.getBundle(BUNDLE, locale);
  }

  /**
   * Writes one sheet: the header as uploaded plus the error column, then {@code rows}, each with
   * its errors from {@code errorsByRow} (by row number).
   */
  public void write(
      MappedHeader header,
      Iterable<ImportRow> rows,
      Map<Integer, List<RowError>> errorsByRow,
      OutputStream out)
      throws IOException {
    SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    try {
      Styles styles = new Styles(workbook);
      Sheet sheet = workbook.createSheet(header.sheet().sheetName());
      Drawing<?> drawing = sheet.createDrawingPatriarch();
      CreationHelper factory = workbook.getCreationHelper();
      Row top = sheet.createRow(0);
      List<String> headers = new ArrayList<>(header.headers());
      headers.add(ERROR_COLUMN);
      for (int i = 0; i < headers.size(); i++) {
        text(top.createCell(i), headers.get(i), styles.header, styles);
      }
      Annotator annotator = new Annotator(header, styles, drawing, factory);
      int next = 1;
      for (ImportRow source : rows) {
        annotator.write(
            sheet.createRow(next++), source, errorsByRow.getOrDefault(source.number(), List.of()));
      }
      sheet.createFreezePane(0, 1);
      workbook.write(out);
    } finally {
      workbook.close();
      workbook.dispose();
    }
  }

  /**
   * The error's message in this workbook's language, its arguments filled in. As in the bundles'
   * other messages, only a message with arguments is a MessageFormat pattern (quotes doubled).
   */
  public String message(RowError error) {
    String pattern = messages.getString(error.messageKey());
    if (error.arguments().isEmpty()) {
      return pattern;
    }
    return new MessageFormat(pattern, messages.getLocale())
        .format(error.arguments().stream().map(ErrorWorkbook::plain).toArray());
  }

  /** Numbers as digits, so that row 1234 does not read "1.234". */
  private static Object plain(Object argument) {
    return argument instanceof Number ? argument.toString() : argument;
  }

  /**
   * A text cell; one that a spreadsheet would take for a formula gets Excel's own apostrophe prefix
   * (a style flag): shown as typed, never evaluated, still text when re-saved.
   */
  private static void text(Cell cell, String value, CellStyle style, Styles styles) {
    cell.setCellValue(value);
    cell.setCellStyle(FormulaGuard.startsLikeFormula(value) ? styles.quoted(style) : style);
  }

  /**
   * Writes one row: its cells, each wrong one filled and commented, and the summary in the error
   * column, right after the header's last column (cells a row has past its header move one to the
   * right, so nothing the operator typed is lost).
   */
  private final class Annotator {
    private final MappedHeader header;
    private final Styles styles;
    private final Drawing<?> drawing;
    private final CreationHelper factory;
    private final int errorColumn;

    Annotator(MappedHeader header, Styles styles, Drawing<?> drawing, CreationHelper factory) {
      this.header = header;
      this.styles = styles;
      this.drawing = drawing;
      this.factory = factory;
      this.errorColumn = header.headers().size();
    }

    void write(Row row, ImportRow source, List<RowError> errors) {
      Map<Integer, String> wrongCells = new HashMap<>();
      List<String> summary = new ArrayList<>();
      for (RowError error : errors) {
        String message = message(error);
        summary.add(error.column() == null ? message : error.column() + ": " + message);
        int position = error.column() == null ? -1 : header.positionOf(error.column());
        if (position >= 0) {
          wrongCells.putIfAbsent(position, message);
        }
      }
      int width = Math.max(source.cells().size(), errorColumn);
      for (int i = 0; i < width; i++) {
        String value = i < source.cells().size() ? source.cells().get(i) : "";
        Cell cell = row.createCell(i < errorColumn ? i : i + 1);
        String wrong = wrongCells.get(i);
        text(cell, value, wrong == null ? styles.plain : styles.wrong, styles);
        if (wrong != null) {
          comment(cell, wrong);
        }
      }
      text(row.createCell(errorColumn), String.join("; ", summary), styles.plain, styles);
    }

    private void comment(Cell cell, String message) {
      ClientAnchor anchor = factory.createClientAnchor();
      anchor.setCol1(cell.getColumnIndex());
      anchor.setCol2(cell.getColumnIndex() + 3);
      anchor.setRow1(cell.getRowIndex());
      anchor.setRow2(cell.getRowIndex() + 3);
      Comment comment = drawing.createCellComment(anchor);
      comment.setString(factory.createRichTextString(message));
      comment.setAuthor("Etalase");
      cell.setCellComment(comment);
    }
  }

  private static final class Styles {
    final CellStyle plain;
    final CellStyle header;
    final CellStyle wrong;
    private final Map<CellStyle, CellStyle> quoted = new HashMap<>();
    private final SXSSFWorkbook workbook;

    Styles(SXSSFWorkbook workbook) {
      this.workbook = workbook;
      plain = workbook.createCellStyle();
      plain.setDataFormat(workbook.createDataFormat().getFormat("@"));
      header = workbook.createCellStyle();
      header.cloneStyleFrom(plain);
      Font bold = workbook.createFont();
      bold.setBold(true);
      header.setFont(bold);
      wrong = workbook.createCellStyle();
      wrong.cloneStyleFrom(plain);
      wrong.setFillForegroundColor(IndexedColors.ROSE.getIndex());
      wrong.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    CellStyle quoted(CellStyle style) {
      return quoted.computeIfAbsent(
          style,
          s -> {
            CellStyle q = workbook.createCellStyle();
            q.cloneStyleFrom(s);
            q.setQuotePrefixed(true);
            return q;
          });
    }
  }
}
