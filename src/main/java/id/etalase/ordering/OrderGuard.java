package id.etalase.ordering;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rate limits of the public order form, on this node: attempts per client address and hour,
 * orders per WhatsApp number and day and per e-mail address and day (the same limit), each per
 * tenant. Counted in memory only, in fixed windows, so no address is stored and a burst of scripted
 * orders cannot flood a business or its operators.
 */
@ApplicationScoped
public class OrderGuard {

  @Inject
  @ConfigProperty(name = "etalase.orders.attempts-per-hour", defaultValue = "30")
  private int attemptsPerHour;

  @Inject
  @ConfigProperty(name = "etalase.orders.per-phone-per-day", defaultValue = "5")
  private int perPhonePerDay;

  private final Cache<String, Window> attempts =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofHours(1)).maximumSize(100_000).build();
  private final Cache<String, Window> phones =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofDays(1)).maximumSize(100_000).build();

  private record Window(Instant start, int count) {}

  /** Counts one more attempt from the address, and tells whether it is over the limit. */
  public boolean tooManyFrom(long tenantId, String address) {
    return count(attempts, tenantId + " " + address, Duration.ofHours(1)) > attemptsPerHour;
  }

  /** Whether the number has placed as many orders today as it may. */
  public boolean tooManyFor(long tenantId, String whatsapp) {
    Window w = phones.getIfPresent(tenantId + " " + whatsapp);
    return w != null
        && !Instant.now().isAfter(w.start().plus(Duration.ofDays(1)))
        && w.count() >= perPhonePerDay;
  }

  /** Counts an order of the number, or of the e-mail address as {@link #email} names it. */
  public void placed(long tenantId, String whatsapp) {
    count(phones, tenantId + " " + whatsapp, Duration.ofDays(1));
  }

  /** An e-mail address as the daily limit counts it: apart from numbers, whatever its case. */
  static String email(String address) {
    return "surel:" + address.toLowerCase(java.util.Locale.ROOT);
  }

  int attemptsPerHour() {
    return attemptsPerHour;
  }

  int perPhonePerDay() {
    return perPhonePerDay;
  }

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
}
