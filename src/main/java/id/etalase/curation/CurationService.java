package id.etalase.curation;

import id.etalase.access.Access;
import id.etalase.access.ConsoleUser;
import id.etalase.access.Role;
import id.etalase.audit.AuditLog;
import id.etalase.audit.FieldChange;
import id.etalase.business.BusinessRepository;
import id.etalase.catalog.ProductRepository;
import id.etalase.cluster.ClusterRepository;
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
import java.util.Optional;

/**
 * Moves records of the current tenant through curation ({@link CurationAction}) and writes each
 * move to the audit log. A record of another tenant is not found; a business owner acts only on
 * their own business and its products.
 */
@ApplicationScoped
@Transactional
public class CurationService {

  @Inject private BusinessRepository businesses;
  @Inject private ProductRepository products;
  @Inject private ClusterRepository clusters;
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
        find(type, id)
            .filter(r -> ownerMayReach(actor, type, r))
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

  public Optional<Curated> find(RecordType type, long id) {
    return switch (type) {
      case Business -> businesses.findById(id).map(Curated.class::cast);
      case Product -> products.findById(id).map(Curated.class::cast);
      case Cluster -> clusters.findById(id).map(Curated.class::cast);
    };
  }

  private boolean ownerMayReach(ConsoleUser actor, RecordType type, Curated record) {
    if (actor.role() != Role.BUSINESS_OWNER) {
      return true;
    }
    return switch (type) {
      case Business -> Objects.equals(record.getId(), actor.businessId());
      case Product ->
          Objects.equals(
              ((id.etalase.catalog.Product) record).getBusiness().getId(), actor.businessId());
      case Cluster -> false;
    };
  }
}
