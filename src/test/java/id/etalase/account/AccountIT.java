package id.etalase.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.access.ConsoleUser;
import id.etalase.access.Role;
import id.etalase.common.InvalidInputException;
import id.etalase.common.Problem;
import id.etalase.tenant.TenantDirectory;
import id.etalase.tenant.TenantSnapshot;
import id.etalase.tenant.TenantWork;
import id.etalase.testing.Actors;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Console accounts on the real database: password rules, hashing, and one tenant per account. */
@ExtendWith(ArquillianExtension.class)
class AccountIT {

  @Inject TenantDirectory directory;
  @Inject TenantWork work;
  @Inject AccountService accounts;

  @Resource(lookup = "jdbc/etalase")
  DataSource appDatabase;

  @Resource UserTransaction tx;

  private TenantSnapshot a() {
    return directory.bySlug("bondowoso").orElseThrow();
  }

  private TenantSnapshot b() {
    return directory.bySlug("situbondo").orElseThrow();
  }

  @Test
  void anOperatorOfOneTenantDoesNotExistForAnother() throws Exception {
    String password = "kain batik dijemur di halaman";
    work.callAs(
        a(),
        () ->
            accounts.create(
                "Operator@Bondowosokab.go.id", "Rina Operator", Role.OPERATOR, null, password));

    assertTrue(
        work.callAs(a(), () -> accounts.checkPassword("operator@bondowosokab.go.id", password))
            .isPresent());
    assertFalse(
        work.callAs(
                a(),
                () -> accounts.checkPassword("operator@bondowosokab.go.id", "salah sandi sekali"))
            .isPresent());
    assertFalse(
        work.callAs(b(), () -> accounts.checkPassword("operator@bondowosokab.go.id", password))
            .isPresent(),
        "B's login finds A's operator");
    // The same e-mail may have its own account in B.
    work.callAs(
        b(),
        () ->
            accounts.create(
                "operator@bondowosokab.go.id", "Rina di Situbondo", Role.OPERATOR, null, password));

    tx.begin();
    try (Connection c = appDatabase.getConnection();
        Statement sql = c.createStatement();
        ResultSet r = sql.executeQuery("SELECT count(*) FROM account")) {
      r.next();
      assertEquals(0, r.getInt(1), "no tenant set: no account is visible");
    } finally {
      tx.rollback();
    }
  }

  @Test
  void passwordsAreOnlyStoredAsSlowHashes() throws Exception {
    String password = "tape manis dari tenggarang";
    Account created =
        work.callAs(
            a(),
            () ->
                accounts.create(
                    "hash@bondowosokab.go.id", "Hash", Role.TENANT_ADMIN, null, password));
    tx.begin();
    try (Connection c = appDatabase.getConnection();
        Statement sql = c.createStatement()) {
      sql.execute("SELECT set_config('app.tenant_id', '" + a().id() + "', true)");
      try (ResultSet r =
          sql.executeQuery("SELECT password_hash FROM account WHERE id = " + created.getId())) {
        r.next();
        String stored = r.getString(1);
        assertTrue(stored.startsWith("pbkdf2-sha256$600000$"), stored);
        assertFalse(stored.contains(password));
      }
    } finally {
      tx.rollback();
    }
  }

  @Test
  void weakOrHostileInputIsRefusedFieldByField() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                work.callAs(
                    a(),
                    () ->
                        accounts.create(
                            "'; DROP TABLE account; --",
                            "  ",
                            Role.BUSINESS_OWNER,
                            "tidak-ada",
                            "password1")));
    Set<String> fields =
        refused.problems().stream().map(Problem::field).collect(Collectors.toSet());
    assertEquals(Set.of("email", "displayName", "businessSlug", "password"), fields);

    work.callAs(
        a(),
        () ->
            accounts.create(
                "dup@bondowosokab.go.id",
                "Dup",
                Role.OPERATOR,
                null,
                "sambal bawang pedas sekali"));
    InvalidInputException taken =
        assertThrows(
            InvalidInputException.class,
            () ->
                work.callAs(
                    a(),
                    () ->
                        accounts.create(
                            "DUP@bondowosokab.go.id",
                            "Dup 2",
                            Role.OPERATOR,
                            null,
                            "sambal bawang pedas sekali")));
    assertEquals("problem.emailTaken", taken.problems().get(0).messageKey());
  }

  @Test
  void aBusinessOwnerBelongsToABusinessOfTheSameTenant() {
    Account owner =
        work.callAs(
            a(),
            () ->
                accounts.create(
                    "siti@example.id",
                    "Siti Aminah",
                    Role.BUSINESS_OWNER,
                    "batik-sekar-tamanan",
                    "motif daun kopi di kain tulis"));
    assertTrue(owner.getBusinessId() != null);
    InvalidInputException foreign =
        assertThrows(
            InvalidInputException.class,
            () ->
                work.callAs(
                    b(),
                    () ->
                        accounts.create(
                            "siti2@example.id",
                            "Siti",
                            Role.BUSINESS_OWNER,
                            "batik-sekar-tamanan",
                            "motif daun kopi di kain tulis")));
    assertTrue(foreign.concerns("businessSlug"));
  }

  @Test
  void anAdminCannotResetTheirOwnMfaNorLockThemselvesOut() {
    Account admin =
        work.callAs(
            a(),
            () ->
                accounts.create(
                    "kepala.bidang@bondowosokab.go.id",
                    "Kepala Bidang",
                    Role.TENANT_ADMIN,
                    null,
                    "ubi cilembu dibakar pelan pelan"));
    ConsoleUser herself =
        new ConsoleUser(
            a().id(),
            admin.getId(),
            admin.getEmail(),
            admin.getDisplayName(),
            Role.TENANT_ADMIN,
            null,
            true,
            Instant.now(),
            0);
    for (Runnable selfService :
        List.<Runnable>of(
            () -> accounts.resetMfa(herself, admin.getId()),
            () -> accounts.setEnabled(herself, admin.getId(), false),
            () -> accounts.changeRole(herself, admin.getId(), Role.OPERATOR))) {
      InvalidInputException refused =
          assertThrows(InvalidInputException.class, () -> work.runAs(a(), selfService));
      assertEquals("accounts.notYourself", refused.problems().get(0).messageKey());
    }
    // Another admin of the tenant may.
    work.runAs(a(), () -> accounts.resetMfa(Actors.admin(a()), admin.getId()));
  }
}
