package id.etalase.curation;

import id.etalase.access.Access;
import id.etalase.access.ConsoleUser;
import id.etalase.tenant.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many records stand at each curation status, for the dashboards. Tenant-wide for the tenant's
 * operators and admins, and for the platform; a business owner sees the figures of their own
 * business only (the business itself and its products), as they may reach no other record.
 */
@ApplicationScoped
@Transactional
public class StatusCounts {

  @Inject private TenantEntityManager tenantEm;
  @Inject private CuratedRecordsByType curated;
  @Inject private Access access;

  /**
   * The counts by type that {@code actor} may see, in the order of {@link RecordType}: a business
   * owner gets only the types whose records belong to a business, and only their own business's.
   */
  public Map<RecordType, Map<PublicationStatus, Long>> visibleTo(ConsoleUser actor) {
    access.member(actor);
    Map<RecordType, Map<PublicationStatus, Long>> counts = new EnumMap<>(RecordType.class);
    for (RecordType type : RecordType.values()) {
      if (!Access.isOwner(actor)) {
        counts.put(type, ofTenant(type));
      } else {
        curated
            .of(type)
            .owningBusinessPath()
            .ifPresent(path -> counts.put(type, ofBusiness(type, path, actor.businessId())));
      }
    }
    return counts;
  }

  /** The counts of one type in the whole current tenant, for the platform team's list. */
  public Map<PublicationStatus, Long> of(ConsoleUser platformAdmin, RecordType type) {
    access.platform(platformAdmin);
    return ofTenant(type);
  }

  private Map<PublicationStatus, Long> ofTenant(RecordType type) {
    return count(
        tenantEm
            .get()
            .createQuery(
                "SELECT e.status, COUNT(e) FROM " + entity(type) + " e GROUP BY e.status",
                Object[].class));
  }

  /** The counts of one business's records of a type, {@code path} leading to their business. */
  private Map<PublicationStatus, Long> ofBusiness(RecordType type, String path, Long businessId) {
    if (businessId == null) {
      return count(null);
    }
    return count(
        tenantEm
            .get()
            .createQuery(
                "SELECT e.status, COUNT(e) FROM "
                    + entity(type)
                    + " e WHERE "
                    + path
                    + " = :business GROUP BY e.status",
                Object[].class)
            .setParameter("business", businessId));
  }

  private String entity(RecordType type) {
    return curated.of(type).entityType().getSimpleName();
  }

  private static Map<PublicationStatus, Long> count(TypedQuery<Object[]> query) {
    Map<PublicationStatus, Long> counts = new EnumMap<>(PublicationStatus.class);
    for (PublicationStatus status : PublicationStatus.values()) {
      counts.put(status, 0L);
    }
    List<Object[]> rows = query == null ? List.of() : query.getResultList();
    for (Object[] row : rows) {
      counts.put((PublicationStatus) row[0], ((Number) row[1]).longValue());
    }
    return counts;
  }
}
