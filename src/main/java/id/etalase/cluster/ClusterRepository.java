package id.etalase.cluster;

import id.etalase.curation.PublicationStatus;
import id.etalase.tenant.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The current tenant's clusters. */
@ApplicationScoped
public class ClusterRepository {

  @Inject private TenantEntityManager tenantEm;

  public Optional<Cluster> findById(long id) {
    return Optional.ofNullable(tenantEm.get().find(Cluster.class, id));
  }

  public Optional<Cluster> findBySlug(String slug) {
    return tenantEm
        .get()
        .createQuery("SELECT c FROM Cluster c WHERE c.slug = :slug", Cluster.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public List<Cluster> findAll() {
    return tenantEm
        .get()
        .createQuery("SELECT c FROM Cluster c ORDER BY c.name", Cluster.class)
        .getResultList();
  }

  public List<Cluster> findPublished() {
    return tenantEm
        .get()
        .createQuery(
            "SELECT c FROM Cluster c WHERE c.status = :status ORDER BY c.name", Cluster.class)
        .setParameter("status", PublicationStatus.PUBLISHED)
        .getResultList();
  }

  public long count() {
    return tenantEm
        .get()
        .createQuery("SELECT COUNT(c) FROM Cluster c", Long.class)
        .getSingleResult();
  }

  /** Businesses of any status per cluster id; clusters without any are left out. */
  public Map<Long, Long> memberCounts() {
    Map<Long, Long> counts = new HashMap<>();
    tenantEm
        .get()
        .createQuery(
            "SELECT b.cluster.id, COUNT(b) FROM Business b WHERE b.cluster IS NOT NULL"
                + " GROUP BY b.cluster.id",
            Object[].class)
        .getResultList()
        .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
    return counts;
  }

  public void persist(Cluster cluster) {
    tenantEm.get().persist(cluster);
  }
}
