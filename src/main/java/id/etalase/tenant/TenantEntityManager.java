package id.etalase.tenant;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
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
      // A Long, not a String: EclipseLink binds the value as given, and bigint = varchar fails.
      em.setProperty(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT, tenantId);
      bindDatabaseSession(id);
      transactions.putResource(BOUND_TENANT, tenantId);
    } else if (!bound.equals(tenantId)) {
      throw new IllegalStateException("A transaction serves one tenant only");
    }
    return em;
  }

  /** The tenant this transaction is bound to, if it touched tenant data yet. */
  public Optional<Long> boundTenant() {
    return transactions.getTransactionKey() == null
        ? Optional.empty()
        : Optional.ofNullable((Long) transactions.getResource(BOUND_TENANT));
  }

  /**
   * The transaction's JDBC connection, already bound to the tenant, for the few queries JPQL cannot
   * express (full-text search). Such SQL must still name {@code tenant_id} itself; row-level
   * security stands behind it. Never close it: the transaction owns it.
   */
  public Connection connection() {
    get();
    return em.unwrap(Connection.class);
  }

  /**
   * EclipseLink forbids native queries once a multitenant entity exists, so the setting goes
   * through the transaction's own JDBC connection, which {@code unwrap} pins for the rest of it.
   */
  private void bindDatabaseSession(String tenantId) {
    Connection connection = em.unwrap(Connection.class);
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
      statement.setString(1, tenantId);
      statement.execute();
    } catch (SQLException e) {
      throw new PersistenceException("Could not bind the transaction to tenant " + tenantId, e);
    }
  }
}
