package id.etalase.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What proves who a console user is: the PBKDF2 hash of the password, the TOTP secret (MFA is on
 * when there is one) with the last time step used, and hashes of the unused recovery codes. Tenant
 * accounts and platform admins embed the same rules.
 */
@Embeddable
public class Credentials {

  static final int RECOVERY_CODES = 10;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

  @Column(name = "password_hash")
  private String passwordHash;

  @Column(name = "totp_secret")
  private String totpSecret;

  @Column(name = "totp_last_step")
  private Long totpLastStep;

  @Column(name = "recovery_codes")
  private String recoveryCodes;

  /**
   * Counts the changes that end every open session of the account: a new password, an MFA reset,
   * and (through the account) being disabled or given another role. A session remembers the count
   * it signed in with, and is signed out when the count moved on.
   */
  @Column(name = "session_epoch")
  private int sessionEpoch;

  public boolean hasPassword() {
    return passwordHash != null;
  }

  public boolean hasMfa() {
    return totpSecret != null;
  }

  void setPassword(String password) {
    this.passwordHash = PasswordHasher.hash(password);
    endSessions();
  }

  /** Signs the account out everywhere at the next request of each of its sessions. */
  void endSessions() {
    sessionEpoch++;
  }

  public int sessionEpoch() {
    return sessionEpoch;
  }

  /**
   * Checks the password; upgrades a hash made with weaker settings. Without a password (an
   * invitation not yet accepted) the same work is done and nothing matches.
   */
  boolean checkPassword(String password) {
    if (passwordHash == null) {
      checkWithoutAccount(password);
      return false;
    }
    boolean matches = PasswordHasher.verify(password, passwordHash);
    if (matches && PasswordHasher.needsRehash(passwordHash)) {
      passwordHash = PasswordHasher.hash(password);
    }
    return matches;
  }

  /** The work of a password check, for an unknown e-mail, so timing does not reveal accounts. */
  static void checkWithoutAccount(String password) {
    PasswordHasher.verify(password, DUMMY_HASH);
  }

  private static final String DUMMY_HASH = PasswordHasher.hash("no account has this password");

  /**
   * Accepts a current TOTP code once: a code of the step already used, or an earlier one, is a
   * replay and is refused.
   */
  boolean acceptTotp(String code, Instant now) {
    return acceptTotp(totpSecret, code, now);
  }

  /** Turns MFA on with a secret the user proved by a code of it; returns fresh recovery codes. */
  List<String> enableMfa(String secret, String code, Instant now) {
    if (!acceptTotp(secret, code, now)) {
      return List.of();
    }
    totpSecret = secret;
    return newRecoveryCodes();
  }

  /** Uses up one recovery code. Codes are compared by hash, ignoring case, spaces and dashes. */
  boolean useRecoveryCode(String code) {
    if (recoveryCodes == null || code == null) {
      return false;
    }
    String hash = hash(normalize(code));
    List<String> hashes = new ArrayList<>(Arrays.asList(recoveryCodes.split(" ")));
    boolean found = false;
    for (String stored : hashes) {
      found |= MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII), hash.getBytes());
    }
    if (found) {
      hashes.remove(hash);
      recoveryCodes = hashes.isEmpty() ? null : String.join(" ", hashes);
    }
    return found;
  }

  public int recoveryCodesLeft() {
    return recoveryCodes == null ? 0 : recoveryCodes.split(" ").length;
  }

  /** Replaces the recovery codes; the plain codes are shown once and never stored. */
  List<String> newRecoveryCodes() {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < RECOVERY_CODES; i++) {
      char[] c = new char[10];
      for (int j = 0; j < c.length; j++) {
        c[j] = CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)];
      }
      codes.add(new String(c, 0, 5) + "-" + new String(c, 5, 5));
    }
    recoveryCodes =
        codes.stream().map(code -> hash(normalize(code))).collect(Collectors.joining(" "));
    return codes;
  }

  /** An admin's reset: the user enrols again at the next login. */
  void resetMfa() {
    totpSecret = null;
    totpLastStep = null;
    recoveryCodes = null;
    endSessions();
  }

  private boolean acceptTotp(String secret, String code, Instant now) {
    if (secret == null) {
      return false;
    }
    long step = Totp.matchingStep(secret, code == null ? null : code.strip(), now);
    if (step < 0 || (totpLastStep != null && step <= totpLastStep)) {
      return false;
    }
    totpLastStep = step;
    return true;
  }

  private static String normalize(String code) {
    return code.strip().toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
  }

  static String hash(String value) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
