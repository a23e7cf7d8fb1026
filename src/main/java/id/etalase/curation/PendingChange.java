package id.etalase.curation;

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
import java.util.Arrays;
import java.util.List;

/**
 * A business owner's edit of a published record, waiting for an operator: the whole proposed data
 * (JSON) and the names of the fields the owner changed, so approving takes only those.
 */
@Entity
@Table(name = "pending_change")
public class PendingChange extends TenantScopedEntity {

  @Id
  @SequenceGenerator(name = "catalog_id", sequenceName = "catalog_id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_id")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "record_type")
  private RecordType recordType;

  @Column(name = "record_id")
  private long recordId;

  @Column(name = "record_name")
  private String recordName;

  private String proposed;

  /** Field names, comma separated: they are Java identifiers. */
  private String fields;

  @Column(name = "proposed_by_id")
  private Long proposedById;

  @Column(name = "proposed_by")
  private String proposedBy;

  @Column(name = "proposed_at")
  private OffsetDateTime proposedAt;

  protected PendingChange() {}

  PendingChange(RecordType recordType, long recordId) {
    this.recordType = recordType;
    this.recordId = recordId;
  }

  void propose(String recordName, String proposed, List<String> fields, Long byId, String byName) {
    this.recordName = recordName;
    this.proposed = proposed;
    this.fields = String.join(",", fields);
    this.proposedById = byId;
    this.proposedBy = byName;
    this.proposedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public Long getId() {
    return id;
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

  String getProposed() {
    return proposed;
  }

  public List<String> getFields() {
    return fields.isEmpty() ? List.of() : Arrays.asList(fields.split(","));
  }

  public Long getProposedById() {
    return proposedById;
  }

  public String getProposedBy() {
    return proposedBy;
  }

  public OffsetDateTime getProposedAt() {
    return proposedAt;
  }
}
