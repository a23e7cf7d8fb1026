package id.etalase.account;

import id.etalase.access.Access;
import id.etalase.access.ConsoleUser;
import id.etalase.access.Role;
import id.etalase.audit.AuditLog;
import id.etalase.audit.FieldChange;
import id.etalase.business.BusinessRepository;
import id.etalase.common.InputChecks;
import id.etalase.common.InvalidInputException;
import id.etalase.common.Problem;
import id.etalase.common.RecordNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Console accounts of the current tenant: creating them and checking a password. Login pages,
 * invitations, throttling and MFA enrolment build on this (issue #4).
 */
@ApplicationScoped
@Transactional
public class AccountService {

  @Inject private AccountRepository accounts;
  @Inject private BusinessRepository businesses;
  @Inject private AccountTokens tokens;
  @Inject private AuditLog audit;
  @Inject private Access access;

  /**
   * Creates an account with a password that passes {@link PasswordPolicy}.
   *
   * @throws InvalidInputException with every problem, writing nothing
   */
  public Account create(
      String email, String displayName, Role role, String businessSlug, String password) {
    InputChecks in = new InputChecks();
    if (email == null || email.isBlank()) {
      in.problem("email", "problem.required");
    }
    String mail = in.email("email", email);
    String name = in.required("displayName", displayName, 200);
    if (role == null) {
      in.problem("role", "problem.required");
    }
    Long businessId = null;
    if (role == Role.BUSINESS_OWNER) {
      businessId =
          businessSlug == null
              ? null
              : businesses.findBySlug(businessSlug).map(b -> b.getId()).orElse(null);
      if (businessId == null) {
        in.problem("businessSlug", "problem.business", String.valueOf(businessSlug));
      }
    }
    List<Problem> problems = new ArrayList<>(in.problems());
    problems.addAll(PasswordPolicy.check(password, name, mail));
    if (mail != null && accounts.findByEmail(mail).isPresent()) {
      problems.add(new Problem("email", "problem.emailTaken", List.of(mail)));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Account account = new Account(mail, name, role, businessId);
    account.getCredentials().setPassword(password);
    accounts.persist(account);
    return account;
  }

  /**
   * The enabled account whose password matches, in the current tenant only. Upgrades an old hash.
   * The same work is done for an unknown e-mail, so timing does not reveal which accounts exist.
   */
  public Optional<Account> checkPassword(String email, String password) {
    String mail = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    Optional<Account> account = accounts.findByEmail(mail).filter(Account::isEnabled);
    if (account.isEmpty()) {
      Credentials.checkWithoutAccount(password);
      return Optional.empty();
    }
    boolean matches = account.get().getCredentials().checkPassword(password);
    return matches ? account : Optional.empty();
  }

  /** A new account and the one-time link that lets its holder set a password. */
  public record Invitation(Account account, String token) {}

  /**
   * Invites a console user: the account exists at once, without a password, and the returned token
   * lets its holder choose one within {@link AccountTokens#INVITATION_VALID}.
   *
   * @throws InvalidInputException with every problem, writing nothing
   */
  public Invitation invite(
      ConsoleUser actor, String email, String displayName, Role role, String businessSlug) {
    access.admin(actor);
    return invite(email, displayName, role, businessSlug);
  }

  /** The first admin of a tenant just onboarded, invited by the platform team. */
  public Invitation inviteFirstAdmin(ConsoleUser platformAdmin, String email, String displayName) {
    access.platform(platformAdmin);
    return invite(email, displayName, Role.TENANT_ADMIN, null);
  }

  private Invitation invite(String email, String displayName, Role role, String businessSlug) {
    InputChecks in = new InputChecks();
    if (email == null || email.isBlank()) {
      in.problem("email", "problem.required");
    }
    String mail = in.email("email", email);
    String name = in.required("displayName", displayName, 200);
    if (role == null || !role.isTenantRole()) {
      in.problem("role", "problem.required");
    }
    Long businessId = null;
    if (role == Role.BUSINESS_OWNER) {
      businessId =
          businessSlug == null || businessSlug.isBlank()
              ? null
              : businesses.findBySlug(businessSlug).map(b -> b.getId()).orElse(null);
      if (businessId == null) {
        in.problem("businessSlug", "problem.business", String.valueOf(businessSlug));
      }
    }
    if (mail != null && accounts.findByEmail(mail).isPresent()) {
      in.problem("email", "problem.emailTaken", mail);
    }
    in.verify();
    Account account = new Account(mail, name, role, businessId);
    accounts.persist(account);
    audit.record(
        "Account",
        account.getId(),
        mail,
        "INVITE",
        Map.of("role", new FieldChange(null, role), "displayName", new FieldChange(null, name)));
    return new Invitation(account, tokens.issue(account, AccountToken.Purpose.INVITATION));
  }

  /** The account a usable link names, for greeting its holder; empty when the link is spent. */
  public Optional<Account> holderOf(AccountToken.Purpose purpose, String token) {
    return tokens.find(purpose, token).flatMap(t -> accounts.findById(t.getAccountId()));
  }

  /**
   * Sets the password of the account a one-time link names, and spends the link.
   *
   * @throws InvalidInputException when the link is expired, used or unknown, or the password is
   *     refused; the link stays usable after a refused password
   */
  public Account setPassword(AccountToken.Purpose purpose, String token, String password) {
    AccountToken found =
        tokens
            .find(purpose, token)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        List.of(new Problem("token", "problem.linkInvalid", List.of()))));
    Account account = accounts.findById(found.getAccountId()).orElseThrow();
    List<Problem> problems =
        PasswordPolicy.check(password, account.getDisplayName(), account.getEmail());
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    account.getCredentials().setPassword(password);
    tokens.use(found);
    audit.record(
        "Account",
        account.getId(),
        account.getEmail(),
        purpose == AccountToken.Purpose.INVITATION ? "ACCEPT_INVITATION" : "RESET_PASSWORD",
        Map.of());
    return account;
  }

  /**
   * A fresh one-time link for the account to choose a new password; older links stop working, and
   * the account's open sessions end.
   */
  public String resetLink(ConsoleUser actor, long accountId) {
    access.admin(actor);
    Account account = require(accountId);
    audit.record("Account", accountId, account.getEmail(), "ISSUE_RESET_LINK", Map.of());
    // A reset is for a password that may be known to someone else: its sessions end now.
    account.getCredentials().endSessions();
    return tokens.issue(account, AccountToken.Purpose.RESET);
  }

  /** All console accounts of the tenant, by name. */
  public List<Account> all(ConsoleUser actor) {
    access.admin(actor);
    return accounts.findAll();
  }

  public void setEnabled(ConsoleUser actor, long accountId, boolean enabled) {
    access.admin(actor);
    Account account = require(accountId);
    if (!enabled) {
      notYourself(actor, accountId);
    }
    if (account.isEnabled() != enabled) {
      audit.record(
          "Account",
          accountId,
          account.getEmail(),
          enabled ? "ENABLE" : "DISABLE",
          Map.of("enabled", new FieldChange(account.isEnabled(), enabled)));
      account.setEnabled(enabled);
    }
  }

  /**
   * Changes a role among the tenant roles; a business owner keeps its business, others have none.
   */
  public void changeRole(ConsoleUser actor, long accountId, Role role) {
    access.admin(actor);
    notYourself(actor, accountId);
    Account account = require(accountId);
    if (role == null
        || !role.isTenantRole()
        || role == Role.BUSINESS_OWNER
        || account.getRole() == Role.BUSINESS_OWNER) {
      throw new InvalidInputException(
          List.of(new Problem("role", "problem.role", List.of(String.valueOf(role)))));
    }
    if (account.getRole() != role) {
      audit.record(
          "Account",
          accountId,
          account.getEmail(),
          "CHANGE_ROLE",
          Map.of("role", new FieldChange(account.getRole(), role)));
      account.setRole(role);
    }
  }

  /**
   * Turns MFA off for a user who lost their phone and codes; they enrol again at next login. Never
   * one's own: a session alone must not be enough to replace the second factor that guards it.
   */
  public void resetMfa(ConsoleUser actor, long accountId) {
    access.admin(actor);
    notYourself(actor, accountId);
    Account account = require(accountId);
    audit.record(
        "Account",
        accountId,
        account.getEmail(),
        "RESET_MFA",
        Map.of("mfa", new FieldChange(account.getCredentials().hasMfa(), false)));
    account.getCredentials().resetMfa();
  }

  /** An admin cannot lock themselves out: another admin disables them or changes their role. */
  private static void notYourself(ConsoleUser actor, long accountId) {
    if (actor.id() == accountId) {
      throw new InvalidInputException(
          List.of(new Problem("account", "accounts.notYourself", List.of())));
    }
  }

  private Account require(long accountId) {
    return accounts
        .findById(accountId)
        .orElseThrow(() -> new RecordNotFoundException("Account", accountId));
  }
}
