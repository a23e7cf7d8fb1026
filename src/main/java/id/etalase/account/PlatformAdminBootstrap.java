package id.etalase.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure the platform can be entered: when there is no platform admin yet, one is created with
 * a random password, kept in the data folder's private file of {@link InitialPasswords} (the log
 * only says where). Its holder enrols MFA at the first login and should change the password. A
 * fixed password ({@code etalase.accounts.initial-password}) exists for automated tests only.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class PlatformAdminBootstrap {

  private static final Logger LOG = Logger.getLogger(PlatformAdminBootstrap.class.getName());

  @Inject private PlatformAdminService admins;
  @Inject private InitialPasswords passwords;

  @Inject
  @ConfigProperty(name = "etalase.platform.admin-email", defaultValue = "platform@etalase.id")
  private String email;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void ensureOne() {
    if (admins.exists()) {
      return;
    }
    String account = "First platform admin " + email;
    admins.create(email, "Platform admin", passwords.forNewAccount(account));
    passwords.logCreated(account);
    LOG.warning("Sign in at /platform/masuk, enrol MFA, then change the password.");
  }
}
