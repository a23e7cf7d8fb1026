package id.etalase.web.site;

import id.etalase.catalog.Product;
import id.etalase.contact.PhoneNumbers;
import id.etalase.media.Photo;
import id.etalase.tenant.CurrentTenant;
import id.etalase.web.CurrentLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** Formatting the public pages share: prices in rupiah, phone numbers, photo URLs. */
@Named
@RequestScoped
public class SiteFormat {

  @Inject private CurrentTenant currentTenant;
  @Inject private CurrentLanguage language;

  /** "Rp450.000", "Rp450.000 – Rp750.000", or "Harga nego". */
  public String price(Product p) {
    NumberFormat rupiah = NumberFormat.getIntegerInstance(Locale.forLanguageTag("id-ID"));
    if (p.getPriceMin() == null) {
      return bundle().getString("site.price.negotiable");
    }
    String text = "Rp" + rupiah.format(p.getPriceMin());
    if (p.getPriceMax() != null) {
      text += " – Rp" + rupiah.format(p.getPriceMax());
    }
    return text;
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
