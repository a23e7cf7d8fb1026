package id.etalase.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure the platform can be entered: when there is no platform admin yet, one is created with
 * a random password, printed to the log this once. Its holder enrols MFA at the first login and
 * should change the password. A fixed password ({@code etalase.accounts.initial-password}) exists
 * for automated tests only.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class PlatformAdminBootstrap {

  private static final Logger LOG = Logger.getLogger(PlatformAdminBootstrap.class.getName());

  @Inject private PlatformAdminService admins;

  @Inject
  @ConfigProperty(name = "etalase.platform.admin-email", defaultValue = "platform@etalase.id")
  private String email;

  @Inject
  @ConfigProperty(name = "etalase.accounts.initial-password")
  private Optional<String> initialPassword;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void ensureOne() {
    if (admins.exists()) {
      return;
    }
    String password = initialPassword.orElseGet(PasswordPolicy::generate);
    admins.create(email, "Platform admin", password);
    LOG.warning(
        "First platform admin created: "
            + email
            + " with password "
            + (initialPassword.isPresent() ? "(the configured initial password)" : password)
            + " - sign in at /platform/masuk, enrol MFA, then change it.");
  }
}
