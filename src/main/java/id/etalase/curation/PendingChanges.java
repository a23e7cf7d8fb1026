package id.etalase.curation;

import id.etalase.access.Access;
import id.etalase.access.ConsoleUser;
import id.etalase.audit.AuditLog;
import id.etalase.audit.FieldChange;
import id.etalase.common.InputChecks;
import id.etalase.common.NotAllowedException;
import id.etalase.common.RecordFields;
import id.etalase.common.RecordNotFoundException;
import id.etalase.tenant.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Edits of published records by their business owner, which wait until an operator approves them.
 * The public keeps seeing the published version meanwhile. Approving applies only the fields the
 * owner changed, so an operator's own later edits to other fields stay.
 */
@ApplicationScoped
@Transactional
public class PendingChanges {

  /** Fields an owner cannot propose: curation, identity and the government's choice. */
  private static final Set<String> NOT_PROPOSABLE =
      Set.of("slug", "status", "featured", "businessSlug");

  private static final Jsonb JSON = JsonbBuilder.create();

  /** One field of a pending change, as the page shows it: now, and as proposed. */
  public record FieldRow(String field, String before, String after) {
    public String getField() {
      return field;
    }

    public String getBefore() {
      return before;
    }

    public String getAfter() {
      return after;
    }
  }

  @Inject private TenantEntityManager tenantEm;
  @Inject private CuratedRecordsByType curated;
  @Inject private AuditLog audit;
  @Inject private Access access;

  /**
   * Keeps an owner's edit of their published business or product for approval, replacing one that
   * was waiting. The edit is checked like any other first, so an approval cannot fail on it.
   *
   * @return whether the edit changed anything (nothing is kept when it did not)
   * @throws RecordNotFoundException when the record is not the owner's
   * @throws id.etalase.common.InvalidInputException with every problem of the edit, or when the
   *     record is not published (its edits are not kept for approval but written at once)
   */
  public boolean propose(RecordType type, long id, Record edit, ConsoleUser owner) {
    if (!Access.isOwner(access.member(owner))) {
      throw new RecordNotFoundException(type.name(), id);
    }
    Curated record = reachable(type, id, owner);
    if (record.getStatus() != PublicationStatus.PUBLISHED) {
      // Only edits of what the public sees wait; the record's service writes the others at once.
      InputChecks in = new InputChecks();
      in.problem("status", "problem.transition", record.getStatus().name(), "PROPOSE");
      in.verify();
    }
    Record current = current(type, id);
    Record checked = checked(curated.of(type), edit);
    Map<String, FieldChange> changes = AuditLog.diff(current, checked);
    changes.keySet().removeAll(NOT_PROPOSABLE);
    if (changes.isEmpty()) {
      return false;
    }
    PendingChange pending = find(type, id).orElseGet(() -> new PendingChange(type, id));
    pending.propose(
        record.getName(),
        JSON.toJson(checked),
        List.copyOf(changes.keySet()),
        owner.id(),
        owner.displayName() + " <" + owner.email() + ">");
    if (pending.getId() == null) {
      tenantEm.get().persist(pending);
    }
    audit.record(type.name(), id, pending.getRecordName(), "PROPOSE", changes);
    return true;
  }

  /** The change waiting for a record of this tenant, if any. */
  private Optional<PendingChange> find(RecordType type, long id) {
    return tenantEm
        .get()
        .createQuery(
            "SELECT c FROM PendingChange c WHERE c.recordType = :type AND c.recordId = :id",
            PendingChange.class)
        .setParameter("type", type)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /**
   * The oldest changes waiting in this tenant, at most {@code max}: the operators' queue.
   *
   * @throws NotAllowedException for a business owner
   */
  public List<PendingChange> oldest(ConsoleUser reader, int max) {
    access.staff(reader);
    return tenantEm
        .get()
        .createQuery(
            "SELECT c FROM PendingChange c ORDER BY c.proposedAt, c.id", PendingChange.class)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * The fields of a waiting change as they are now and as proposed, for staff and for the owner of
   * the record.
   *
   * @throws RecordNotFoundException when the record is not the owner's
   */
  public List<FieldRow> rows(RecordType type, long id, ConsoleUser reader) {
    access.member(reader);
    reachable(type, id, reader);
    Optional<PendingChange> pending = find(type, id);
    if (pending.isEmpty()) {
      return List.of();
    }
    Record current = current(type, id);
    Record proposed = proposed(pending.get());
    List<FieldRow> rows = new ArrayList<>();
    for (String field : pending.get().getFields()) {
      rows.add(
          new FieldRow(
              field,
              text(RecordFields.value(current, field)),
              text(RecordFields.value(proposed, field))));
    }
    return rows;
  }

  /**
   * Applies a waiting change: its fields over the record as it is now.
   *
   * @throws RecordNotFoundException when nothing waits for this record of this tenant
   * @throws NotAllowedException for a business owner
   */
  public void approve(RecordType type, long id, ConsoleUser actor) {
    PendingChange pending = decidable(type, id, actor);
    Record merged = RecordFields.overlay(current(type, id), proposed(pending), pending.getFields());
    update(curated.of(type), actor, id, merged);
    tenantEm.get().remove(pending);
    audit.record(type.name(), id, pending.getRecordName(), "APPROVE_CHANGE", Map.of());
  }

  /**
   * Drops a waiting change, with the reason the owner is told.
   *
   * @throws id.etalase.common.InvalidInputException without a reason
   */
  public void reject(RecordType type, long id, String reason, ConsoleUser actor) {
    PendingChange pending = decidable(type, id, actor);
    InputChecks in = new InputChecks();
    String why = in.required("reason", reason, 500);
    in.verify();
    tenantEm.get().remove(pending);
    Map<String, FieldChange> changes = new LinkedHashMap<>();
    changes.put("reason", new FieldChange(null, why));
    audit.record(type.name(), id, pending.getRecordName(), "REJECT_CHANGE", changes);
  }

  private PendingChange decidable(RecordType type, long id, ConsoleUser actor) {
    access.staff(actor);
    return find(type, id).orElseThrow(() -> new RecordNotFoundException(type.name(), id));
  }

  /** A record of this tenant the actor reaches (see {@link CurationService#reaches}). */
  private Curated reachable(RecordType type, long id, ConsoleUser actor) {
    return curated
        .of(type)
        .find(id)
        .filter(record -> CurationService.reaches(actor, record))
        .orElseThrow(() -> new RecordNotFoundException(type.name(), id));
  }

  private Record current(RecordType type, long id) {
    return curated
        .of(type)
        .dataOf(id)
        .orElseThrow(() -> new RecordNotFoundException(type.name(), id));
  }

  private Record proposed(PendingChange pending) {
    return JSON.fromJson(pending.getProposed(), curated.of(pending.getRecordType()).dataType());
  }

  private static <D extends Record> D checked(CuratedRecords<?, D> records, Record edit) {
    return records.checked(records.dataType().cast(edit));
  }

  private static <D extends Record> void update(
      CuratedRecords<?, D> records, ConsoleUser actor, long id, Record data) {
    records.update(actor, id, records.dataType().cast(data));
  }

  /** A value as a line of text: lists one item after another, records by their values. */
  static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal d) {
      return d.stripTrailingZeros().toPlainString();
    }
    if (value instanceof Collection<?> items) {
      return items.stream().map(PendingChanges::text).collect(Collectors.joining("; "));
    }
    if (value instanceof Record r) {
      List<String> parts = new ArrayList<>();
      for (String field : RecordFields.names(r.getClass())) {
        String part = text(RecordFields.value(r, field));
        if (!part.isEmpty()) {
          parts.add(part);
        }
      }
      return String.join(" ", parts);
    }
    return value.toString();
  }
}
