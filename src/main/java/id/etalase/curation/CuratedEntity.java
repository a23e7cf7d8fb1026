package id.etalase.curation;

import id.etalase.tenant.TrackedTenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotNull;

/**
 * The curation state every curated record keeps: its status and why it was last sent back. Only
 * {@link CurationService} moves it; imports and the record's own data set the status they carry.
 */
@MappedSuperclass
public abstract class CuratedEntity extends TrackedTenantEntity implements Curated {

  @NotNull
  @Enumerated(EnumType.STRING)
  private PublicationStatus status = PublicationStatus.DRAFT;

  @Column(name = "rejection_reason")
  private String rejectionReason;

  @Override
  public PublicationStatus getStatus() {
    return status;
  }

  @Override
  public String getRejectionReason() {
    return rejectionReason;
  }

  @Override
  public void curate(PublicationStatus status, String rejectionReason) {
    this.status = status;
    this.rejectionReason = rejectionReason;
  }

  /** The status as the record's data (a demo file, an upsert) gives it; draft when none. */
  protected void setStatus(PublicationStatus status) {
    this.status = status == null ? PublicationStatus.DRAFT : status;
  }
}
