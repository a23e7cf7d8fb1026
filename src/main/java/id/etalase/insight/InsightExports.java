package id.etalase.insight;

import id.etalase.access.ConsoleUser;
import id.etalase.importing.FormulaGuard;
import id.etalase.tenant.CurrentTenant;
import id.etalase.tenant.TenantSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The dashboard as files: its charts' data as an XLSX workbook (one sheet a chart, or the one chart
 * asked for), and the whole dashboard as a PDF report with the regency's name, logo and colours.
 * Both are computed by {@link InsightService}, which checks that a tenant admin asks; text from
 * records stays text (formula-guarded in cells, drawn as text in the PDF).
 */
@ApplicationScoped
@Transactional
public class InsightExports {

  @Inject private InsightService insight;
  @Inject private CurrentTenant currentTenant;
  @Inject private Letterhead letterhead;

  /**
   * The figures and every chart's data, or only the chart {@code chartKey}, as XLSX.
   *
   * @throws IllegalArgumentException for a chart the dashboard does not have
   */
  public void xlsx(ConsoleUser actor, InsightFilter filter, String chartKey, OutputStream out) {
    Dashboard dashboard = insight.dashboard(actor, filter);
    Texts texts = new Texts(filter.language());
    List<Chart> charts =
        chartKey == null
            ? dashboard.charts()
            : List.of(
                dashboard
                    .chart(chartKey)
                    .orElseThrow(() -> new IllegalArgumentException("No chart " + chartKey)));
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      if (chartKey == null) {
        Sheet sheet = workbook.createSheet("ringkasan");
        header(sheet, bold, texts.get("insight.figure"), texts.get("insight.value"), "%");
        int next = 1;
        next = period(sheet, next, texts, filter);
        for (Figure f : dashboard.figures()) {
          Row row = sheet.createRow(next++);
          row.createCell(0).setCellValue(cell(texts.get(f.key())));
          row.createCell(1).setCellValue(f.value());
          if (f.isShare()) {
            row.createCell(2).setCellValue(f.percent());
          }
        }
        sheet.setColumnWidth(0, 45 * 256);
      }
      for (Chart chart : charts) {
        Sheet sheet = workbook.createSheet(chart.sheet());
        Row top = sheet.createRow(0);
        title(top, 0, bold, texts.get(chart.key()));
        for (int i = 0; i < chart.series().size(); i++) {
          title(top, i + 1, bold, texts.get(chart.series().get(i).key()));
        }
        for (int l = 0; l < chart.labels().size(); l++) {
          Row row = sheet.createRow(l + 1);
          row.createCell(0).setCellValue(cell(texts.label(chart, chart.labels().get(l))));
          for (int i = 0; i < chart.series().size(); i++) {
            row.createCell(i + 1).setCellValue(chart.series().get(i).values().get(l));
          }
        }
        sheet.setColumnWidth(0, 40 * 256);
      }
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The whole dashboard as a PDF report with the regency's branding. */
  public void pdf(ConsoleUser actor, InsightFilter filter, OutputStream out) {
    Dashboard dashboard = insight.dashboard(actor, filter);
    TenantSnapshot tenant = currentTenant.require();
    Texts texts = new Texts(filter.language());
    Letterhead.Colours colours = Letterhead.colours(tenant);
    try (PdfLayout pdf = new PdfLayout(colours.accent(), tenant.name())) {
      pdf.newPage();
      pdf.band(colours.primary(), texts.get("insight.report.title"), 20, 90);
      PDImageXObject logo = letterhead.logo(tenant, pdf.document()).orElse(null);
      if (logo != null) {
        pdf.image(logo, PdfLayout.MARGIN, pdf.y(), 80, 60);
        pdf.down(66);
      }
      pdf.heading(tenant.name(), 16);
      pdf.text(periodText(texts, filter), 10);
      pdf.text(texts.get("insight.report.generated") + " " + LocalDate.now(InsightFilter.ZONE), 9);
      pdf.heading(texts.get("insight.figures"), 13);
      for (Figure f : dashboard.figures()) {
        pdf.text(
            texts.get(f.key())
                + ": "
                + f.value()
                + (f.isShare() ? " / " + f.of() + " (" + f.percent() + "%)" : ""),
            10);
      }
      for (Chart chart : dashboard.charts()) {
        pdf.heading(texts.get(chart.key()), 13);
        for (Chart.Series series : chart.series()) {
          if (chart.series().size() > 1) {
            pdf.text(texts.get(series.key()), 10);
          }
          long max = series.values().stream().mapToLong(Long::longValue).max().orElse(0);
          for (int l = 0; l < chart.labels().size(); l++) {
            long value = series.values().get(l);
            pdf.bar(texts.label(chart, chart.labels().get(l)), value, max, Long.toString(value));
          }
        }
      }
      pdf.save(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int period(Sheet sheet, int next, Texts texts, InsightFilter filter) {
    Row row = sheet.createRow(next);
    row.createCell(0).setCellValue(cell(periodText(texts, filter)));
    return next + 1;
  }

  static String periodText(Texts texts, InsightFilter filter) {
    return texts.get("insight.period")
        + ": "
        + filter.from()
        + " - "
        + filter.to()
        + (filter.districtCode() == null ? "" : ", " + filter.districtCode());
  }

  private static void header(Sheet sheet, CellStyle bold, String... titles) {
    Row top = sheet.createRow(0);
    for (int i = 0; i < titles.length; i++) {
      title(top, i, bold, titles[i]);
    }
  }

  private static void title(Row row, int column, CellStyle bold, String text) {
    Cell cell = row.createCell(column);
    cell.setCellValue(cell(text));
    cell.setCellStyle(bold);
  }

  /** Text for a cell: a record's name that looks like a formula is written as text. */
  static String cell(String text) {
    return FormulaGuard.escape(text);
  }

  /** The message bundle in the export's language; a label after a prefix is translated too. */
  static final class Texts {
    private final ResourceBundle bundle;

    Texts(String language) {
      bundle =
          ResourceBundle.getBundle("id.etalase.i18n.messages", Locale.forLanguageTag(language));
    }

    ResourceBundle bundle() {
      return bundle;
    }

    String get(String key) {
      try {
        return bundle.getString(key);
      } catch (MissingResourceException e) {
        return key;
      }
    }

    String label(Chart chart, String label) {
      return chart.labelPrefix() == null ? label : get(chart.labelPrefix() + label);
    }
  }
}
