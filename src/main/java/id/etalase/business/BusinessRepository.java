package id.etalase.business;

import id.etalase.curation.PublicationStatus;
import id.etalase.tenant.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

  /** The tenant's businesses with these slugs, by slug. */
  public Map<String, Business> findBySlugs(Collection<String> slugs) {
    Map<String, Business> found = new HashMap<>();
    if (!slugs.isEmpty()) {
      tenantEm
          .get()
          .createQuery("SELECT b FROM Business b WHERE b.slug IN :slugs", Business.class)
          .setParameter("slugs", Set.copyOf(slugs))
          .getResultList()
          .forEach(b -> found.put(b.getSlug(), b));
    }
    return found;
  }

  /**
   * When each of the tenant's businesses registered ({@code created_at}), by id. Read by SQL rather
   * than from the entities: the demo history rewrites {@code created_at} by SQL, and loaded copies
   * (the persistence context, EclipseLink's shared cache) keep the import's time.
   */
  public Map<Long, OffsetDateTime> registrations() {
    Map<Long, OffsetDateTime> registered = new HashMap<>();
    Connection connection = tenantEm.connection();
    long tenant = tenantEm.boundTenant().orElseThrow();
    try (PreparedStatement q =
        connection.prepareStatement("SELECT id, created_at FROM business WHERE tenant_id = ?")) {
      q.setLong(1, tenant);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          registered.put(r.getLong(1), r.getObject(2, OffsetDateTime.class));
        }
      }
    } catch (SQLException e) {
      throw new PersistenceException("The registrations of businesses could not be read", e);
    }
    return registered;
  }

  /** Which of these slugs the tenant's businesses have. */
  public Set<String> slugsTaken(Collection<String> slugs) {
    if (slugs.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        tenantEm
            .get()
            .createQuery("SELECT b.slug FROM Business b WHERE b.slug IN :slugs", String.class)
            .setParameter("slugs", slugs)
            .getResultList());
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

  /** One page of the slugs of published businesses, in a stable order (the sitemap's files). */
  public List<String> publishedSlugs(int first, int max) {
    return tenantEm
        .get()
        .createQuery(
            "SELECT b.slug FROM Business b WHERE b.status = :status ORDER BY b.id", String.class)
        .setParameter("status", PublicationStatus.PUBLISHED)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /** One page of a kecamatan's published businesses, by name. */
  public List<Business> findPublishedInDistrict(String districtCode, int first, int max) {
    return tenantEm
        .get()
        .createQuery(
            "SELECT b FROM Business b WHERE b.status = :status AND b.districtCode = :district"
                + " ORDER BY b.name, b.id",
            Business.class)
        .setParameter("status", PublicationStatus.PUBLISHED)
        .setParameter("district", districtCode)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long countPublishedInDistrict(String districtCode) {
    return tenantEm
        .get()
        .createQuery(
            "SELECT COUNT(b) FROM Business b WHERE b.status = :status"
                + " AND b.districtCode = :district",
            Long.class)
        .setParameter("status", PublicationStatus.PUBLISHED)
        .setParameter("district", districtCode)
        .getSingleResult();
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

  /** Every business of a cluster, whatever its status, by name: for the console. */
  public List<Business> findInCluster(long clusterId) {
    return tenantEm
        .get()
        .createQuery(
            "SELECT b FROM Business b WHERE b.cluster.id = :cluster ORDER BY b.name",
            Business.class)
        .setParameter("cluster", clusterId)
        .getResultList();
  }

  /** The average latitude and longitude of the located businesses, if any. */
  public Optional<BigDecimal[]> averageLocation() {
    Object[] row =
        tenantEm
            .get()
            .createQuery(
                "SELECT AVG(b.latitude), AVG(b.longitude) FROM Business b"
                    + " WHERE b.latitude IS NOT NULL AND b.longitude IS NOT NULL",
                Object[].class)
            .getSingleResult();
    if (row[0] == null || row[1] == null) {
      return Optional.empty();
    }
    return Optional.of(
        new BigDecimal[] {new BigDecimal(row[0].toString()), new BigDecimal(row[1].toString())});
  }

  public void persist(Business business) {
    tenantEm.get().persist(business);
  }

  public boolean hasProducts(long id) {
    return !tenantEm
        .get()
        .createQuery("SELECT p.id FROM Product p WHERE p.business.id = :id", Long.class)
        .setParameter("id", id)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
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
