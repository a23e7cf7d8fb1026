package id.etalase.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prices as Indonesian sellers write them: {@code Rp 150.000}, {@code 150.000,00}, {@code 150rb},
 * {@code 1,5 jt}, ranges such as {@code 25rb–100rb}, and "nego". The dot groups thousands unless a
 * unit word follows with one or two decimals ({@code 1.5jt}), so {@code 150.000} is never read as
 * 150. The result is whole rupiah, as the catalog stores it.
 */
public final class PriceText {

  /** Above a billion rupiah a UMKM price is a typo (an extra group of zeros), not a price. */
  public static final long MAX = 1_000_000_000L;

  private static final Pattern RANGE_WORDS =
      Pattern.compile(
          "\\bs\\s*/\\s*d\\b|\\bs\\.d\\.?|\\bsampai\\b|\\bhingga\\b|~|[\\u2013\\u2014\\u2212]");
  private static final Pattern CURRENCY = Pattern.compile("\\b(?:rp|idr)\\.?");
  private static final Pattern DASH_SUFFIX = Pattern.compile("[.,]-(?!\\s*\\d)");
  private static final Pattern PER_UNIT = Pattern.compile("(?:/|\\bper\\b).*$");
  private static final Pattern NEGOTIABLE =
      Pattern.compile("\\(?\\s*(?:bisa\\s+)?nego\\w*\\s*\\)?");
  private static final Pattern AMOUNT =
      Pattern.compile("([0-9][0-9., ]*?)\\s*(rb|ribu|k|jt|juta)?");

  /** One price ({@code max} null), a range, or none when the seller negotiates. */
  public record Price(Long min, Long max, boolean negotiable) {}

  private PriceText() {}

  public static FieldResult<Price> parse(String raw) {
    String text = TextValue.clean(raw);
    if (text == null) {
      return FieldResult.empty();
    }
    String t = text.toLowerCase(Locale.ROOT);
    Matcher nego = NEGOTIABLE.matcher(t);
    boolean negotiable = nego.find();
    t = NEGOTIABLE.matcher(t).replaceAll(" ");
    t = t.replace("harga", " ");
    t = RANGE_WORDS.matcher(t).replaceAll("-");
    t = CURRENCY.matcher(t).replaceAll(" ");
    t = DASH_SUFFIX.matcher(t).replaceAll(" ");
    t = PER_UNIT.matcher(t).replaceAll(" ").strip();
    if (t.isEmpty()) {
      return negotiable ? FieldResult.of(new Price(null, null, true)) : unreadable(text);
    }
    if (t.startsWith("-")) {
      return FieldResult.error("import.error.priceNegative", text);
    }
    String[] parts = t.split("\\s*-\\s*", -1);
    if (parts.length > 2) {
      return unreadable(text);
    }
    Matcher low = AMOUNT.matcher(parts[0].strip());
    if (!low.matches()) {
      return unreadable(text);
    }
    if (parts.length == 1) {
      BigDecimal value = amount(low.group(1), low.group(2));
      if (value == null) {
        return unreadable(text);
      }
      return checked(text, rupiah(value), null, negotiable);
    }
    Matcher high = AMOUNT.matcher(parts[1].strip());
    if (!high.matches()) {
      return unreadable(text);
    }
    BigDecimal max = amount(high.group(1), high.group(2));
    // "1-2 jt" and "25-100rb": the unit of the upper bound serves both, when the lower one alone
    // would be an implausibly small price.
    String lowUnit = low.group(2);
    BigDecimal bare = amount(low.group(1), null);
    if (lowUnit == null
        && high.group(2) != null
        && bare != null
        && bare.compareTo(BigDecimal.valueOf(1000)) < 0) {
      lowUnit = high.group(2);
    }
    BigDecimal min = amount(low.group(1), lowUnit);
    if (min == null || max == null) {
      return unreadable(text);
    }
    return checked(text, rupiah(min), rupiah(max), negotiable);
  }

  private static FieldResult<Price> checked(String text, long min, Long max, boolean negotiable) {
    long top = max == null ? min : max;
    if (min > MAX || top > MAX) {
      return FieldResult.error("import.error.priceTooHigh", text, MAX);
    }
    if (top == 0) {
      return FieldResult.error("import.error.priceZero", text);
    }
    if (max != null && max < min) {
      return FieldResult.error("import.error.priceRange", text);
    }
    return FieldResult.of(new Price(min, max == null || max == min ? null : max, negotiable));
  }

  /** A number with Indonesian or English separators, times its unit word; null when unreadable. */
  static BigDecimal amount(String number, String unit) {
    String digits = number.replace(" ", "");
    BigDecimal value = decimal(digits);
    if (value == null) {
      return null;
    }
    if (unit == null) {
      return value;
    }
    return switch (unit) {
      case "rb", "ribu", "k" -> value.multiply(BigDecimal.valueOf(1_000));
      default -> value.multiply(BigDecimal.valueOf(1_000_000));
    };
  }

  private static BigDecimal decimal(String s) {
    int dot = s.lastIndexOf('.');
    int comma = s.lastIndexOf(',');
    try {
      if (dot >= 0 && comma >= 0) {
        char decimalMark = dot > comma ? '.' : ',';
        char grouping = decimalMark == '.' ? ',' : '.';
        String whole = s.substring(0, Math.max(dot, comma));
        String fraction = s.substring(Math.max(dot, comma) + 1);
        if (whole.indexOf(decimalMark) >= 0 || !grouped(whole, grouping)) {
          return null;
        }
        return new BigDecimal(whole.replace(String.valueOf(grouping), "") + "." + fraction);
      }
      char mark = dot >= 0 ? '.' : comma >= 0 ? ',' : 0;
      if (mark == 0) {
        return new BigDecimal(s);
      }
      String[] groups = s.split(Pattern.quote(String.valueOf(mark)), -1);
      if (groups.length == 2 && groups[1].length() != 3) {
        return groups[1].length() <= 2 && !groups[1].isEmpty()
            ? new BigDecimal(groups[0] + "." + groups[1])
            : null;
      }
      return grouped(s, mark) ? new BigDecimal(s.replace(String.valueOf(mark), "")) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Whether {@code s} is digits grouped by threes with {@code mark} (or not grouped at all). */
  private static boolean grouped(String s, char mark) {
    String[] groups = s.split(Pattern.quote(String.valueOf(mark)), -1);
    if (groups[0].isEmpty() || groups[0].length() > 3 && groups.length > 1) {
      return false;
    }
    for (int i = 1; i < groups.length; i++) {
      if (groups[i].length() != 3) {
        return false;
      }
    }
    return true;
  }

  private static long rupiah(BigDecimal value) {
    BigDecimal whole = value.setScale(0, RoundingMode.HALF_UP);
    return whole.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 2)) > 0
        ? Long.MAX_VALUE / 2
        : whole.longValueExact();
  }

  private static FieldResult<Price> unreadable(String text) {
    return FieldResult.error("import.error.price", text);
  }
}
