package id.etalase.curation;

import id.etalase.access.Access;
import id.etalase.access.ConsoleUser;
import id.etalase.access.Role;
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
  @Inject private Access access;

  /**
   * The counts by type that {@code actor} may see, in the order of {@link RecordType}: a business
   * owner gets only the types of their own business.
   */
  public Map<RecordType, Map<PublicationStatus, Long>> visibleTo(ConsoleUser actor) {
    access.member(actor);
    Map<RecordType, Map<PublicationStatus, Long>> counts = new EnumMap<>(RecordType.class);
    if (actor.role() == Role.BUSINESS_OWNER) {
      counts.put(RecordType.Business, ofBusiness(RecordType.Business, actor.businessId()));
      counts.put(RecordType.Product, ofBusiness(RecordType.Product, actor.businessId()));
    } else {
      for (RecordType type : RecordType.values()) {
        counts.put(type, of(type));
      }
    }
    return counts;
  }

  /** The counts of one type in the whole current tenant. */
  public Map<PublicationStatus, Long> of(RecordType type) {
    return count(
        tenantEm
            .get()
            .createQuery(
                "SELECT e.status, COUNT(e) FROM " + type.name() + " e GROUP BY e.status",
                Object[].class));
  }

  /** The counts of one business's records of a type: the business itself, or its products. */
  private Map<PublicationStatus, Long> ofBusiness(RecordType type, Long businessId) {
    if (businessId == null) {
      return count(null);
    }
    String owned =
        switch (type) {
          case Business -> "e.id = :business";
          case Product -> "e.business.id = :business";
          case Cluster -> throw new IllegalArgumentException("A cluster belongs to no business");
        };
    return count(
        tenantEm
            .get()
            .createQuery(
                "SELECT e.status, COUNT(e) FROM "
                    + type.name()
                    + " e WHERE "
                    + owned
                    + " GROUP BY e.status",
                Object[].class)
            .setParameter("business", businessId));
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
