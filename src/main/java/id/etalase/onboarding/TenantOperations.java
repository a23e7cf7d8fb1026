package id.etalase.onboarding;

import id.etalase.access.Access;
import id.etalase.access.ConsoleUser;
import id.etalase.audit.AuditLog;
import id.etalase.audit.FieldChange;
import id.etalase.common.RecordNotFoundException;
import id.etalase.curation.PublicationStatus;
import id.etalase.curation.RecordType;
import id.etalase.curation.StatusCounts;
import id.etalase.tenant.TenantDirectory;
import id.etalase.tenant.TenantSnapshot;
import id.etalase.tenant.TenantStatus;
import id.etalase.tenant.TenantWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the platform team does to tenants as a whole: list them with their sizes, suspend and resume
 * them. Each change lands in the tenant's own audit log, with the platform admin as actor.
 */
@ApplicationScoped
public class TenantOperations {

  /** One line of the platform's tenant list. */
  public record TenantRow(
      TenantSnapshot tenant, Map<RecordType, Long> published, Map<RecordType, Long> total) {

    /**
     * The published records of a type named as in a page ({@code row.publishedOf('Business')}): EL
     * looks a text key up in the enum-keyed map as it is and finds nothing.
     */
    public Long publishedOf(String type) {
      return published.get(RecordType.valueOf(type));
    }

    /** All records of a type named as in a page, whatever their status. */
    public Long totalOf(String type) {
      return total.get(RecordType.valueOf(type));
    }
  }

  @Inject private TenantRegistryWrites registry;
  @Inject private TenantDirectory directory;
  @Inject private TenantWork work;
  @Inject private StatusCounts counts;
  @Inject private AuditLog audit;
  @Inject private Access access;

  /**
   * Every tenant with its published and total records. The counts are read in each tenant's own
   * transaction, under its row-level security, one tenant at a time.
   */
  public List<TenantRow> list(ConsoleUser actor) {
    access.platform(actor);
    List<TenantRow> rows = new ArrayList<>();
    for (TenantSnapshot tenant : directory.all()) {
      Map<RecordType, Long> published = new EnumMap<>(RecordType.class);
      Map<RecordType, Long> total = new EnumMap<>(RecordType.class);
      work.runAs(
          tenant,
          () -> {
            for (RecordType type : RecordType.values()) {
              Map<PublicationStatus, Long> byStatus = counts.of(actor, type);
              published.put(type, byStatus.get(PublicationStatus.PUBLISHED));
              total.put(type, byStatus.values().stream().mapToLong(Long::longValue).sum());
            }
          });
      rows.add(new TenantRow(tenant, published, total));
    }
    return rows;
  }

  public void suspend(ConsoleUser actor, String slug) {
    access.platform(actor);
    change(slug, TenantStatus.SUSPENDED);
  }

  public void resume(ConsoleUser actor, String slug) {
    access.platform(actor);
    change(slug, TenantStatus.ACTIVE);
  }

  private void change(String slug, TenantStatus status) {
    TenantSnapshot snapshot =
        directory.bySlug(slug).orElseThrow(() -> new RecordNotFoundException("Tenant", slug));
    TenantStatus before = registry.setStatus(slug, status);
    if (before != status) {
      // The actor is read before the tenant-bound work, which runs outside this request's scope.
      var actor = audit.actor();
      work.runAs(
          snapshot,
          () ->
              audit.record(
                  actor,
                  "Tenant",
                  snapshot.id(),
                  snapshot.name(),
                  status == TenantStatus.ACTIVE ? "RESUME" : "SUSPEND",
                  Map.of("status", new FieldChange(before, status))));
    }
    directory.refresh();
  }
}
