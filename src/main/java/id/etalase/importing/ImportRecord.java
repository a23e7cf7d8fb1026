package id.etalase.importing;

import id.etalase.curation.RecordType;
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
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A record a confirmed batch created or updated, with its version right after the import: undo
 * compares it with the record's version now, and puts an updated record's data before the import
 * (JSON) back.
 */
@Entity
@Table(name = "import_record")
public class ImportRecord extends TenantScopedEntity {

  /** What the batch did to the record. */
  public enum Action {
    CREATED,
    UPDATED
  }

  @Id
  @SequenceGenerator(name = "import_id", sequenceName = "import_id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_id")
  private Long id;

  @Column(name = "batch_id")
  private long batchId;

  @Enumerated(EnumType.STRING)
  @Column(name = "record_type")
  private RecordType recordType;

  @Column(name = "record_id")
  private long recordId;

  @Column(name = "record_name")
  private String recordName;

  @Enumerated(EnumType.STRING)
  private Action action;

  @Column(name = "version_after")
  private long versionAfter;

  @Column(name = "before_data")
  private String beforeData;

  /** Photos the import added to a record it updated, for undo: ids, comma-separated. */
  @Column(name = "added_photos")
  private String addedPhotos;

  protected ImportRecord() {}

  ImportRecord(
      long batchId,
      RecordType recordType,
      long recordId,
      String recordName,
      Action action,
      long versionAfter,
      String beforeData) {
    this.batchId = batchId;
    this.recordType = recordType;
    this.recordId = recordId;
    this.recordName = recordName.length() > 300 ? recordName.substring(0, 300) : recordName;
    this.action = action;
    this.versionAfter = versionAfter;
    this.beforeData = beforeData;
  }

  public Long getId() {
    return id;
  }

  public long getBatchId() {
    return batchId;
  }

  public RecordType getRecordType() {
    return recordType;
  }

  public long getRecordId() {
    return recordId;
  }

  public String getRecordName() {
    return recordName;
  }

  public Action getAction() {
    return action;
  }

  public long getVersionAfter() {
    return versionAfter;
  }

  public String getBeforeData() {
    return beforeData;
  }

  void addedPhotos(List<Long> ids) {
    this.addedPhotos =
        ids.isEmpty() ? null : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  public List<Long> getAddedPhotos() {
    return addedPhotos == null || addedPhotos.isBlank()
        ? List.of()
        : Arrays.stream(addedPhotos.split(",")).map(Long::valueOf).toList();
  }
}
