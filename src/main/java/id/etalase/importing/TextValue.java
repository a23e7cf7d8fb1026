package id.etalase.importing;

import java.util.regex.Pattern;

/**
 * Free text from a cell, tidied the way a form field would be: trimmed, runs of spaces collapsed,
 * control and invisible characters removed. Markup such as {@code <script>} is kept as the letters
 * it is; the pages escape it when they show it, and stripping it here would silently change what
 * the operator typed.
 */
public final class TextValue {

  private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\u200B\\u2060\\uFEFF]");
  private static final Pattern SPACES = Pattern.compile("[\\p{Zs}\\t]+");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

  private TextValue() {}

  /** One line: every run of whitespace, line breaks included, becomes one space. */
  public static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    String text = raw.replaceAll("[\\r\\n\\t]+", " ");
    text = INVISIBLE.matcher(text).replaceAll("");
    text = SPACES.matcher(text).replaceAll(" ").strip();
    return text.isEmpty() ? null : text;
  }

  /** Several lines (a description): line breaks kept, at most one blank line in a row. */
  public static String cleanLines(String raw) {
    if (raw == null) {
      return null;
    }
    String text = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
    StringBuilder lines = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      String tidy = SPACES.matcher(INVISIBLE.matcher(line).replaceAll("")).replaceAll(" ").strip();
      lines.append(tidy).append('\n');
    }
    String joined = BLANK_LINES.matcher(lines.toString()).replaceAll("\n\n").strip();
    return joined.isEmpty() ? null : joined;
  }

  /** Optional one-line text of at most {@code max} characters. */
  public static FieldResult<String> line(String raw, int max) {
    return capped(clean(raw), max);
  }

  /** Optional multi-line text of at most {@code max} characters. */
  public static FieldResult<String> lines(String raw, int max) {
    return capped(cleanLines(raw), max);
  }

  private static FieldResult<String> capped(String text, int max) {
    if (text == null) {
      return FieldResult.empty();
    }
    if (text.codePointCount(0, text.length()) > max) {
      return FieldResult.error("import.error.tooLong", max);
    }
    return FieldResult.of(text);
  }
}
