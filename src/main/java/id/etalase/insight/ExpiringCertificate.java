package id.etalase.insight;

import id.etalase.business.CertificationKind;
import java.time.LocalDate;

/** A certificate that expires soon, with the business that holds it and the days it has left. */
public record ExpiringCertificate(
    long businessId,
    String businessName,
    String districtCode,
    CertificationKind kind,
    String number,
    LocalDate expiresOn,
    long daysLeft) {

  /** For EL. */
  public long getBusinessId() {
    return businessId;
  }

  public String getBusinessName() {
    return businessName;
  }

  public CertificationKind getKind() {
    return kind;
  }

  public String getNumber() {
    return number;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public long getDaysLeft() {
    return daysLeft;
  }
}
