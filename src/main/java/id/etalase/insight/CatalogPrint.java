package id.etalase.insight;

import id.etalase.tenant.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A printable catalog asked for by a tenant admin: which part of the tenant it covers, how far its
 * background writing has come, and where the finished PDF lies under the data directory. Kept in
 * the database so that any node shows the progress and serves the file's record.
 */
@Entity
@Table(name = "catalog_print")
public class CatalogPrint extends TenantScopedEntity {

  /** What part of the tenant the catalog covers. */
  public enum Scope {
    TENANT,
    DISTRICT,
    CLUSTER
  }

  /** Where its writing stands. */
  public enum Status {
    RUNNING,
    DONE,
    FAILED
  }

  @Id
  @SequenceGenerator(name = "catalog_id", sequenceName = "catalog_id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_id")
  private Long id;

  @Enumerated(EnumType.STRING)
  private Scope scope;

  @Column(name = "scope_key")
  private String scopeKey;

  @Column(name = "scope_name")
  private String scopeName;

  @Enumerated(EnumType.STRING)
  private Status status = Status.RUNNING;

  @Column(name = "progress_done")
  private int progressDone;

  @Column(name = "progress_total")
  private int progressTotal;

  @Column(name = "file_key")
  private String fileKey;

  @Column(name = "file_size")
  private Long fileSize;

  @Column(name = "requested_by_id", updatable = false)
  private long requestedById;

  @Column(name = "requested_by", updatable = false)
  private String requestedBy;

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "finished_at")
  private OffsetDateTime finishedAt;

  private String failure;

  protected CatalogPrint() {}

  CatalogPrint(Scope scope, String scopeKey, String scopeName, long byId, String by) {
    this.scope = scope;
    this.scopeKey = scopeKey;
    this.scopeName = scopeName;
    this.requestedById = byId;
    this.requestedBy = by;
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  void progress(int done, int total) {
    this.progressDone = done;
    this.progressTotal = total;
  }

  void finish(String fileKey, long size) {
    this.status = Status.DONE;
    this.fileKey = fileKey;
    this.fileSize = size;
    this.progressDone = progressTotal;
    this.finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  void fail(String why) {
    this.status = Status.FAILED;
    this.failure = why == null ? null : why.substring(0, Math.min(500, why.length()));
    this.finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public Long getId() {
    return id;
  }

  public Scope getScope() {
    return scope;
  }

  public String getScopeKey() {
    return scopeKey;
  }

  public String getScopeName() {
    return scopeName;
  }

  public Status getStatus() {
    return status;
  }

  public int getProgressDone() {
    return progressDone;
  }

  public int getProgressTotal() {
    return progressTotal;
  }

  /** Whole percent done; a catalog of nothing is done when it is. */
  public int getPercent() {
    if (status == Status.DONE) {
      return 100;
    }
    return progressTotal == 0 ? 0 : (int) (100L * progressDone / progressTotal);
  }

  public String getFileKey() {
    return fileKey;
  }

  public Long getFileSize() {
    return fileSize;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getFinishedAt() {
    return finishedAt;
  }

  public String getFailure() {
    return failure;
  }
}
