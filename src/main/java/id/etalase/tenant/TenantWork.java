package id.etalase.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * Runs work for one tenant outside an HTTP request: start-up loaders, jobs and tests. The work gets
 * its own transaction, bound to that tenant and no other.
 */
@ApplicationScoped
public class TenantWork {

  @Inject private CurrentTenant currentTenant;

  @ActivateRequestContext
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public <T> T callAs(TenantSnapshot tenant, Supplier<T> work) {
    return as(tenant, work);
  }

  /** Like {@link #callAs}; annotated itself, since a call from one method to another skips them. */
  @ActivateRequestContext
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void runAs(TenantSnapshot tenant, Runnable work) {
    as(
        tenant,
        () -> {
          work.run();
          return null;
        });
  }

  private <T> T as(TenantSnapshot tenant, Supplier<T> work) {
    TenantSnapshot previous = currentTenant.get().orElse(null);
    String previousBase = currentTenant.getBasePath();
    currentTenant.enter(tenant, "");
    try {
      return work.get();
    } finally {
      if (previous == null) {
        currentTenant.leave();
      } else {
        currentTenant.enter(previous, previousBase);
      }
    }
  }
}
