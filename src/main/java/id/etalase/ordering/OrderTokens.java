package id.etalase.ordering;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The visitor's private link to an order: 256 random bits, written in the URL as 43 base64url
 * characters. Only their SHA-256 is stored, which finds the order by an index yet does not let a
 * reader of the table (or of a backup) open anyone's status page.
 */
public final class OrderTokens {

  /** What a token looks like in a path. */
  public static final String PATTERN = "[A-Za-z0-9_-]{43}";

  private static final SecureRandom RANDOM = new SecureRandom();

  private OrderTokens() {}

  public static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The stored form of a well-formed token; empty for anything else. */
  public static Optional<String> hash(String token) {
    if (token == null || !token.matches(PATTERN)) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          HexFormat.of()
              .formatHex(
                  MessageDigest.getInstance("SHA-256")
                      .digest(token.getBytes(StandardCharsets.US_ASCII))));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
