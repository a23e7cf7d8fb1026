package id.etalase.tenant;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.persistence.config.EntityManagerProperties;

/**
 * The one place where tenancy reaches the database. Repositories of tenant-scoped entities get
 * their EntityManager here; the first call in a transaction binds that transaction to the current
 * tenant in both layers:
 *
 * <ol>
 *   <li>EclipseLink's tenant property, which adds {@code tenant_id = ?} to every JPA query and
 *       fills it on insert;
 *   <li>PostgreSQL's {@code app.tenant_id} setting, transaction-local ({@code set_config(..,
 *       true)}), which the row-level security policies read. It ends with the transaction, so a
 *       pooled connection never carries it into the next request.
 * </ol>
 *
 * Pooled connections are shared within a JTA transaction, so the setting and the queries use the
 * same connection. Outside a transaction there is nothing to bind to, and the call fails.
 */
@ApplicationScoped
public class TenantEntityManager {

  private static final String BOUND_TENANT = TenantEntityManager.class.getName() + ".tenant";

  @PersistenceContext(unitName = "etalase")
  private EntityManager em;

  @Inject private CurrentTenant currentTenant;

  @Resource private TransactionSynchronizationRegistry transactions;

  public EntityManager get() {
    long tenantId = currentTenant.require().id();
    if (transactions.getTransactionKey() == null) {
      throw new IllegalStateException("Tenant data is read and written inside a transaction only");
    }
    Object bound = transactions.getResource(BOUND_TENANT);
    if (bound == null) {
      String id = Long.toString(tenantId);
      em.setProperty(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT, id);
      em.createNativeQuery("SELECT set_config('app.tenant_id', ?1, true)")
          .setParameter(1, id)
          .getSingleResult();
      transactions.putResource(BOUND_TENANT, tenantId);
    } else if (!bound.equals(tenantId)) {
      throw new IllegalStateException("A transaction serves one tenant only");
    }
    return em;
  }
}
