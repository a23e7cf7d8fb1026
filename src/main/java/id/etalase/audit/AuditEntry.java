package id.etalase.audit;

import id.etalase.common.Json;
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

/**
 * One change to a tenant's data: who made it, from where, to which record, and each field before
 * and after (JSON). Written once, never changed: no column is updatable here, and the application
 * role has no UPDATE or DELETE right on the table.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends TenantScopedEntity {

  /** Who acted. */
  public enum ActorKind {
    ACCOUNT,
    PLATFORM_ADMIN,
    SYSTEM
  }

  @Id
  @SequenceGenerator(name = "catalog_id", sequenceName = "catalog_id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_id")
  @Column(updatable = false)
  private Long id;

  @Column(updatable = false)
  private OffsetDateTime at;

  @Enumerated(EnumType.STRING)
  @Column(name = "actor_kind", updatable = false)
  private ActorKind actorKind;

  @Column(name = "actor_id", updatable = false)
  private Long actorId;

  @Column(name = "actor_name", updatable = false)
  private String actorName;

  @Column(updatable = false)
  private String address;

  @Column(name = "record_type", updatable = false)
  private String recordType;

  @Column(name = "record_id", updatable = false)
  private Long recordId;

  @Column(name = "record_name", updatable = false)
  private String recordName;

  @Column(updatable = false)
  private String action;

  @Column(updatable = false)
  private String changes;

  protected AuditEntry() {}

  /** {@code at} is now, but for the demo history's made-up past (AuditLog#recordGenerated). */
  AuditEntry(
      OffsetDateTime at,
      Actor actor,
      String recordType,
      Long recordId,
      String recordName,
      String action,
      String changes) {
    this.at = at;
    this.actorKind = actor.kind();
    this.actorId = actor.id();
    this.actorName = actor.name();
    this.address = actor.address();
    this.recordType = recordType;
    this.recordId = recordId;
    this.recordName =
        recordName == null || recordName.length() <= 300
            ? recordName
            : recordName.substring(0, 300);
    this.action = action;
    this.changes = changes;
  }

  public Long getId() {
    return id;
  }

  public OffsetDateTime getAt() {
    return at;
  }

  public ActorKind getActorKind() {
    return actorKind;
  }

  public Long getActorId() {
    return actorId;
  }

  public String getActorName() {
    return actorName;
  }

  public String getAddress() {
    return address;
  }

  public String getRecordType() {
    return recordType;
  }

  public Long getRecordId() {
    return recordId;
  }

  public String getRecordName() {
    return recordName;
  }

  public String getAction() {
    return action;
  }

  /** One changed field, for reading. */
  public record Change(String field, String before, String after) {}

  /** The changed fields, in the order they were recorded. */
  public java.util.List<Change> getChangeList() {
    if (changes == null || changes.isBlank()) {
      return java.util.List.of();
    }
    try (jakarta.json.JsonReader reader = Json.createReader(new java.io.StringReader(changes))) {
      jakarta.json.JsonObject json = reader.readObject();
      return json.keySet().stream()
          .map(
              field -> {
                jakarta.json.JsonObject change = json.getJsonObject(field);
                return new Change(
                    field, change.getString("before", ""), change.getString("after", ""));
              })
          .toList();
    }
  }

  /** The changed fields as JSON: {@code {"field": {"before": …, "after": …}}}. */
  public String getChanges() {
    return changes;
  }
}
