package id.etalase.insight;

import id.etalase.access.Access;
import id.etalase.access.ConsoleUser;
import id.etalase.business.CertificationKind;
import id.etalase.common.InputChecks;
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
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Certificates (halal, PIRT, BPOM, SNI) that expire within 30, 60 or 90 days, so that the trade
 * office can remind their holders before a business loses its label. A certificate expiring today
 * is within every window; one that has expired is no longer a reminder. Tenant admins only.
 */
@ApplicationScoped
@Transactional
public class ComplianceReminders {

  /** The windows the page offers, in days. */
  public static final Set<Integer> WINDOWS = Set.of(30, 60, 90);

  /** The most rows one list or workbook holds; the page says when there are more. */
  public static final int MAX_ROWS = 5000;

  @Inject private Access access;
  @Inject private TenantEntityManager tenantEm;
  @Inject private CurrentTenant currentTenant;
  @Inject private RegionRepository regions;

  /** The certificates expiring within {@code days} of today (Jakarta), soonest first. */
  public List<ExpiringCertificate> expiring(ConsoleUser actor, int days) {
    return expiring(actor, days, LocalDate.now(InsightFilter.ZONE));
  }

  /**
   * As {@link #expiring(ConsoleUser, int)} on a given day: the digest and the tests name it.
   *
   * @throws id.etalase.common.InvalidInputException for a window other than 30, 60 or 90 days
   */
  public List<ExpiringCertificate> expiring(ConsoleUser actor, int days, LocalDate today) {
    access.admin(actor);
    return within(days, today);
  }

  /** The same list for the digest, which runs as the system, not as a console user. */
  List<ExpiringCertificate> within(int days, LocalDate today) {
    if (!WINDOWS.contains(days)) {
      InputChecks in = new InputChecks();
      in.problem("days", "insight.problem.window");
      in.verify();
    }
    return tenantEm
        .get()
        .createQuery(
            "SELECT b.id, b.name, b.districtCode, c.kind, c.number, c.expiresOn"
                + " FROM Certification c JOIN c.business b"
                + " WHERE c.expiresOn >= :today AND c.expiresOn <= :last"
                + " ORDER BY c.expiresOn, c.kind, b.name",
            Object[].class)
        .setParameter("today", today)
        .setParameter("last", today.plusDays(days))
        .setMaxResults(MAX_ROWS)
        .getResultList()
        .stream()
        .map(
            r ->
                new ExpiringCertificate(
                    (Long) r[0],
                    (String) r[1],
                    (String) r[2],
                    (CertificationKind) r[3],
                    (String) r[4],
                    (LocalDate) r[5],
                    ChronoUnit.DAYS.between(today, (LocalDate) r[5])))
        .toList();
  }

  /** The list as XLSX, record text formula-guarded. */
  public void xlsx(ConsoleUser actor, int days, String language, OutputStream out) {
    List<ExpiringCertificate> rows = expiring(actor, days);
    InsightExports.Texts texts = new InsightExports.Texts(language);
    Map<String, String> districts = new HashMap<>();
    for (District d : regions.districtsOf(currentTenant.require().regencyCode())) {
      districts.put(d.getCode(), d.getName());
    }
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      Sheet sheet = workbook.createSheet("sertifikat");
      Row top = sheet.createRow(0);
      String[] titles = {
        "insight.expiring.business",
        "insight.expiring.district",
        "insight.expiring.kind",
        "insight.expiring.number",
        "insight.expiring.expiresOn",
        "insight.expiring.daysLeft"
      };
      for (int i = 0; i < titles.length; i++) {
        top.createCell(i).setCellValue(texts.get(titles[i]));
        top.getCell(i).setCellStyle(bold);
      }
      int next = 1;
      for (ExpiringCertificate e : rows) {
        Row row = sheet.createRow(next++);
        row.createCell(0).setCellValue(InsightExports.cell(e.businessName()));
        row.createCell(1)
            .setCellValue(
                InsightExports.cell(
                    e.districtCode() == null
                        ? CatalogInsight.NONE
                        : districts.getOrDefault(e.districtCode(), e.districtCode())));
        row.createCell(2).setCellValue(e.kind().name());
        row.createCell(3).setCellValue(InsightExports.cell(e.number()));
        row.createCell(4).setCellValue(e.expiresOn().toString());
        row.createCell(5).setCellValue(e.daysLeft());
      }
      sheet.setColumnWidth(0, 40 * 256);
      sheet.setColumnWidth(1, 25 * 256);
      sheet.setColumnWidth(3, 25 * 256);
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
