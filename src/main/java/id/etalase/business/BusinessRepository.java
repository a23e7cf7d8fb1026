package id.etalase.business;

import id.etalase.tenant.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Businesses of the current tenant. Every query runs through {@link TenantEntityManager}, so it
 * sees the current tenant's rows only, in JPA and again in PostgreSQL.
 */
@ApplicationScoped
public class BusinessRepository {

  @Inject private TenantEntityManager tenantEm;

  public Optional<Business> findById(long id) {
    return Optional.ofNullable(tenantEm.get().find(Business.class, id));
  }

  public Optional<Business> findBySlug(String slug) {
    return tenantEm
        .get()
        .createQuery("SELECT b FROM Business b WHERE b.slug = :slug", Business.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public List<Business> findAll() {
    return tenantEm
        .get()
        .createQuery("SELECT b FROM Business b ORDER BY b.name", Business.class)
        .getResultList();
  }

  public List<Business> findPublished(int limit) {
    return tenantEm
        .get()
        .createQuery(
            "SELECT b FROM Business b WHERE b.status = :status ORDER BY b.name", Business.class)
        .setParameter("status", PublicationStatus.PUBLISHED)
        .setMaxResults(limit)
        .getResultList();
  }

  public List<Business> findPublishedInDistrict(String districtCode) {
    return tenantEm
        .get()
        .createQuery(
            "SELECT b FROM Business b WHERE b.status = :status AND b.districtCode = :district"
                + " ORDER BY b.name",
            Business.class)
        .setParameter("status", PublicationStatus.PUBLISHED)
        .setParameter("district", districtCode)
        .getResultList();
  }

  public List<Business> findPublishedInCluster(long clusterId) {
    return tenantEm
        .get()
        .createQuery(
            "SELECT b FROM Business b WHERE b.status = :status AND b.cluster.id = :cluster"
                + " ORDER BY b.name",
            Business.class)
        .setParameter("status", PublicationStatus.PUBLISHED)
        .setParameter("cluster", clusterId)
        .getResultList();
  }

  /** The kecamatan that have at least one published business. */
  public List<String> findPublishedDistrictCodes() {
    return tenantEm
        .get()
        .createQuery(
            "SELECT DISTINCT b.districtCode FROM Business b"
                + " WHERE b.status = :status AND b.districtCode IS NOT NULL",
            String.class)
        .setParameter("status", PublicationStatus.PUBLISHED)
        .getResultList();
  }

  public long count() {
    return tenantEm
        .get()
        .createQuery("SELECT COUNT(b) FROM Business b", Long.class)
        .getSingleResult();
  }

  public long countPublished() {
    return tenantEm
        .get()
        .createQuery("SELECT COUNT(b) FROM Business b WHERE b.status = :status", Long.class)
        .setParameter("status", PublicationStatus.PUBLISHED)
        .getSingleResult();
  }

  public void persist(Business business) {
    tenantEm.get().persist(business);
  }

  /** Removes a business; it is loaded first, since EclipseLink deletes by id alone. */
  public boolean delete(long id) {
    return findById(id)
        .map(
            business -> {
              tenantEm.get().remove(business);
              return true;
            })
        .orElse(false);
  }
}
