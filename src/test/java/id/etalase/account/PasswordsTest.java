package id.etalase.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.common.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordsTest {

  private static List<String> keys(String password, String... personal) {
    return PasswordPolicy.check(password, personal).stream().map(Problem::messageKey).toList();
  }

  @Test
  void theLengthRulesAreEightToTwoHundredFiftySixWithLongPassphrasesWelcome() {
    assertEquals(List.of("problem.passwordShort"), keys("kopi123"));
    assertEquals(List.of("problem.passwordShort"), keys(null));
    assertEquals(List.of(), keys("batik tamanan di pagi hari yang cerah sekali, sungguh"));
    assertEquals(List.of(), keys("x".repeat(70) + "Yz!9"), "64 characters and more are fine");
    assertEquals(List.of("problem.passwordLong"), keys("a".repeat(257)));
  }

  @Test
  void commonPasswordsAreRefusedInAnyCase() {
    for (String p :
        List.of(
            "password",
            "PASSWORD1",
            "12345678",
            "qwertyuiop",
            "bismillah",
            "Indonesia123",
            "sayang123!")) {
      assertEquals(List.of("problem.passwordCommon"), keys(p), p);
    }
  }

  @Test
  void passwordsMadeOfTheUsersOwnNameAreRefused() {
    assertEquals(
        List.of("problem.passwordPersonal"),
        keys("aminah2024", "Siti Aminah", "siti.aminah@bondowosokab.go.id"));
    assertEquals(List.of(), keys("aminah menenun batik setiap pagi", "Siti Aminah"));
  }

  @Test
  void hashesAreSaltedSlowAndVerifiedInConstantTime() {
    String stored = PasswordHasher.hash("tape manis bondowoso");
    assertTrue(stored.startsWith("pbkdf2-sha256$600000$"), stored);
    assertNotEquals(stored, PasswordHasher.hash("tape manis bondowoso"), "salted");
    assertTrue(PasswordHasher.verify("tape manis bondowoso", stored));
    assertFalse(PasswordHasher.verify("tape manis bondowos0", stored));
    assertFalse(PasswordHasher.verify("tape manis bondowoso", stored.replace("600000", "1")));
    assertFalse(PasswordHasher.verify("x", "not a hash"));
    assertFalse(PasswordHasher.verify("x", "pbkdf2-sha256$99999999999$a$b"));
    assertFalse(PasswordHasher.needsRehash(stored));
    assertTrue(PasswordHasher.needsRehash("pbkdf2-sha256$1000$AAAA$AAAA"));
  }

  @Test
  void totpMatchesTheRfc6238TestVectors() {
    byte[] secret = "12345678901234567890".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    assertEquals("94287082", Totp.code(secret, 59 / 30, 8));
    assertEquals("07081804", Totp.code(secret, 1111111109L / 30, 8));
    assertEquals("14050471", Totp.code(secret, 1111111111L / 30, 8));
    assertEquals("89005924", Totp.code(secret, 1234567890L / 30, 8));
    assertEquals("69279037", Totp.code(secret, 2000000000L / 30, 8));
    String base32 = Totp.base32(secret);
    assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", base32);
    assertEquals(
        new String(secret, java.nio.charset.StandardCharsets.US_ASCII),
        new String(Totp.unbase32(base32), java.nio.charset.StandardCharsets.US_ASCII));
  }

  @Test
  void totpAcceptsOneStepOfDriftAndNothingElse() {
    String secret = Totp.newSecret();
    java.time.Instant now = java.time.Instant.parse("2026-11-28T10:00:15Z");
    String code = Totp.code(secret, now);
    long step = now.getEpochSecond() / 30;
    assertEquals(step, Totp.matchingStep(secret, code, now));
    assertEquals(step, Totp.matchingStep(secret, code, now.plusSeconds(30)));
    assertEquals(-1, Totp.matchingStep(secret, code, now.plusSeconds(90)));
    assertEquals(-1, Totp.matchingStep(secret, "12345", now));
    assertEquals(-1, Totp.matchingStep(secret, "'; --", now));
    assertTrue(
        Totp.uri("Etalase Bondowoso", "siti@bondowosokab.go.id", secret)
            .startsWith("otpauth://totp/Etalase%20Bondowoso:siti%40bondowosokab.go.id?secret="));
  }
}
