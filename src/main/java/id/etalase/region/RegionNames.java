package id.etalase.region;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns official area names into URL names: "Jambesari Darus Sholah" becomes
 * "jambesari-darus-sholah".
 */
public final class RegionNames {

  private RegionNames() {}

  public static String slug(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
