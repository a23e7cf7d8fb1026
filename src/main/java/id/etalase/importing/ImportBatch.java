package id.etalase.importing;

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
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One upload of a tenant's import history: who uploaded which file when, what its preview counted,
 * and, once confirmed, how far the background write got and what it wrote. Only {@link
 * ImportService} changes it.
 */
@Entity
@Table(name = "import_batch")
public class ImportBatch extends TenantScopedEntity {

  /** The longest failure text kept; the log has the rest. */
  static final int FAILURE_MAX = 500;

  @Id
  @SequenceGenerator(name = "import_id", sequenceName = "import_id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_id")
  private Long id;

  @Column(name = "created_by_id")
  private long createdById;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "business_rows")
  private int businessRows;

  @Column(name = "business_new")
  private int businessNew;

  @Column(name = "business_duplicate")
  private int businessDuplicate;

  @Column(name = "business_error")
  private int businessError;

  @Column(name = "product_rows")
  private int productRows;

  @Column(name = "product_new")
  private int productNew;

  @Column(name = "product_duplicate")
  private int productDuplicate;

  @Column(name = "product_error")
  private int productError;

  @Enumerated(EnumType.STRING)
  private ImportStatus status = ImportStatus.PREVIEWED;

  @Column(name = "progress_done")
  private int progressDone;

  @Column(name = "progress_total")
  private int progressTotal;

  @Column(name = "mapping_usaha")
  private String mappingUsaha;

  @Column(name = "mapping_produk")
  private String mappingProduk;

  private boolean publish;

  @Column(name = "created_count")
  private int createdCount;

  @Column(name = "updated_count")
  private int updatedCount;

  @Column(name = "skipped_count")
  private int skippedCount;

  private String failure;

  @Column(name = "finished_at")
  private OffsetDateTime finishedAt;

  /** When a running batch last reported progress: a batch no node writes any more goes stale. */
  @Column(name = "heartbeat_at")
  private OffsetDateTime heartbeatAt;

  @Version private long version;

  protected ImportBatch() {}

  ImportBatch(long createdById, String createdBy, String fileName, ImportPreview.Counts counts) {
    this.createdById = createdById;
    this.createdBy = cut(createdBy, 300);
    this.fileName = cut(fileName == null || fileName.isBlank() ? "-" : fileName.strip(), 255);
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    this.businessRows = counts.businessRows();
    this.businessNew = counts.businessNew();
    this.businessDuplicate = counts.businessDuplicate();
    this.businessError = counts.businessError();
    this.productRows = counts.productRows();
    this.productNew = counts.productNew();
    this.productDuplicate = counts.productDuplicate();
    this.productError = counts.productError();
  }

  void mappings(String usaha, String produk) {
    this.mappingUsaha = usaha;
    this.mappingProduk = produk;
  }

  void start(boolean publish, int total) {
    this.status = ImportStatus.RUNNING;
    this.publish = publish;
    this.progressDone = 0;
    this.progressTotal = total;
    this.heartbeatAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  void progress(int done) {
    this.progressDone = Math.min(done, progressTotal);
    this.heartbeatAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  void finish(int created, int updated, int skipped) {
    if (status != ImportStatus.RUNNING) {
      // Failed meanwhile as interrupted (ImportRecovery): the write rolls back rather than count.
      throw new IllegalStateException("Import " + id + " is " + status + ", not running");
    }
    this.status = ImportStatus.DONE;
    this.createdCount = created;
    this.updatedCount = updated;
    this.skippedCount = skipped;
    this.progressDone = progressTotal;
    this.finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  void fail(String why) {
    this.status = ImportStatus.FAILED;
    this.failure = cut(why == null ? "" : why, FAILURE_MAX);
    this.finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  void undone() {
    this.status = ImportStatus.UNDONE;
  }

  /** A previewed batch not confirmed in time: its upload is gone, so it cannot be confirmed. */
  void expire() {
    this.status = ImportStatus.EXPIRED;
    this.finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  private static String cut(String text, int max) {
    return text.length() > max ? text.substring(0, max) : text;
  }

  public int errorCount() {
    return businessError + productError;
  }

  /** Progress in percent, for the console's progress bar. */
  public int getPercent() {
    return progressTotal == 0
        ? (status == ImportStatus.DONE ? 100 : 0)
        : (int) (100L * progressDone / progressTotal);
  }

  public Long getId() {
    return id;
  }

  public long getCreatedById() {
    return createdById;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public String getFileName() {
    return fileName;
  }

  public int getBusinessRows() {
    return businessRows;
  }

  public int getBusinessNew() {
    return businessNew;
  }

  public int getBusinessDuplicate() {
    return businessDuplicate;
  }

  public int getBusinessError() {
    return businessError;
  }

  public int getProductRows() {
    return productRows;
  }

  public int getProductNew() {
    return productNew;
  }

  public int getProductDuplicate() {
    return productDuplicate;
  }

  public int getProductError() {
    return productError;
  }

  public ImportStatus getStatus() {
    return status;
  }

  public int getProgressDone() {
    return progressDone;
  }

  public int getProgressTotal() {
    return progressTotal;
  }

  public String getMappingUsaha() {
    return mappingUsaha;
  }

  public String getMappingProduk() {
    return mappingProduk;
  }

  public boolean isPublish() {
    return publish;
  }

  public int getCreatedCount() {
    return createdCount;
  }

  public int getUpdatedCount() {
    return updatedCount;
  }

  public int getSkippedCount() {
    return skippedCount;
  }

  public String getFailure() {
    return failure;
  }

  public OffsetDateTime getFinishedAt() {
    return finishedAt;
  }

  public OffsetDateTime getHeartbeatAt() {
    return heartbeatAt;
  }

  public long getVersion() {
    return version;
  }
}
