package id.etalase.importing;

import java.util.regex.Pattern;

/**
 * Spreadsheet formula injection, both ways. On export, a cell that a spreadsheet would take for a
 * formula ({@code =}, {@code +}, {@code -}, {@code @}, tab, carriage return first) gets a leading
 * apostrophe, as OWASP advises. On import, cells are never evaluated, but a name or description
 * that is a formula ({@code =HYPERLINK(...)}, a DDE call such as {@code =cmd|' /C calc'!A0}) is
 * refused, so that it cannot reach someone else's spreadsheet through a later export.
 */
public final class FormulaGuard {

  private static final Pattern FUNCTION_CALL = Pattern.compile("^[+\\-@]\\s*[A-Za-z_.]+\\(.*");
  private static final Pattern PLAIN_NUMBER = Pattern.compile("^[+-]?[0-9]+([.,][0-9]+)?$");
  private static final Pattern DDE = Pattern.compile("^[+\\-@=].*[|!].*");

  private FormulaGuard() {}

  /**
   * Whether a spreadsheet opening this text would treat it as a formula. A plain number such as a
   * latitude of {@code -7.98} is read as a number, not a formula, and stays as it is.
   */
  public static boolean startsLikeFormula(String text) {
    if (text == null || text.isEmpty() || PLAIN_NUMBER.matcher(text).matches()) {
      return false;
    }
    char first = text.charAt(0);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }

  /** The text to write into an exported CSV or XLSX cell. */
  public static String escape(String text) {
    return startsLikeFormula(text) ? "'" + text : text;
  }

  /**
   * Whether an imported cell is a formula rather than text. A leading minus or plus alone is not
   * enough: "- kain batik" is a list item, "+62 812..." a phone number.
   */
  public static boolean isFormula(String cell) {
    if (cell == null) {
      return false;
    }
    String text = cell.strip();
    return text.startsWith("=")
        || FUNCTION_CALL.matcher(text).matches()
        || DDE.matcher(text).matches();
  }
}
