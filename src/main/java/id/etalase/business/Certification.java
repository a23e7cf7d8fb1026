package id.etalase.business;

import id.etalase.tenant.PublicRecordListener;
import id.etalase.tenant.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A certificate a business holds, with its number and, where it has one, its expiry date. */
@Entity
@EntityListeners(PublicRecordListener.class)
@Table(name = "business_certification")
public class Certification extends TenantScopedEntity {

  @Id
  @SequenceGenerator(name = "catalog_id", sequenceName = "catalog_id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_id")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "business_id")
  private Business business;

  @Enumerated(EnumType.STRING)
  private CertificationKind kind;

  private String number;

  @Column(name = "expires_on")
  private LocalDate expiresOn;

  protected Certification() {}

  Certification(Business business, CertificationKind kind, String number, LocalDate expiresOn) {
    this.business = business;
    this.kind = kind;
    this.number = number;
    this.expiresOn = expiresOn;
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

  /** Expired on {@code today}: shown as such, never hidden. */
  public boolean isExpired(LocalDate today) {
    return expiresOn != null && expiresOn.isBefore(today);
  }
}
