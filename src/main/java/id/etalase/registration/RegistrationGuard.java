package id.etalase.registration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What stands between scripts and the registration form, on this node: the question and its single
 * use ({@link RegistrationChallenge}), and the attempts and registrations counted per client
 * (tenant and address) in fixed windows. Counted in memory only: no address is stored.
 */
@ApplicationScoped
public class RegistrationGuard {

  @Inject
  @ConfigProperty(name = "etalase.registration.attempts-per-hour", defaultValue = "20")
  private int attemptsPerHour;

  @Inject
  @ConfigProperty(name = "etalase.registration.per-day", defaultValue = "5")
  private int registrationsPerDay;

  private final RegistrationChallenge challenge =
      new RegistrationChallenge(RegistrationChallenge.newKey());
  private final Cache<String, Boolean> usedTokens =
      Caffeine.newBuilder()
          .expireAfterWrite(RegistrationChallenge.MAX_AGE)
          .maximumSize(100_000)
          .build();
  private final Cache<String, Window> attempts =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofHours(1)).maximumSize(100_000).build();
  private final Cache<String, Window> registrations =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofDays(1)).maximumSize(100_000).build();

  /** A count within a fixed window that began at the first event. */
  private record Window(Instant start, int count) {}

  public RegistrationChallenge.Question ask(long tenantId) {
    return challenge.ask(tenantId, Instant.now());
  }

  /**
   * Counts one more attempt of the client (each regency's form is a site of its own, so per tenant
   * and address) and tells whether it is over its attempts or registrations.
   */
  public boolean tooMany(long tenantId, String address) {
    String client = client(tenantId, address);
    return count(attempts, client, Duration.ofHours(1)) > attemptsPerHour
        || peek(registrations, client) >= registrationsPerDay;
  }

  /** The answer to a token's question; a token already used is {@code INVALID}. */
  public RegistrationChallenge.Outcome answer(long tenantId, String token, String answer) {
    return usedTokens.getIfPresent(token == null ? "" : token) != null
        ? RegistrationChallenge.Outcome.INVALID
        : challenge.check(token, answer, tenantId, Instant.now());
  }

  /** A token whose answer let a registration through: never again. */
  public void used(String token) {
    usedTokens.put(token, Boolean.TRUE);
  }

  public void registered(long tenantId, String address) {
    count(registrations, client(tenantId, address), Duration.ofDays(1));
  }

  private static String client(long tenantId, String address) {
    return tenantId + " " + address;
  }

  /** Counts one more event in the client's window and returns the count. */
  private static int count(Cache<String, Window> cache, String client, Duration span) {
    Instant now = Instant.now();
    return cache
        .asMap()
        .compute(
            client,
            (k, w) ->
                w == null || now.isAfter(w.start().plus(span))
                    ? new Window(now, 1)
                    : new Window(w.start(), w.count() + 1))
        .count();
  }

  private static int peek(Cache<String, Window> cache, String client) {
    Window w = cache.getIfPresent(client);
    return w == null ? 0 : w.count();
  }
}
