package id.etalase.web.konsol;

import id.etalase.access.ConsoleUser;
import id.etalase.access.Role;
import id.etalase.audit.AuditEntry;
import id.etalase.audit.AuditLog;
import id.etalase.curation.PendingChange;
import id.etalase.curation.PendingChanges;
import id.etalase.curation.PublicationStatus;
import id.etalase.curation.RecordType;
import id.etalase.curation.StatusCounts;
import id.etalase.tenant.CurrentTenant;
import id.etalase.web.consoles.common.SignedIn;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * The operator console's dashboard ({@code konsol/index.xhtml}): records by curation status, and
 * the latest changes. Which records are counted is {@link StatusCounts}'s decision: a business
 * owner's own business only.
 */
@Named
@RequestScoped
public class DashboardBacking {

  @Inject private StatusCounts statusCounts;
  @Inject private AuditLog audit;
  @Inject private SignedIn signedIn;
  @Inject private PendingChanges pendingChanges;
  @Inject private CurrentTenant currentTenant;

  private List<AuditEntry> latest = List.of();
  private List<PendingChange> pending = List.of();

  private Map<RecordType, Map<PublicationStatus, Long>> counts = Map.of();

  @PostConstruct
  void load() {
    ConsoleUser user = signedIn.require();
    counts = statusCounts.visibleTo(user);
    if (user.role() != Role.BUSINESS_OWNER) {
      latest = audit.latest(user, 10);
      pending = pendingChanges.oldest(user, 20);
    }
  }

  /** The record types this user's counts cover (a business owner's: no clusters). */
  public List<RecordType> getRecordTypes() {
    return List.copyOf(counts.keySet());
  }

  public List<PublicationStatus> getStatuses() {
    return List.of(PublicationStatus.values());
  }

  /** The latest changes in this tenant (not shown to business owners). */
  public List<AuditEntry> getLatest() {
    return latest;
  }

  /** Owners' changes of published records waiting for an operator (not shown to owners). */
  public List<PendingChange> getPending() {
    return pending;
  }

  /** The console page where a waiting change is decided. */
  public String link(PendingChange change) {
    String page =
        switch (change.getRecordType()) {
          case Business -> "/konsol/usaha/ubah";
          case Product -> "/konsol/produk/ubah";
          case Cluster -> "/konsol/sentra/ubah";
        };
    return currentTenant.link(page) + "?id=" + change.getRecordId();
  }

  public long count(RecordType type, PublicationStatus status) {
    return counts.get(type).get(status);
  }
}
