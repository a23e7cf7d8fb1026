package id.etalase.web.site;

import id.etalase.catalog.Product;
import id.etalase.common.Rupiah;
import id.etalase.contact.PhoneNumbers;
import id.etalase.media.Photo;
import id.etalase.tenant.CurrentTenant;
import id.etalase.web.CurrentLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** Formatting the public pages share: prices in rupiah, phone numbers, photo URLs. */
@Named
@RequestScoped
public class SiteFormat {

  @Inject private CurrentTenant currentTenant;
  @Inject private CurrentLanguage language;

  /**
   * "Rp450.000", "Rp450.000 – Rp750.000", or "Harga nego"; in English "Rp450,000 – Rp750,000" or
   * "Price on request".
   */
  public String price(Product p) {
    return Rupiah.price(bundle(), language.getLocale(), p.getPriceMin(), p.getPriceMax(), " – ");
  }

  /** An amount of rupiah in the visitor's language: order totals and lines. */
  public String amount(long amount) {
    return Rupiah.amount(bundle(), language.getLocale(), amount);
  }

  /**
   * A price facet's label from its rupiah bounds ({@code to} excluded, null for none): see {@link
   * #priceRange(ResourceBundle, Locale, long, Long)}.
   */
  public String priceRange(long from, Long to) {
    return priceRange(bundle(), language.getLocale(), from, to);
  }

  /**
   * "di bawah Rp25.000" (from nothing), "Rp25.000–Rp100.000", "Rp500.000 ke atas" (no upper bound),
   * and the English "under Rp25,000", "Rp25,000–Rp100,000", "Rp500,000 and above".
   */
  static String priceRange(ResourceBundle bundle, Locale locale, long from, Long to) {
    String key;
    Object[] amounts;
    if (to == null) {
      key = "site.price.from";
      amounts = new Object[] {Rupiah.amount(bundle, locale, from)};
    } else if (from <= 0) {
      key = "site.price.under";
      amounts = new Object[] {Rupiah.amount(bundle, locale, to)};
    } else {
      key = "site.price.range";
      amounts =
          new Object[] {Rupiah.amount(bundle, locale, from), Rupiah.amount(bundle, locale, to)};
    }
    return new MessageFormat(bundle.getString(key), locale).format(amounts);
  }

  public String phone(String e164) {
    return e164 == null ? null : PhoneNumbers.display(e164);
  }

  /** The URL of one width of a photo, under the tenant's own path. */
  public String photo(Photo photo, int width) {
    int w = photo.getWidths().stream().filter(x -> x >= width).findFirst().orElse(largest(photo));
    return currentTenant.link("/foto/") + photo.fileName(w);
  }

  /** A srcset of every width made, so phones download the smallest that fits. */
  public String srcset(Photo photo) {
    return photo.getWidths().stream()
        .map(w -> currentTenant.link("/foto/") + photo.fileName(w) + " " + w + "w")
        .collect(Collectors.joining(", "));
  }

  private static int largest(Photo photo) {
    return photo.getWidths().get(photo.getWidths().size() - 1);
  }

  private ResourceBundle bundle() {
    return ResourceBundle.getBundle("id.etalase.i18n.messages", language.getLocale());
  }
}
