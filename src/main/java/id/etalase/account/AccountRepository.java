package id.etalase.account;

import id.etalase.tenant.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The current tenant's console accounts. */
@ApplicationScoped
public class AccountRepository {

  @Inject private TenantEntityManager tenantEm;

  public Optional<Account> findByEmail(String email) {
    return tenantEm
        .get()
        .createQuery("SELECT a FROM Account a WHERE a.email = :email", Account.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst();
  }

  public Optional<Account> findById(long id) {
    return Optional.ofNullable(tenantEm.get().find(Account.class, id));
  }

  public java.util.List<Account> findAll() {
    return tenantEm
        .get()
        .createQuery("SELECT a FROM Account a ORDER BY a.displayName, a.id", Account.class)
        .getResultList();
  }

  public void persist(Account account) {
    tenantEm.get().persist(account);
  }
}
