package id.etalase.web.admin;

import id.etalase.insight.ComplianceReminders;
import id.etalase.insight.ExpiringCertificate;
import id.etalase.region.District;
import id.etalase.region.RegionRepository;
import id.etalase.tenant.CurrentTenant;
import id.etalase.web.CurrentLanguage;
import id.etalase.web.consoles.common.Downloads;
import id.etalase.web.consoles.common.SignedIn;
import id.etalase.web.konsol.ExportBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /admin/sertifikat?hari=30}: the certificates expiring within 30, 60 or 90 days, and the
 * same list as XLSX. A plain GET page: the window is in the URL, and anything but 30, 60 or 90
 * reads as 30. {@link ComplianceReminders} checks who asks.
 */
@Named
@RequestScoped
public class CertificatesBacking {

  @Inject private ComplianceReminders reminders;
  @Inject private SignedIn signedIn;
  @Inject private CurrentTenant currentTenant;
  @Inject private CurrentLanguage language;
  @Inject private RegionRepository regions;

  private int days = 30;
  private List<ExpiringCertificate> rows;
  private Map<String, String> districtNames;

  public List<ExpiringCertificate> getRows() {
    if (rows == null) {
      rows = reminders.expiring(signedIn.require(), days);
    }
    return rows;
  }

  public boolean isTruncated() {
    return getRows().size() >= ComplianceReminders.MAX_ROWS;
  }

  public void xlsx() {
    int window = days;
    Downloads.send(
        ExportBacking.fileName(currentTenant.require().slug(), "sertifikat-" + window, "xlsx"),
        Downloads.XLSX,
        out -> reminders.xlsx(signedIn.require(), window, language.getCode(), out));
  }

  public String district(String code) {
    if (districtNames == null) {
      districtNames = new HashMap<>();
      for (District d : regions.districtsOf(currentTenant.require().regencyCode())) {
        districtNames.put(d.getCode(), d.getName());
      }
    }
    return code == null ? "-" : districtNames.getOrDefault(code, code);
  }

  public List<Integer> getWindows() {
    return List.of(30, 60, 90);
  }

  public int getDays() {
    return days;
  }

  /** From the URL: 30, 60 or 90; anything else is 30. */
  public void setDays(int days) {
    this.days = ComplianceReminders.WINDOWS.contains(days) ? days : 30;
  }
}
