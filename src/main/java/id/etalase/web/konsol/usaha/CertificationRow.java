package id.etalase.web.konsol.usaha;

import id.etalase.business.CertificationKind;
import java.io.Serializable;
import java.time.LocalDate;

/** One row of the business form's certificates list, as the page binds it. */
public class CertificationRow implements Serializable {
  private static final long serialVersionUID = 1L;
  private CertificationKind kind = CertificationKind.HALAL;
  private String number;
  private LocalDate expiresOn;

  public CertificationKind getKind() {
    return kind;
  }

  public void setKind(CertificationKind kind) {
    this.kind = kind;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(LocalDate expiresOn) {
    this.expiresOn = expiresOn;
  }
}
