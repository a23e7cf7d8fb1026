package id.etalase.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Rupiah as the reader's language writes numbers, from the message bundles' patterns: the public
 * pages, the order pages and the printed catalog say prices the same way.
 */
public final class Rupiah {

  private Rupiah() {}

  /** "Rp25.000" in Indonesian, "Rp25,000" in English (the bundle's {@code site.price.amount}). */
  public static String amount(ResourceBundle bundle, Locale locale, long amount) {
    return new MessageFormat(bundle.getString("site.price.amount"), locale)
        .format(new Object[] {amount});
  }

  /**
   * A product's price: "Rp450.000", "Rp450.000 – Rp750.000" (with {@code dash} between), or the
   * bundle's "Harga nego" / "Price on request" when it has none.
   */
  public static String price(
      ResourceBundle bundle, Locale locale, Long min, Long max, String dash) {
    if (min == null) {
      return bundle.getString("site.price.negotiable");
    }
    String text = amount(bundle, locale, min);
    return max == null ? text : text + dash + amount(bundle, locale, max);
  }
}
