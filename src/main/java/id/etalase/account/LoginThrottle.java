package id.etalase.account;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a login must wait after failures. Delays grow with every failure but are capped, and
 * they fade once the failures leave their window, so an attacker can slow a real user down but
 * never lock them out for good:
 *
 * <ul>
 *   <li>by account: after 3 failures in 15 minutes, 2, 4, 8 … seconds, at most one minute;
 *   <li>by address: after 20 failures in an hour (any account), 2, 4, 8 … seconds, at most an hour.
 * </ul>
 *
 * A success clears the account's count. One guess a minute per account, against a password that
 * passed the common-password list, keeps online guessing hopeless.
 */
public final class LoginThrottle {

  static final Duration ACCOUNT_WINDOW = Duration.ofMinutes(15);
  static final int ACCOUNT_FREE_FAILURES = 3;
  static final Duration ACCOUNT_MAX_DELAY = Duration.ofMinutes(1);

  static final Duration ADDRESS_WINDOW = Duration.ofHours(1);
  static final int ADDRESS_FREE_FAILURES = 20;
  static final Duration ADDRESS_MAX_DELAY = Duration.ofHours(1);

  /** Failures counted in a window, and when the last of them happened. */
  public record Failures(long count, Instant last) {
    public static final Failures NONE = new Failures(0, null);
  }

  private LoginThrottle() {}

  /** Seconds left to wait before the next attempt is heard; 0 when it may go ahead. */
  public static long secondsToWait(Failures byAccount, Failures byAddress, Instant now) {
    return Math.max(
        wait(byAccount, ACCOUNT_FREE_FAILURES, ACCOUNT_MAX_DELAY, now),
        wait(byAddress, ADDRESS_FREE_FAILURES, ADDRESS_MAX_DELAY, now));
  }

  /** The delay after a number of failures. */
  static Duration delay(long failures, int free, Duration max) {
    if (failures <= free) {
      return Duration.ZERO;
    }
    long exponent = Math.min(failures - free, 30);
    long seconds = Math.min(1L << exponent, max.toSeconds());
    return Duration.ofSeconds(seconds);
  }

  private static long wait(Failures failures, int free, Duration max, Instant now) {
    if (failures.last() == null) {
      return 0;
    }
    Instant allowedAt = failures.last().plus(delay(failures.count(), free, max));
    long millis = Duration.between(now, allowedAt).toMillis();
    return millis <= 0 ? 0 : (millis + 999) / 1000;
  }
}
