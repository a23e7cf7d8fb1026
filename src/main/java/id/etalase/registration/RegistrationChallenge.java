package id.etalase.registration;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The form's question, a small sum in words a person reads at a glance ("Berapa 4 + 7?"), with no
 * third-party service. The answer travels in a token signed with this node's key (HMAC-SHA256): the
 * tenant it was asked for, when, and the sum. A token is good once, for a tenant, no sooner than
 * {@link #MIN_AGE} after it was issued (scripts post at once) and no later than {@link #MAX_AGE}.
 * The key is per node and per start, so a token from before a restart or from another node is
 * refused, and the visitor is simply asked again: the form keeps what they typed.
 */
public final class RegistrationChallenge {

  public static final Duration MIN_AGE = Duration.ofSeconds(3);
  public static final Duration MAX_AGE = Duration.ofHours(2);

  /** A question to show and the token to send back with its answer. */
  public record Question(int a, int b, String token) {}

  /** Why an answer was not accepted. */
  public enum Outcome {
    ACCEPTED,
    WRONG,
    TOO_FAST,
    EXPIRED,
    INVALID
  }

  private final byte[] key;
  private final SecureRandom random = new SecureRandom();

  public RegistrationChallenge(byte[] key) {
    if (key == null || key.length < 32) {
      throw new IllegalArgumentException("The challenge key needs 32 bytes or more");
    }
    this.key = key.clone();
  }

  /** A key for this node and start. */
  public static byte[] newKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }

  public Question ask(long tenantId, Instant now) {
    int a = 1 + random.nextInt(9);
    int b = 1 + random.nextInt(9);
    byte[] nonce = new byte[12];
    random.nextBytes(nonce);
    ByteBuffer body = ByteBuffer.allocate(8 + 8 + 4 + nonce.length);
    body.putLong(tenantId).putLong(now.getEpochSecond()).putInt(a + b).put(nonce);
    byte[] bytes = body.array();
    String token = encode(bytes) + "." + encode(sign(bytes));
    return new Question(a, b, token);
  }

  /** Whether the answer is right for this token, tenant and time. Does not remember tokens. */
  public Outcome check(String token, String answer, long tenantId, Instant now) {
    byte[] bytes = verified(token);
    if (bytes == null || bytes.length != 32) {
      return Outcome.INVALID;
    }
    ByteBuffer body = ByteBuffer.wrap(bytes);
    long tenant = body.getLong();
    Instant issued = Instant.ofEpochSecond(body.getLong());
    int sum = body.getInt();
    if (tenant != tenantId) {
      return Outcome.INVALID;
    }
    if (now.isBefore(issued.plus(MIN_AGE))) {
      return Outcome.TOO_FAST;
    }
    if (now.isAfter(issued.plus(MAX_AGE))) {
      return Outcome.EXPIRED;
    }
    String typed = answer == null ? "" : answer.strip();
    return typed.equals(Integer.toString(sum)) ? Outcome.ACCEPTED : Outcome.WRONG;
  }

  private byte[] verified(String token) {
    if (token == null || token.length() > 200) {
      return null;
    }
    int dot = token.indexOf('.');
    if (dot < 0) {
      return null;
    }
    try {
      byte[] bytes = Base64.getUrlDecoder().decode(token.substring(0, dot));
      byte[] mac = Base64.getUrlDecoder().decode(token.substring(dot + 1));
      return MessageDigest.isEqual(mac, sign(bytes)) ? bytes : null;
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }

  private byte[] sign(byte[] bytes) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update("etalase-registration".getBytes(StandardCharsets.US_ASCII));
      return mac.doFinal(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private static String encode(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
