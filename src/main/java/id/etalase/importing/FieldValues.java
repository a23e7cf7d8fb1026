package id.etalase.importing;

import id.etalase.contact.PhoneNumbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The import's normalisers for the small fields of a business or product row: phones, e-mail, year,
 * halal status, coordinates, Instagram, minimum order. Each takes the cell's raw text and returns
 * the value the catalog stores, nothing for a blank cell, or an {@code import.error.} key.
 */
public final class FieldValues {

  /** Indonesia with a margin: Sabang to Merauke, Miangas to Rote. */
  static final double SOUTH = -11.5;

  static final double NORTH = 6.5;
  static final double WEST = 94.5;
  static final double EAST = 141.5;

  private static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
  private static final Set<String> YES = Set.of("ya", "y", "ada", "sudah", "1", "true", "yes");
  private static final Set<String> NO =
      Set.of("tidak", "tdk", "t", "belum", "blm", "tidak ada", "0", "false", "no", "n", "-");
  private static final Pattern INSTAGRAM_URL =
      Pattern.compile("^(?:https?://)?(?:www\\.)?(?:instagram\\.com|instagr\\.am)/([^/?#]+).*$");
  private static final Pattern PAIR =
      Pattern.compile(
          "^\\s*([-+\u2212]?[0-9]{1,3}\\.[0-9]+)\\s*[,;]\\s*([-+\u2212]?[0-9]{1,3}\\.[0-9]+)\\s*$");
  private static final Pattern HANDLE = Pattern.compile("^[a-z0-9._]{1,30}$");

  private FieldValues() {}

  /** Any valid Indonesian number, landline or mobile, in E.164. */
  public static FieldResult<String> phone(String raw) {
    String text = TextValue.clean(raw);
    if (text == null) {
      return FieldResult.empty();
    }
    return PhoneNumbers.normalise(text)
        .map(FieldResult::of)
        .orElseGet(() -> FieldResult.error("import.error.phone", text));
  }

  /** A number WhatsApp can reach, so a mobile one, in E.164. */
  public static FieldResult<String> whatsapp(String raw) {
    String text = TextValue.clean(raw);
    if (text == null) {
      return FieldResult.empty();
    }
    return PhoneNumbers.normaliseMobile(text)
        .map(FieldResult::of)
        .orElseGet(() -> FieldResult.error("import.error.whatsapp", text));
  }

  public static FieldResult<String> email(String raw) {
    String text = TextValue.clean(raw);
    if (text == null) {
      return FieldResult.empty();
    }
    if (text.length() > 254 || !text.matches(EMAIL)) {
      return FieldResult.error("import.error.email", text);
    }
    return FieldResult.of(text.toLowerCase(Locale.ROOT));
  }

  /** A year between 1900 and this year. */
  public static FieldResult<Integer> foundedYear(String raw) {
    String text = TextValue.clean(raw);
    if (text == null) {
      return FieldResult.empty();
    }
    int now = Year.now().getValue();
    if (!text.matches("[0-9]{4}")) {
      return FieldResult.error("import.error.year", text, 1900, now);
    }
    int year = Integer.parseInt(text);
    return year < 1900 || year > now
        ? FieldResult.error("import.error.year", text, 1900, now)
        : FieldResult.of(year);
  }

  /** Yes or no in Indonesian or English; a blank cell is no. */
  public static FieldResult<Boolean> yesNo(String raw) {
    String text = TextValue.clean(raw);
    if (text == null) {
      return FieldResult.of(false);
    }
    String word = text.toLowerCase(Locale.ROOT).replaceAll("[.!]+$", "");
    if (YES.contains(word)) {
      return FieldResult.of(true);
    }
    if (NO.contains(word)) {
      return FieldResult.of(false);
    }
    return FieldResult.error("import.error.yesNo", text);
  }

  /**
   * Both coordinates in one cell, as Google Maps copies them ({@code -7.982100, 113.793500}):
   * latitude and longitude, or null when the text is not such a pair.
   */
  public static String[] coordinatePair(String raw) {
    Matcher pair = raw == null ? null : PAIR.matcher(raw);
    return pair != null && pair.matches() ? new String[] {pair.group(1), pair.group(2)} : null;
  }

  /** A latitude inside Indonesia, with a decimal point or comma. */
  public static FieldResult<BigDecimal> latitude(String raw) {
    return coordinate(raw, 90, SOUTH, NORTH);
  }

  /** A longitude inside Indonesia, with a decimal point or comma. */
  public static FieldResult<BigDecimal> longitude(String raw) {
    return coordinate(raw, 180, WEST, EAST);
  }

  private static FieldResult<BigDecimal> coordinate(
      String raw, int limit, double low, double high) {
    String text = TextValue.clean(raw);
    if (text == null) {
      return FieldResult.empty();
    }
    String number = text.replace('\u2212', '-').replace(',', '.').replace(" ", "");
    if (!number.matches("[-+]?[0-9]{1,3}(\\.[0-9]+)?")) {
      return FieldResult.error("import.error.coordinate", text);
    }
    BigDecimal value = new BigDecimal(number);
    if (value.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
      return FieldResult.error("import.error.coordinate", text);
    }
    if (value.doubleValue() < low || value.doubleValue() > high) {
      return FieldResult.error("import.error.outsideIndonesia", text);
    }
    return FieldResult.of(value.setScale(6, RoundingMode.HALF_UP));
  }

  /** An Instagram handle, from {@code @name}, {@code name} or a profile URL; lower case, no @. */
  public static FieldResult<String> instagram(String raw) {
    String text = TextValue.clean(raw);
    if (text == null) {
      return FieldResult.empty();
    }
    String handle = text.toLowerCase(Locale.ROOT);
    Matcher url = INSTAGRAM_URL.matcher(handle);
    if (url.matches()) {
      handle = url.group(1);
    }
    if (handle.startsWith("@")) {
      handle = handle.substring(1);
    }
    return HANDLE.matcher(handle).matches()
        ? FieldResult.of(handle)
        : FieldResult.error("import.error.instagram", text);
  }

  /** A positive whole number of at most a million; dots grouping thousands are allowed. */
  public static FieldResult<Integer> minOrder(String raw) {
    String text = TextValue.clean(raw);
    if (text == null) {
      return FieldResult.empty();
    }
    String digits = text.matches("[0-9]{1,3}(\\.[0-9]{3})+") ? text.replace(".", "") : text;
    if (!digits.matches("[0-9]{1,7}")
        || Integer.parseInt(digits) < 1
        || Integer.parseInt(digits) > 1_000_000) {
      return FieldResult.error("import.error.minOrder", text);
    }
    return FieldResult.of(Integer.parseInt(digits));
  }

  /** The most photos one row may name. */
  public static final int MAX_PHOTOS_PER_ROW = 10;

  /**
   * The photo file names of a {@code foto} cell, separated by {@code ,} or {@code ;}: each its base
   * name (a path or a link is cut to its last part, as photos are found in the ZIP by base name),
   * without repeats, at most {@link #MAX_PHOTOS_PER_ROW}.
   */
  public static FieldResult<List<String>> photoNames(String raw) {
    String text = TextValue.clean(raw);
    if (text == null) {
      return FieldResult.empty();
    }
    List<String> names = new ArrayList<>();
    for (String part : text.split("[,;]")) {
      String name = PhotoArchive.baseName(part.strip()).strip();
      if (name.isEmpty()) {
        continue;
      }
      if (name.length() > 255 || name.chars().anyMatch(Character::isISOControl)) {
        return FieldResult.error("import.error.photoName", name);
      }
      if (names.stream().noneMatch(n -> PhotoArchive.key(n).equals(PhotoArchive.key(name)))) {
        names.add(name);
      }
    }
    if (names.size() > MAX_PHOTOS_PER_ROW) {
      return FieldResult.error("import.error.photoCount", MAX_PHOTOS_PER_ROW);
    }
    return names.isEmpty() ? FieldResult.empty() : FieldResult.of(List.copyOf(names));
  }
}
