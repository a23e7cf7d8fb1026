package id.etalase.common;

import java.util.Locale;

/** JPQL LIKE patterns from what a user typed: their % and _ match themselves, not anything. */
public final class LikePattern {

  private LikePattern() {}

  /** A lower-case pattern matching any text that contains the typed text. */
  public static String contains(String typed) {
    String escaped =
        typed
            .strip()
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
