package id.etalase.importing;

/**
 * The Nomor Induk Berusaha from OSS: 13 digits. People write it grouped with spaces, dots or
 * dashes, which are dropped; anything else is refused.
 */
public final class Nib {

  private Nib() {}

  public static FieldResult<String> parse(String raw) {
    String text = TextValue.clean(raw);
    if (text == null) {
      return FieldResult.empty();
    }
    String digits = text.replaceAll("[\\s.\\-]", "");
    if (!digits.matches("[0-9]{13}")) {
      return FieldResult.error("import.error.nib", text);
    }
    return FieldResult.of(digits);
  }
}
