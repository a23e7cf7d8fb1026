package id.etalase.importing;

import id.etalase.access.Access;
import id.etalase.access.ConsoleUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The tenant's businesses and products in the import template's columns, as XLSX (both sheets) or
 * CSV (one sheet a file), so that an export imports back unchanged; narrowed, when asked, by the
 * console lists' own filters ({@link ExportFilter}). Rows are read a page at a time (the lists'
 * queries give each page's ids) and written through SXSSF, which keeps a window of rows in memory.
 * A cell that a spreadsheet would take for a formula is escaped ({@link FormulaGuard}): in XLSX
 * with Excel's quote prefix, in CSV with an apostrophe that the import takes off again. Operators
 * and admins of the tenant only. The government's report is {@link GovernmentReport}.
 */
@ApplicationScoped
@Transactional
public class CatalogExport {

  private static final int ROWS_IN_MEMORY = 200;

  @Inject private Access access;
  @Inject private ExportRows exportRows;

  /** Both sheets of everything as one workbook. */
  public void xlsx(ConsoleUser actor, OutputStream out) {
    xlsx(actor, ExportFilter.ALL, out);
  }

  /** Both sheets as one workbook, narrowed as the console's lists narrow. */
  public void xlsx(ConsoleUser actor, ExportFilter filter, OutputStream out) {
    access.staff(actor);
    ExportFilter narrowed = Objects.requireNonNull(filter, "filter");
    SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    try {
      CellStyle text = workbook.createCellStyle();
      text.setDataFormat(workbook.createDataFormat().getFormat("@"));
      CellStyle quoted = workbook.createCellStyle();
      quoted.cloneStyleFrom(text);
      quoted.setQuotePrefixed(true);
      CellStyle header = workbook.createCellStyle();
      header.cloneStyleFrom(text);
      Font bold = workbook.createFont();
      bold.setBold(true);
      header.setFont(bold);
      for (ImportSheet kind : ImportSheet.values()) {
        Sheet sheet = workbook.createSheet(kind.sheetName());
        Row top = sheet.createRow(0);
        for (int i = 0; i < kind.columns().size(); i++) {
          Cell cell = top.createCell(i);
          cell.setCellValue(kind.columns().get(i));
          cell.setCellStyle(header);
        }
        int[] next = {1};
        exportRows.rows(
            actor,
            kind,
            narrowed,
            values -> {
              Row row = sheet.createRow(next[0]++);
              for (int i = 0; i < values.size(); i++) {
                String value = values.get(i);
                if (!value.isEmpty()) {
                  Cell cell = row.createCell(i);
                  cell.setCellValue(value);
                  cell.setCellStyle(FormulaGuard.startsLikeFormula(value) ? quoted : text);
                }
              }
            });
        sheet.createFreezePane(0, 1);
      }
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        workbook.close();
      } catch (IOException e) {
        // nothing left to release
      }
      workbook.dispose();
    }
  }

  /** One sheet of everything as CSV. */
  public void csv(ConsoleUser actor, ImportSheet kind, OutputStream out) {
    csv(actor, kind, ExportFilter.ALL, out);
  }

  /**
   * One sheet as CSV, narrowed as the console's lists narrow: UTF-8 with a byte order mark,
   * comma-separated, as the template.
   */
  public void csv(ConsoleUser actor, ImportSheet kind, ExportFilter filter, OutputStream out) {
    access.staff(actor);
    ExportFilter narrowed = Objects.requireNonNull(filter, "filter");
    try {
      out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      CSVPrinter printer =
          new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT);
      printer.printRecord(kind.columns());
      exportRows.rows(
          actor,
          kind,
          narrowed,
          values -> {
            try {
              printer.printRecord(values.stream().map(FormulaGuard::escape).toList());
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
