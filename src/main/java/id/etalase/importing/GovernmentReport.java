package id.etalase.importing;

import id.etalase.access.Access;
import id.etalase.access.ConsoleUser;
import id.etalase.business.CertificationKind;
import id.etalase.region.District;
import id.etalase.region.RegionRepository;
import id.etalase.tenant.CurrentTenant;
import id.etalase.tenant.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The government's report of the tenant's catalog as XLSX: businesses by kecamatan, products by
 * category, businesses by certificate, and with or without NIB, one sheet each. Counted in the
 * database; operators and admins of the tenant only.
 */
@ApplicationScoped
@Transactional
public class GovernmentReport {

  @Inject private Access access;
  @Inject private TenantEntityManager tenantEm;
  @Inject private RegionRepository regions;
  @Inject private CurrentTenant currentTenant;

  /**
   * The government's report: businesses by kecamatan, products by category, businesses by
   * certificate, and with or without NIB, one sheet each.
   */
  public void write(ConsoleUser actor, OutputStream out) {
    access.staff(actor);
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      Map<String, String> districts = new LinkedHashMap<>();
      for (District d : regions.districtsOf(currentTenant.require().regencyCode())) {
        districts.put(d.getCode(), d.getName());
      }
      Map<String, long[]> byDistrict = new LinkedHashMap<>();
      districts.values().forEach(name -> byDistrict.put(name, new long[2]));
      for (Object[] r :
          tenantEm
              .get()
              .createQuery(
                  "SELECT b.districtCode, b.status, COUNT(b) FROM Business b"
                      + " GROUP BY b.districtCode, b.status",
                  Object[].class)
              .getResultList()) {
        String name = r[0] == null ? "-" : districts.getOrDefault((String) r[0], (String) r[0]);
        long[] counts = byDistrict.computeIfAbsent(name, k -> new long[2]);
        counts[0] += (Long) r[2];
        if ("PUBLISHED".equals(String.valueOf(r[1]))) {
          counts[1] += (Long) r[2];
        }
      }
      table(
          workbook,
          bold,
          "kecamatan",
          List.of("kecamatan", "jumlah_usaha", "usaha_tayang"),
          byDistrict.entrySet().stream()
              .map(e -> List.<Object>of(e.getKey(), e.getValue()[0], e.getValue()[1]))
              .toList());
      List<List<Object>> byCategory = new ArrayList<>();
      for (Object[] r :
          tenantEm
              .get()
              .createQuery(
                  "SELECT c.name, COUNT(p) FROM Product p JOIN p.category c GROUP BY c.name"
                      + " ORDER BY c.name",
                  Object[].class)
              .getResultList()) {
        byCategory.add(List.of(r[0], r[1]));
      }
      long products =
          tenantEm
              .get()
              .createQuery("SELECT COUNT(p) FROM Product p", Long.class)
              .getSingleResult();
      long categorised = byCategory.stream().mapToLong(r -> (Long) r.get(1)).sum();
      byCategory.add(List.of("-", products - categorised));
      table(workbook, bold, "kategori", List.of("kategori", "jumlah_produk"), byCategory);
      Map<CertificationKind, Long> certified = new LinkedHashMap<>();
      for (CertificationKind kind : CertificationKind.values()) {
        certified.put(kind, 0L);
      }
      tenantEm
          .get()
          .createQuery(
              "SELECT c.kind, COUNT(DISTINCT c.business.id) FROM Certification c GROUP BY c.kind",
              Object[].class)
          .getResultList()
          .forEach(r -> certified.put((CertificationKind) r[0], (Long) r[1]));
      table(
          workbook,
          bold,
          "sertifikasi",
          List.of("sertifikasi", "jumlah_usaha"),
          certified.entrySet().stream()
              .map(e -> List.<Object>of(e.getKey().name(), e.getValue()))
              .toList());
      long all =
          tenantEm
              .get()
              .createQuery("SELECT COUNT(b) FROM Business b", Long.class)
              .getSingleResult();
      long withNib =
          tenantEm
              .get()
              .createQuery("SELECT COUNT(b) FROM Business b WHERE b.nib IS NOT NULL", Long.class)
              .getSingleResult();
      table(
          workbook,
          bold,
          "nib",
          List.of("nib", "jumlah_usaha"),
          List.of(List.of("dengan NIB", withNib), List.of("tanpa NIB", all - withNib)));
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void table(
      XSSFWorkbook workbook,
      CellStyle bold,
      String name,
      List<String> headers,
      List<List<Object>> rows) {
    Sheet sheet = workbook.createSheet(name);
    Row top = sheet.createRow(0);
    for (int i = 0; i < headers.size(); i++) {
      Cell cell = top.createCell(i);
      cell.setCellValue(headers.get(i));
      cell.setCellStyle(bold);
    }
    int next = 1;
    for (List<Object> values : rows) {
      Row row = sheet.createRow(next++);
      for (int i = 0; i < values.size(); i++) {
        Object value = values.get(i);
        if (value instanceof Number n) {
          row.createCell(i).setCellValue(n.doubleValue());
        } else {
          row.createCell(i).setCellValue(FormulaGuard.escape(String.valueOf(value)));
        }
      }
    }
    sheet.setColumnWidth(0, 30 * 256);
  }
}
