package id.etalase.account;

import id.etalase.access.ConsoleUser;
import id.etalase.access.Role;
import id.etalase.account.LoginRecord.Outcome;
import id.etalase.tenant.CurrentTenant;
import id.etalase.tenant.TenantSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The steps of a console login: password, then a TOTP or recovery code, or MFA enrolment for a role
 * that requires it. Every step is throttled and recorded. The console is the current tenant's, or
 * the platform's when the request belongs to no tenant, so a Bondowoso operator's e-mail means
 * nothing on Situbondo's login page.
 *
 * <p>Each step is one transaction that first locks its account and its client address ({@link
 * LoginRecords#lockAttempts}): without that, parallel guesses would all be weighed against the same
 * count, before any of them was recorded, and a burst would pass the throttle. Attempts on one
 * account, or from one address, are therefore answered one at a time.
 */
@ApplicationScoped
@Transactional
public class LoginService {

  @Inject private CurrentTenant currentTenant;
  @Inject private AccountRepository accounts;
  @Inject private PlatformAdminRepository platformAdmins;
  @Inject private LoginRecords records;

  Clock clock = Clock.systemUTC();

  public LoginOutcome password(String email, String password, LoginClient client) {
    Long tenantId = tenantId();
    String mail = normalize(email);
    records.lockAttempts(tenantId, mail, client.address());
    Instant now = clock.instant();
    if (throttled(tenantId, mail, client, now) instanceof LoginOutcome.Throttled t) {
      return t;
    }
    Optional<Identity> identity = find(tenantId, mail).filter(Identity::enabled);
    boolean valid =
        identity.isPresent()
            ? identity.get().credentials().checkPassword(password)
            : checkWithoutAccount(password);
    if (!valid) {
      records.record(tenantId, mail, client, Outcome.BAD_PASSWORD);
      return new LoginOutcome.Refused();
    }
    Identity who = identity.get();
    if (who.credentials().hasMfa() || who.role().requiresMfa()) {
      records.record(tenantId, mail, client, Outcome.CODE_NEEDED);
      return new LoginOutcome.SecondFactor(
          new PendingLogin(tenantId, who.id(), mail, who.role(), !who.credentials().hasMfa(), now));
    }
    records.record(tenantId, mail, client, Outcome.SUCCESS);
    return new LoginOutcome.SignedIn(who.user(tenantId, now), List.of());
  }

  /** The second step with a TOTP code, or with one of the recovery codes. */
  public LoginOutcome code(PendingLogin pending, String code, LoginClient client) {
    if (pending == null) {
      return new LoginOutcome.Refused();
    }
    records.lockAttempts(pending.tenantId(), pending.email(), client.address());
    Instant now = clock.instant();
    Optional<Identity> identity = pendingIdentity(pending, now);
    if (identity.isEmpty() || pending.enrol()) {
      return new LoginOutcome.Refused();
    }
    if (throttled(pending.tenantId(), pending.email(), client, now)
        instanceof LoginOutcome.Throttled t) {
      return t;
    }
    Credentials credentials = identity.get().credentials();
    if (!credentials.acceptTotp(code, now) && !credentials.useRecoveryCode(code)) {
      records.record(pending.tenantId(), pending.email(), client, Outcome.BAD_CODE);
      return new LoginOutcome.Refused();
    }
    records.record(pending.tenantId(), pending.email(), client, Outcome.SUCCESS);
    return new LoginOutcome.SignedIn(identity.get().user(pending.tenantId(), now), List.of());
  }

  /**
   * The second step for a role that requires MFA and has none yet: the user scanned {@code secret}
   * and proves it with a code. Signs in and hands out the recovery codes, once.
   */
  public LoginOutcome enrol(PendingLogin pending, String secret, String code, LoginClient client) {
    if (pending == null) {
      return new LoginOutcome.Refused();
    }
    records.lockAttempts(pending.tenantId(), pending.email(), client.address());
    Instant now = clock.instant();
    Optional<Identity> identity = pendingIdentity(pending, now);
    if (identity.isEmpty() || !pending.enrol() || identity.get().credentials().hasMfa()) {
      return new LoginOutcome.Refused();
    }
    if (throttled(pending.tenantId(), pending.email(), client, now)
        instanceof LoginOutcome.Throttled t) {
      return t;
    }
    List<String> recoveryCodes = identity.get().credentials().enableMfa(secret, code, now);
    if (recoveryCodes.isEmpty()) {
      records.record(pending.tenantId(), pending.email(), client, Outcome.BAD_CODE);
      return new LoginOutcome.Refused();
    }
    records.record(pending.tenantId(), pending.email(), client, Outcome.SUCCESS);
    return new LoginOutcome.SignedIn(
        identity.get().user(pending.tenantId(), now).withMfa(), recoveryCodes);
  }

  private LoginOutcome throttled(Long tenantId, String mail, LoginClient client, Instant now) {
    long wait =
        LoginThrottle.secondsToWait(
            records.byAccount(tenantId, mail, now), records.byAddress(client.address(), now), now);
    if (wait > 0) {
      records.record(tenantId, mail, client, Outcome.THROTTLED);
      return new LoginOutcome.Throttled(wait);
    }
    return null;
  }

  /** The identity a pending login names, if it is still fresh and still enabled. */
  private Optional<Identity> pendingIdentity(PendingLogin pending, Instant now) {
    if (pending == null
        || pending.expired(now)
        || !java.util.Objects.equals(pending.tenantId(), tenantId())) {
      return Optional.empty();
    }
    return find(pending.tenantId(), pending.email())
        .filter(Identity::enabled)
        .filter(i -> i.id() == pending.id());
  }

  private Long tenantId() {
    return currentTenant.get().map(TenantSnapshot::id).orElse(null);
  }

  private Optional<Identity> find(Long tenantId, String mail) {
    if (mail.isEmpty()) {
      return Optional.empty();
    }
    return tenantId == null
        ? platformAdmins.findByEmail(mail).map(Identity::of)
        : accounts.findByEmail(mail).map(Identity::of);
  }

  private static boolean checkWithoutAccount(String password) {
    Credentials.checkWithoutAccount(password);
    return false;
  }

  static String normalize(String email) {
    String mail = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    return mail.length() > 254 ? mail.substring(0, 254) : mail;
  }

  /** A tenant account or a platform admin, as far as logging in goes. */
  private record Identity(
      long id,
      String email,
      String displayName,
      Role role,
      Long businessId,
      boolean enabled,
      Credentials credentials) {

    static Identity of(Account a) {
      return new Identity(
          a.getId(),
          a.getEmail(),
          a.getDisplayName(),
          a.getRole(),
          a.getBusinessId(),
          a.isEnabled(),
          a.getCredentials());
    }

    static Identity of(PlatformAdmin a) {
      return new Identity(
          a.getId(),
          a.getEmail(),
          a.getDisplayName(),
          Role.PLATFORM_ADMIN,
          null,
          a.isEnabled(),
          a.getCredentials());
    }

    ConsoleUser user(Long tenantId, Instant now) {
      return new ConsoleUser(
          tenantId,
          id,
          email,
          displayName,
          role,
          businessId,
          credentials.hasMfa(),
          now,
          credentials.sessionEpoch());
    }
  }
}
