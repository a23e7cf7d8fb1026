package id.etalase.account;

import id.etalase.account.AccountToken.Purpose;
import id.etalase.tenant.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;

/**
 * Issues and redeems one-time links of the current tenant. A new link of a purpose replaces the
 * account's older ones; a link works once, and only until it expires: invitations after 3 days,
 * resets after 24 hours.
 */
@ApplicationScoped
public class AccountTokens {

  static final Duration INVITATION_VALID = Duration.ofDays(3);
  static final Duration RESET_VALID = Duration.ofHours(24);
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject private TenantEntityManager tenantEm;

  Clock clock = Clock.systemUTC();

  /** A new token for the account (256 random bits, URL-safe); only its hash is stored. */
  String issue(Account account, Purpose purpose) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    tenantEm
        .get()
        .createQuery(
            "SELECT t FROM AccountToken t WHERE t.accountId = :account AND t.purpose = :purpose"
                + " AND t.usedAt IS NULL",
            AccountToken.class)
        .setParameter("account", account.getId())
        .setParameter("purpose", purpose)
        .getResultList()
        .forEach(old -> old.use(now));
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Duration valid = purpose == Purpose.INVITATION ? INVITATION_VALID : RESET_VALID;
    tenantEm
        .get()
        .persist(
            new AccountToken(
                account.getId(), purpose, Credentials.hash(token), now, now.plus(valid)));
    return token;
  }

  /** The usable token of this purpose and this tenant, if the text names one. */
  Optional<AccountToken> find(Purpose purpose, String token) {
    if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
      return Optional.empty();
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    return tenantEm
        .get()
        .createQuery("SELECT t FROM AccountToken t WHERE t.tokenHash = :hash", AccountToken.class)
        .setParameter("hash", Credentials.hash(token))
        .getResultStream()
        .filter(t -> t.getPurpose() == purpose)
        .filter(t -> t.usableAt(now))
        .findFirst();
  }

  void use(AccountToken token) {
    token.use(OffsetDateTime.now(clock));
  }
}
