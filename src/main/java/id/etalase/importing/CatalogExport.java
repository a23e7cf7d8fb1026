package id.etalase.importing;

import id.etalase.access.Access;
import id.etalase.access.ConsoleUser;
import id.etalase.business.BusinessRepository;
import id.etalase.business.CertificationKind;
import id.etalase.business.LinkKind;
import id.etalase.catalog.ProductRepository;
import id.etalase.region.District;
import id.etalase.region.RegionRepository;
import id.etalase.tenant.CurrentTenant;
import id.etalase.tenant.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
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

  private static final int PAGE = 1000;
  private static final int ROWS_IN_MEMORY = 200;

  @Inject private Access access;
  @Inject private TenantEntityManager tenantEm;
  @Inject private RegionRepository regions;
  @Inject private CurrentTenant currentTenant;
  @Inject private BusinessRepository businesses;
  @Inject private ProductRepository products;

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
        rows(
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
      rows(
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

  /** Each record of a sheet as the template's cells, in the sheet's column order. */
  private void rows(ImportSheet kind, ExportFilter filter, Consumer<List<String>> rows) {
    if (kind == ImportSheet.USAHA) {
      businessRows(filter, rows);
    } else if (filter.narrowsBusinesses()) {
      // The products of the chosen businesses, a page of businesses at a time.
      long after = 0;
      while (true) {
        List<Long> owners = businesses.idsMatching(filter.businesses(), after, PAGE);
        if (!owners.isEmpty()) {
          productRows(filter, owners, rows);
          after = owners.get(owners.size() - 1);
        }
        if (owners.size() < PAGE) {
          return;
        }
      }
    } else {
      productRows(filter, null, rows);
    }
  }

  private void businessRows(ExportFilter filter, Consumer<List<String>> rows) {
    Map<String, String> districts = new HashMap<>();
    Map<String, String> villages = new HashMap<>();
    for (District d : regions.districtsOf(currentTenant.require().regencyCode())) {
      districts.put(d.getCode(), d.getName());
      regions.villagesOf(d.getCode()).forEach(v -> villages.put(v.getCode(), v.getName()));
    }
    long after = 0;
    while (true) {
      List<Long> ids = businesses.idsMatching(filter.businesses(), after, PAGE);
      if (ids.isEmpty()) {
        return;
      }
      Map<Long, String> instagram = new HashMap<>();
      tenantEm
          .get()
          .createQuery(
              "SELECT l.business.id, l.url FROM BusinessLink l WHERE l.kind = :kind"
                  + " AND l.business.id IN :ids ORDER BY l.position",
              Object[].class)
          .setParameter("kind", LinkKind.INSTAGRAM)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(r -> instagram.putIfAbsent((Long) r[0], ImportedData.handle((String) r[1])));
      Set<Long> halal =
          new HashSet<>(
              tenantEm
                  .get()
                  .createQuery(
                      "SELECT c.business.id FROM Certification c WHERE c.kind = :kind"
                          + " AND c.business.id IN :ids",
                      Long.class)
                  .setParameter("kind", CertificationKind.HALAL)
                  .setParameter("ids", ids)
                  .getResultList());
      List<Object[]> page =
          tenantEm
              .get()
              .createQuery(
                  "SELECT b.id, b.name, b.ownerName, b.nib, b.sector, b.districtCode,"
                      + " b.villageCode, b.streetAddress, b.phone, b.whatsapp, b.email,"
                      + " b.description, b.foundedYear, b.latitude, b.longitude"
                      + " FROM Business b WHERE b.id IN :ids ORDER BY b.id",
                  Object[].class)
              .setParameter("ids", ids)
              .getResultList();
      for (Object[] b : page) {
        long id = (Long) b[0];
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put(Column.NAMA_USAHA, text(b[1]));
        cells.put(Column.NAMA_PEMILIK, text(b[2]));
        cells.put(Column.NIB, text(b[3]));
        cells.put(Column.KATEGORI, text(b[4]));
        cells.put(Column.KECAMATAN, text(districts.get((String) b[5])));
        cells.put(Column.DESA, text(villages.get((String) b[6])));
        cells.put(Column.ALAMAT, text(b[7]));
        cells.put(Column.TELEPON, text(b[8]));
        cells.put(Column.WHATSAPP, text(b[9]));
        cells.put(Column.EMAIL, text(b[10]));
        cells.put(Column.DESKRIPSI, text(b[11]));
        cells.put(Column.TAHUN_BERDIRI, text(b[12]));
        cells.put(Column.SERTIFIKAT_HALAL, halal.contains(id) ? "ya" : "tidak");
        cells.put(Column.LATITUDE, decimal(b[13]));
        cells.put(Column.LONGITUDE, decimal(b[14]));
        cells.put(Column.INSTAGRAM, instagram.containsKey(id) ? "@" + instagram.get(id) : "");
        rows.accept(ordered(ImportSheet.USAHA, cells));
      }
      after = ids.get(ids.size() - 1);
      tenantEm.get().clear();
      if (ids.size() < PAGE) {
        return;
      }
    }
  }

  /** The products matching the filter, of {@code owners} only when not null. */
  private void productRows(
      ExportFilter filter, Collection<Long> owners, Consumer<List<String>> rows) {
    long after = 0;
    while (true) {
      List<Long> ids = products.idsMatching(filter.products(), owners, after, PAGE);
      if (ids.isEmpty()) {
        return;
      }
      List<Object[]> page =
          tenantEm
              .get()
              .createQuery(
                  "SELECT p.id, b.nib, b.name, p.name, p.description, p.priceMin, p.priceMax,"
                      + " p.negotiable, p.unit, p.minOrder FROM Product p JOIN p.business b"
                      + " WHERE p.id IN :ids ORDER BY p.id",
                  Object[].class)
              .setParameter("ids", ids)
              .getResultList();
      Map<Long, String> categories = new HashMap<>();
      tenantEm
          .get()
          .createQuery(
              "SELECT p.id, c.name FROM Product p JOIN p.category c WHERE p.id IN :ids",
              Object[].class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(r -> categories.put((Long) r[0], (String) r[1]));
      for (Object[] p : page) {
        long id = (Long) p[0];
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put(Column.NIB, text(p[1]));
        cells.put(Column.NAMA_USAHA, text(p[2]));
        cells.put(Column.NAMA_PRODUK, text(p[3]));
        cells.put(Column.KATEGORI, text(categories.get(id)));
        cells.put(Column.DESKRIPSI, text(p[4]));
        cells.put(Column.HARGA, price((Long) p[5], (Long) p[6], (Boolean) p[7]));
        cells.put(Column.SATUAN, text(p[8]));
        cells.put(Column.MIN_ORDER, text(p[9]));
        rows.accept(ordered(ImportSheet.PRODUK, cells));
      }
      after = ids.get(ids.size() - 1);
      tenantEm.get().clear();
      if (ids.size() < PAGE) {
        return;
      }
    }
  }

  private static List<String> ordered(ImportSheet kind, Map<String, String> cells) {
    return kind.columns().stream().map(c -> cells.getOrDefault(c, "")).toList();
  }

  /** A price as the import reads it back: one amount, a range, and "nego" when negotiable. */
  static String price(Long min, Long max, Boolean negotiable) {
    String amount = min == null ? "" : max == null ? min.toString() : min + " - " + max;
    if (Boolean.TRUE.equals(negotiable)) {
      return amount.isEmpty() ? "nego" : amount + " nego";
    }
    return amount;
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  private static String decimal(Object value) {
    return value == null ? "" : ((BigDecimal) value).toPlainString();
  }
}
