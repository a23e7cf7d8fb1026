package id.etalase.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The platform's tenant registry. Platform tables need no tenant set. */
@ApplicationScoped
public class TenantRepository {

  @PersistenceContext(unitName = "etalase")
  private EntityManager em;

  public List<Tenant> findAll() {
    return em.createQuery(
            "SELECT DISTINCT t FROM Tenant t LEFT JOIN FETCH t.domains ORDER BY t.name",
            Tenant.class)
        .getResultList();
  }

  public Optional<Tenant> findBySlug(String slug) {
    return em.createQuery("SELECT t FROM Tenant t WHERE t.slug = :slug", Tenant.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  /** Whether another tenant holds a custom domain, pending or verified. */
  public boolean domainTakenByOther(String domain, String slug) {
    return findDomain(domain).filter(d -> !d.getTenant().getSlug().equals(slug)).isPresent();
  }

  /** A custom domain, pending or verified, with the tenant that claimed it. */
  public Optional<TenantDomain> findDomain(String domain) {
    return Optional.ofNullable(em.find(TenantDomain.class, domain));
  }

  /** Every custom domain waiting for its proof, oldest claim first. */
  public List<TenantDomain> findPendingDomains() {
    return em.createQuery(
            "SELECT d FROM TenantDomain d JOIN FETCH d.tenant WHERE d.status = :pending"
                + " ORDER BY d.requestedAt, d.domain",
            TenantDomain.class)
        .setParameter("pending", DomainStatus.PENDING)
        .getResultList();
  }

  public void persist(Tenant tenant) {
    em.persist(tenant);
  }

  /** The asset names of all tenants, without their bytes. */
  public void flush() {
    em.flush();
  }

  public List<AssetHeader> findAllAssetHeaders() {
    return em.createQuery(
            "SELECT NEW id.etalase.tenant.AssetHeader(a.tenantId, a.kind, a.sha256, a.contentType)"
                + " FROM TenantAsset a",
            AssetHeader.class)
        .getResultList();
  }

  public Optional<TenantAsset> findAsset(long tenantId, AssetKind kind) {
    return Optional.ofNullable(em.find(TenantAsset.class, new TenantAsset.Key(tenantId, kind)));
  }

  public void persist(TenantAsset asset) {
    em.persist(asset);
  }
}
