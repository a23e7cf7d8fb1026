package id.etalase.account;

import id.etalase.common.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be, after NIST SP 800-63B: at least 8 characters, long passphrases welcome
 * (up to 256), and not one that attackers try first (a shipped list of about 40,000, also with
 * digits and symbols appended) or one made of the user's own name or e-mail. No composition rules:
 * they make passwords weaker, not stronger.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 8;
  public static final int MAX_LENGTH = 256;
  private static final Set<String> COMMON = load();

  private PasswordPolicy() {}

  /**
   * @param personal words the password must not be built on: the user's name, e-mail address
   * @return every problem, empty when the password is acceptable
   */
  public static List<Problem> check(String password, String... personal) {
    List<Problem> problems = new ArrayList<>();
    int length = password == null ? 0 : password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      problems.add(problem("problem.passwordShort", MIN_LENGTH));
      return problems;
    }
    if (length > MAX_LENGTH) {
      problems.add(problem("problem.passwordLong", MAX_LENGTH));
      return problems;
    }
    String lower = password.toLowerCase(Locale.ROOT);
    // A listed word with digits and symbols tacked on is as weak as the word.
    String base = lower.replaceAll("[^\\p{L}]+$", "");
    if (COMMON.contains(lower) || COMMON.contains(base)) {
      problems.add(problem("problem.passwordCommon"));
    }
    for (String word : personal) {
      if (word == null) {
        continue;
      }
      for (String part : word.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (part.length() >= 4 && lower.contains(part) && part.length() * 2 >= lower.length()) {
          problems.add(problem("problem.passwordPersonal"));
          return problems;
        }
      }
    }
    return problems;
  }

  /**
   * A random password for accounts made by the system (demo accounts, the first platform admin): 16
   * letters and digits in groups of four, about 80 bits, never on any list.
   */
  public static String generate() {
    char[] alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      if (i > 0 && i % 4 == 0) {
        password.append('-');
      }
      password.append(alphabet[RANDOM.nextInt(alphabet.length)]);
    }
    return password.toString();
  }

  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  static boolean isCommon(String password) {
    return COMMON.contains(password.toLowerCase(Locale.ROOT));
  }

  private static Problem problem(String key, Object... arguments) {
    return new Problem("password", key, List.of(arguments));
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>();
    try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          words.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
