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
    return em.createQuery("SELECT t FROM Tenant t ORDER BY t.name", Tenant.class).getResultList();
  }

  public Optional<Tenant> findBySlug(String slug) {
    return em.createQuery("SELECT t FROM Tenant t WHERE t.slug = :slug", Tenant.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public boolean domainTakenByOther(String domain, String slug) {
    return !em.createQuery(
            "SELECT t.id FROM Tenant t JOIN t.domains d WHERE d = :domain AND t.slug <> :slug",
            Long.class)
        .setParameter("domain", domain)
        .setParameter("slug", slug)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
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
