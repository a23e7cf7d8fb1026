package id.etalase.demo;

import static id.etalase.common.YamlFiles.text;

import id.etalase.access.Role;
import id.etalase.account.AccountRepository;
import id.etalase.account.AccountService;
import id.etalase.account.InitialPasswords;
import id.etalase.common.YamlFiles;
import id.etalase.tenant.TenantFolderLoaded;
import id.etalase.tenant.TenantWork;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Creates the demo accounts of {@code demo/accounts.yaml} (e-mail, name, role, and the business of
 * a business owner) that do not exist yet. Passwords are never in the repository: each new account
 * gets a random one, kept in the data folder's private file of {@link InitialPasswords}; the log
 * only says where.
 */
@ApplicationScoped
public class DemoAccountImporter {

  static final String FILE = "accounts.yaml";

  @Inject private TenantWork tenantWork;
  @Inject private AccountService accounts;
  @Inject private AccountRepository repository;
  @Inject private InitialPasswords passwords;

  void onTenantLoaded(@Observes @Priority(DemoImportOrder.ACCOUNTS) TenantFolderLoaded event) {
    Path file = event.demoFolder().resolve(FILE);
    List<Map<?, ?>> rows = YamlFiles.readMappingsIfPresent(file);
    for (Map<?, ?> row : rows) {
      String email = text(row, "email");
      String account =
          event.tenant().slug() + ": demo account " + email + " (" + text(row, "role") + ")";
      boolean created =
          tenantWork.callAs(
              event.tenant(),
              () -> {
                if (repository.findByEmail(email).isPresent()) {
                  return false;
                }
                accounts.create(
                    email,
                    text(row, "name"),
                    Role.valueOf(text(row, "role")),
                    text(row, "business"),
                    passwords.forNewAccount(account));
                return true;
              });
      if (created) {
        passwords.logCreated(account);
      }
    }
  }
}
