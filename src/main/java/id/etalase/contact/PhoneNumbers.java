package id.etalase.contact;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/**
 * Indonesian phone and WhatsApp numbers, as people type them ({@code 0812-3456-7890}, {@code +62
 * 812 3456 7890}, {@code 62812...}), normalised to E.164 ({@code +6281234567890}) with
 * libphonenumber. Anything that is not a valid Indonesian number is refused, never guessed.
 */
public final class PhoneNumbers {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final String INDONESIA = "ID";
  private static final int MAX_INPUT = 40;

  private PhoneNumbers() {}

  /** A valid Indonesian number of any kind, in E.164; empty when the input is not one. */
  public static Optional<String> normalise(String input) {
    return parse(input).map(n -> UTIL.format(n, PhoneNumberFormat.E164));
  }

  /**
   * A number WhatsApp can reach: a valid Indonesian mobile number, in E.164; empty otherwise.
   * Landlines (such as {@code 0332 421 234}) are refused.
   */
  public static Optional<String> normaliseMobile(String input) {
    return parse(input)
        .filter(
            n -> {
              PhoneNumberType type = UTIL.getNumberType(n);
              return type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE;
            })
        .map(n -> UTIL.format(n, PhoneNumberFormat.E164));
  }

  /** For display: {@code +62 812-3456-7890}. */
  public static String display(String e164) {
    return parse(e164).map(n -> UTIL.format(n, PhoneNumberFormat.INTERNATIONAL)).orElse(e164);
  }

  private static Optional<PhoneNumber> parse(String input) {
    if (input == null || input.isBlank() || input.length() > MAX_INPUT) {
      return Optional.empty();
    }
    String text = input.strip();
    // "62812..." without the plus is common in Indonesia; without it the 62 would be read as
    // digits.
    if (text.startsWith("62")) {
      text = "+" + text;
    }
    try {
      PhoneNumber number = UTIL.parse(text, INDONESIA);
      return UTIL.isValidNumberForRegion(number, INDONESIA)
          ? Optional.of(number)
          : Optional.empty();
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }
}
