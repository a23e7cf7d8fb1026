package id.etalase.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.etalase.registration.RegistrationChallenge.Outcome;
import id.etalase.registration.RegistrationChallenge.Question;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RegistrationChallengeTest {

  private static final Instant ASKED = Instant.parse("2026-12-02T10:00:00Z");
  private final RegistrationChallenge challenge =
      new RegistrationChallenge(RegistrationChallenge.newKey());

  private static String sum(Question q) {
    return Integer.toString(q.a() + q.b());
  }

  @Test
  void theRightSumIsAcceptedForItsTenantBetweenTheMinimumAndTheMaximumAge() {
    Question q = challenge.ask(7, ASKED);
    assertEquals(Outcome.ACCEPTED, challenge.check(q.token(), sum(q), 7, ASKED.plusSeconds(10)));
    assertEquals(
        Outcome.ACCEPTED, challenge.check(q.token(), " " + sum(q) + " ", 7, ASKED.plusSeconds(60)));
  }

  @Test
  void aWrongSumIsWrong() {
    Question q = challenge.ask(7, ASKED);
    String wrong = Integer.toString(q.a() + q.b() + 1);
    assertEquals(Outcome.WRONG, challenge.check(q.token(), wrong, 7, ASKED.plusSeconds(10)));
    assertEquals(Outcome.WRONG, challenge.check(q.token(), "", 7, ASKED.plusSeconds(10)));
    assertEquals(Outcome.WRONG, challenge.check(q.token(), null, 7, ASKED.plusSeconds(10)));
  }

  @Test
  void aScriptThatPostsAtOnceOrAFormLeftForHoursIsAskedAgain() {
    Question q = challenge.ask(7, ASKED);
    assertEquals(Outcome.TOO_FAST, challenge.check(q.token(), sum(q), 7, ASKED.plusSeconds(1)));
    assertEquals(
        Outcome.EXPIRED,
        challenge.check(
            q.token(), sum(q), 7, ASKED.plus(RegistrationChallenge.MAX_AGE).plusSeconds(1)));
  }

  @Test
  void aTokenOfAnotherTenantAnotherKeyOrTamperedIsInvalid() {
    Question q = challenge.ask(7, ASKED);
    Instant later = ASKED.plusSeconds(10);
    assertEquals(Outcome.INVALID, challenge.check(q.token(), sum(q), 8, later));
    RegistrationChallenge otherNode = new RegistrationChallenge(RegistrationChallenge.newKey());
    assertEquals(Outcome.INVALID, otherNode.check(q.token(), sum(q), 7, later));
    String body = q.token().substring(0, q.token().indexOf('.'));
    char[] chars = body.toCharArray();
    chars[5] = chars[5] == 'A' ? 'B' : 'A';
    String tampered = new String(chars) + q.token().substring(q.token().indexOf('.'));
    assertEquals(Outcome.INVALID, challenge.check(tampered, sum(q), 7, later));
    for (String junk : new String[] {null, "", ".", "a.b", "%%%.%%%", "x".repeat(500)}) {
      assertEquals(Outcome.INVALID, challenge.check(junk, sum(q), 7, later), String.valueOf(junk));
    }
  }

  @Test
  void aShortKeyIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new RegistrationChallenge(new byte[16]));
  }
}
