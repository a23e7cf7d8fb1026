package id.etalase.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.etalase.account.LoginThrottle.Failures;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

  @Test
  void delaysGrowByDoublingAndStopAtTheirCap() {
    Duration max = LoginThrottle.ACCOUNT_MAX_DELAY;
    assertEquals(Duration.ZERO, LoginThrottle.delay(3, 3, max));
    assertEquals(Duration.ofSeconds(2), LoginThrottle.delay(4, 3, max));
    assertEquals(Duration.ofSeconds(4), LoginThrottle.delay(5, 3, max));
    assertEquals(Duration.ofSeconds(32), LoginThrottle.delay(8, 3, max));
    assertEquals(Duration.ofMinutes(1), LoginThrottle.delay(9, 3, max));
    assertEquals(Duration.ofMinutes(1), LoginThrottle.delay(10_000, 3, max), "never a lockout");
  }

  @Test
  void theWaitCountsFromTheLastFailureAndEnds() {
    Failures four = new Failures(4, NOW.minusSeconds(1));
    assertEquals(1, LoginThrottle.secondsToWait(four, Failures.NONE, NOW));
    assertEquals(0, LoginThrottle.secondsToWait(four, Failures.NONE, NOW.plusSeconds(1)));
    assertEquals(0, LoginThrottle.secondsToWait(new Failures(3, NOW), Failures.NONE, NOW));
  }

  @Test
  void anAddressWithManyFailuresWaitsWhateverAccountItTries() {
    Failures spray = new Failures(25, NOW);
    assertEquals(32, LoginThrottle.secondsToWait(Failures.NONE, spray, NOW));
    assertEquals(3600, LoginThrottle.secondsToWait(Failures.NONE, new Failures(60, NOW), NOW));
  }
}
