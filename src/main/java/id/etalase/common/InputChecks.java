package id.etalase.common;

import id.etalase.contact.PhoneNumbers;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks and normalises the fields of one input, collecting every problem instead of stopping at
 * the first. Each method returns the cleaned value (stripped, normalised, or null when blank).
 */
public final class InputChecks {

  public static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";
  private static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

  private final List<Problem> problems = new ArrayList<>();

  public void problem(String field, String key, Object... arguments) {
    problems.add(new Problem(field, key, List.of(arguments)));
  }

  /** Optional text of at most {@code max} characters. */
  public String text(String field, String value, int max) {
    String v = clean(value);
    if (v != null && v.length() > max) {
      problem(field, "problem.tooLong", max);
    }
    return v;
  }

  /** Required text of at most {@code max} characters. */
  public String required(String field, String value, int max) {
    String v = text(field, value, max);
    if (v == null) {
      problem(field, "problem.required");
    }
    return v;
  }

  public String slug(String field, String value) {
    String v = clean(value);
    if (v == null || v.length() > 120 || !v.matches(SLUG)) {
      problem(field, "problem.slug", String.valueOf(value));
    }
    return v;
  }

  /** A phone number, normalised to E.164, or null when blank. */
  public String phone(String field, String value) {
    String v = clean(value);
    if (v == null) {
      return null;
    }
    return PhoneNumbers.normalise(v).orElseGet(() -> fail(field, "problem.phone", v));
  }

  /** A number WhatsApp can reach (mobile), normalised to E.164, or null when blank. */
  public String whatsapp(String field, String value) {
    String v = clean(value);
    if (v == null) {
      return null;
    }
    return PhoneNumbers.normaliseMobile(v).orElseGet(() -> fail(field, "problem.whatsapp", v));
  }

  public String email(String field, String value) {
    String v = clean(value);
    if (v != null && (v.length() > 254 || !v.matches(EMAIL))) {
      return fail(field, "problem.email", v);
    }
    return v == null ? null : v.toLowerCase(Locale.ROOT);
  }

  /** An http or https URL of at most 500 characters. */
  public String url(String field, String value) {
    String v = clean(value);
    if (v == null) {
      return null;
    }
    try {
      URI uri = new URI(v);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (v.length() > 500
          || uri.getHost() == null
          || !(scheme.equals("http") || scheme.equals("https"))) {
        return fail(field, "problem.url", v);
      }
      return v;
    } catch (URISyntaxException e) {
      return fail(field, "problem.url", v);
    }
  }

  public BigDecimal coordinate(String field, BigDecimal value, int limit) {
    if (value != null && value.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
      problem(field, "problem.coordinate", value, limit);
      return null;
    }
    return value == null ? null : value.setScale(6, java.math.RoundingMode.HALF_UP);
  }

  public Integer range(String field, Integer value, int min, int max) {
    if (value != null && (value < min || value > max)) {
      problem(field, "problem.range", value, min, max);
      return null;
    }
    return value;
  }

  public List<Problem> problems() {
    return List.copyOf(problems);
  }

  /** Throws {@link InvalidInputException} when any problem was found. */
  public void verify() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private <T> T fail(String field, String key, Object argument) {
    problem(field, key, argument);
    return null;
  }

  private static String clean(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    return v.isEmpty() ? null : v;
  }
}
