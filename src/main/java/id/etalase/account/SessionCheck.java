package id.etalase.account;

import id.etalase.access.ConsoleUser;
import id.etalase.tenant.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Whether a signed-in session still speaks for its account. Disabling an account, changing its
 * role, setting its password or resetting its MFA moves the account's session epoch on ({@link
 * Credentials}); every console request compares it with the epoch the session signed in with, so
 * such a change ends the account's other sessions at their next request. Read with a query, not
 * {@code find}, so a cached entity never vouches for a session.
 */
@ApplicationScoped
@Transactional
public class SessionCheck {

  @Inject private TenantEntityManager tenantEm;

  @PersistenceContext(unitName = "etalase")
  private EntityManager platformEm;

  /**
   * Whether the user's account is still enabled and unchanged since sign-in. A tenant user is read
   * in the tenant the request resolved to, which the caller has checked is the user's own.
   */
  public boolean isCurrent(ConsoleUser user) {
    List<Object[]> rows =
        (user.isPlatformAdmin()
                ? platformEm.createQuery(
                    "SELECT p.enabled, p.credentials.sessionEpoch FROM PlatformAdmin p"
                        + " WHERE p.id = :id",
                    Object[].class)
                : tenantEm
                    .get()
                    .createQuery(
                        "SELECT a.enabled, a.credentials.sessionEpoch FROM Account a"
                            + " WHERE a.id = :id",
                        Object[].class))
            .setParameter("id", user.id())
            .getResultList();
    return rows.size() == 1
        && Boolean.TRUE.equals(rows.get(0)[0])
        && ((Number) rows.get(0)[1]).intValue() == user.sessionEpoch();
  }
}
