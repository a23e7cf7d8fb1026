package id.etalase.curation;

import id.etalase.access.Access;
import id.etalase.access.ConsoleUser;
import id.etalase.audit.AuditLog;
import id.etalase.audit.FieldChange;
import id.etalase.common.InputChecks;
import id.etalase.common.InvalidInputException;
import id.etalase.common.NotAllowedException;
import id.etalase.common.RecordNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Moves records of the current tenant through curation ({@link CurationAction}) and writes each
 * move to the audit log. A record of another tenant is not found; a business owner acts only on
 * their own business and its products.
 */
@ApplicationScoped
@Transactional
public class CurationService {

  @Inject private CuratedRecordsByType curated;
  @Inject private AuditLog audit;
  @Inject private Access access;

  /**
   * @return the record's new status
   * @throws RecordNotFoundException when the tenant has no such record, or it is not the owner's
   * @throws NotAllowedException when the role may not take this action
   * @throws InvalidInputException when the record's status does not allow it, or a rejection has no
   *     reason
   */
  public PublicationStatus apply(
      RecordType type, long id, CurationAction action, String reason, ConsoleUser actor) {
    access.member(actor);
    Curated record =
        curated
            .of(type)
            .find(id)
            .filter(r -> reaches(actor, r))
            .orElseThrow(() -> new RecordNotFoundException(type.name(), id));
    if (!action.allowedFor(actor.role())) {
      throw new NotAllowedException(actor.role() + " may not " + action);
    }
    InputChecks in = new InputChecks();
    if (!action.appliesTo(record.getStatus())) {
      in.problem("status", "problem.transition", record.getStatus().name(), action.name());
    }
    String why = action == CurationAction.REJECT ? in.required("reason", reason, 500) : null;
    in.verify();
    PublicationStatus before = record.getStatus();
    String reasonBefore = record.getRejectionReason();
    record.curate(action.target(), why);
    Map<String, FieldChange> changes = new LinkedHashMap<>();
    changes.put("status", new FieldChange(before, action.target()));
    if (!Objects.equals(reasonBefore, why)) {
      changes.put("rejectionReason", new FieldChange(reasonBefore, why));
    }
    audit.record(type.name(), id, record.getName(), action.name(), changes);
    return action.target();
  }

  /** Whether the actor reaches the record: staff every one, a business owner their business's. */
  static boolean reaches(ConsoleUser actor, Curated record) {
    return Access.reaches(actor, record.owningBusinessId());
  }
}
