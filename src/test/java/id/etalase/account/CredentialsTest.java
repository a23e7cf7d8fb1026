package id.etalase.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class CredentialsTest {

  private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

  @Test
  void mfaIsOnlyTurnedOnByACodeOfTheNewSecretAndACodeIsNeverAcceptedTwice() {
    Credentials credentials = new Credentials();
    String secret = Totp.newSecret();
    assertEquals(List.of(), credentials.enableMfa(secret, "123456", NOW));
    assertFalse(credentials.hasMfa());
    List<String> codes = credentials.enableMfa(secret, Totp.code(secret, NOW), NOW);
    assertTrue(credentials.hasMfa());
    assertEquals(10, codes.size());
    assertEquals(10, new HashSet<>(codes).size());

    assertFalse(credentials.acceptTotp(Totp.code(secret, NOW), NOW), "replay of the same step");
    assertFalse(credentials.acceptTotp(Totp.code(secret, NOW.minusSeconds(30)), NOW), "older step");
    assertTrue(credentials.acceptTotp(Totp.code(secret, NOW.plusSeconds(30)), NOW.plusSeconds(30)));
    assertFalse(credentials.acceptTotp(Totp.code(secret, NOW.plusSeconds(120)), NOW), "too early");
  }

  @Test
  void recoveryCodesWorkOnceEachInAnyCase() {
    Credentials credentials = new Credentials();
    String secret = Totp.newSecret();
    List<String> codes = credentials.enableMfa(secret, Totp.code(secret, NOW), NOW);
    assertTrue(credentials.useRecoveryCode(" " + codes.get(0).toUpperCase() + " "));
    assertFalse(credentials.useRecoveryCode(codes.get(0)));
    assertEquals(9, credentials.recoveryCodesLeft());
    assertTrue(credentials.useRecoveryCode(codes.get(1).replace("-", "")));
    assertFalse(credentials.useRecoveryCode("aaaaa-bbbbb"));
    assertFalse(credentials.useRecoveryCode(null));
  }

  @Test
  void aResetTurnsMfaOffAndDropsTheCodes() {
    Credentials credentials = new Credentials();
    String secret = Totp.newSecret();
    List<String> codes = credentials.enableMfa(secret, Totp.code(secret, NOW), NOW);
    credentials.resetMfa();
    assertFalse(credentials.hasMfa());
    assertFalse(credentials.useRecoveryCode(codes.get(2)));
  }

  @Test
  void withoutAPasswordNothingMatches() {
    Credentials credentials = new Credentials();
    assertFalse(credentials.checkPassword(""));
    credentials.setPassword("tape manis bondowoso");
    assertTrue(credentials.checkPassword("tape manis bondowoso"));
    assertFalse(credentials.checkPassword("tape manis bondowos0"));
  }

  @Test
  void generatedPasswordsPassThePolicy() {
    for (int i = 0; i < 20; i++) {
      String password = PasswordPolicy.generate();
      assertEquals(List.of(), PasswordPolicy.check(password, "Agus Prasetyo", "agus@contoh.id"));
    }
  }
}
