package id.etalase.tenant;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashSet;
import java.util.Set;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Announces every write of a record that the public site shows ({@code @EntityListeners} on those
 * entities only; accounts, audit entries and login records change nothing a visitor sees). The
 * database announces the same writes to the other nodes (migration 0017); this node learns of its
 * own at commit, before the response that made them is sent.
 *
 * <p>A transaction announces each tenant once: an import writes hundreds of thousands of records in
 * one, and every announcement is held by the transaction until it ends.
 */
public class PublicRecordListener {

  private static final String ANNOUNCED = PublicRecordListener.class.getName() + ".announced";

  // Looked up once: CDI.current() walks the stack to find its caller's bean manager.
  private static volatile CDI<Object> cdi;
  private static volatile TransactionSynchronizationRegistry transactions;

  @PostPersist
  @PostUpdate
  @PostRemove
  void written(Object record) {
    CDI<Object> container = container();
    Long tenant =
        record instanceof TenantScopedEntity
            ? container.select(TenantEntityManager.class).get().boundTenant().orElse(null)
            : record instanceof Tenant t ? t.getId() : null;
    if (alreadyAnnounced(tenant)) {
      return;
    }
    container
        .getBeanManager()
        .getEvent()
        .select(PublicDataChanged.class)
        .fire(new PublicDataChanged(tenant));
  }

  private static CDI<Object> container() {
    CDI<Object> found = cdi;
    if (found == null) {
      found = CDI.current();
      cdi = found;
    }
    return found;
  }

  /** True when this transaction announced the tenant before; notes it otherwise. */
  @SuppressWarnings("unchecked")
  private static boolean alreadyAnnounced(Long tenant) {
    TransactionSynchronizationRegistry registry = registry();
    if (registry == null || registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
      return false;
    }
    Set<Long> announced = (Set<Long>) registry.getResource(ANNOUNCED);
    if (announced == null) {
      announced = new HashSet<>();
      registry.putResource(ANNOUNCED, announced);
    }
    // null (every tenant) is a member like any other.
    return !announced.add(tenant);
  }

  private static TransactionSynchronizationRegistry registry() {
    TransactionSynchronizationRegistry found = transactions;
    if (found == null) {
      try {
        found = InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
        transactions = found;
      } catch (NamingException e) {
        return null;
      }
    }
    return found;
  }
}
