package id.etalase.curation;

import id.etalase.tenant.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How many records of the current tenant stand at each curation status, for the dashboards. */
@ApplicationScoped
@Transactional
public class StatusCounts {

  @Inject private TenantEntityManager tenantEm;

  public Map<PublicationStatus, Long> of(RecordType type) {
    Map<PublicationStatus, Long> counts = new EnumMap<>(PublicationStatus.class);
    for (PublicationStatus status : PublicationStatus.values()) {
      counts.put(status, 0L);
    }
    List<Object[]> rows =
        tenantEm
            .get()
            .createQuery(
                "SELECT e.status, COUNT(e) FROM " + type.name() + " e GROUP BY e.status",
                Object[].class)
            .getResultList();
    for (Object[] row : rows) {
      counts.put((PublicationStatus) row[0], ((Number) row[1]).longValue());
    }
    return counts;
  }
}
