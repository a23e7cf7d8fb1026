package id.etalase.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.etalase.common.Rupiah;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Rupiah as each language writes it, and the price facet's labels read from the bundles. */
class SiteFormatTest {

  private static final Locale ID = Locale.forLanguageTag("id");
  private static final Locale EN = Locale.ENGLISH;

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle("id.etalase.i18n.messages", locale);
  }

  @Test
  void rupiahIsGroupedWithDotsInIndonesianAndCommasInEnglish() {
    assertEquals("Rp25.000", Rupiah.amount(bundle(ID), ID, 25_000));
    assertEquals("Rp1.250.000", Rupiah.amount(bundle(ID), ID, 1_250_000));
    assertEquals("Rp500", Rupiah.amount(bundle(ID), ID, 500));
    assertEquals("Rp25,000", Rupiah.amount(bundle(EN), EN, 25_000));
    assertEquals("Rp1,250,000", Rupiah.amount(bundle(EN), EN, 1_250_000));
  }

  @Test
  void priceFacetLabelsInIndonesian() {
    ResourceBundle id = bundle(ID);
    assertEquals("di bawah Rp25.000", SiteFormat.priceRange(id, ID, 0, 25_000L));
    assertEquals("Rp25.000–Rp100.000", SiteFormat.priceRange(id, ID, 25_000, 100_000L));
    assertEquals("Rp100.000–Rp500.000", SiteFormat.priceRange(id, ID, 100_000, 500_000L));
    assertEquals("Rp500.000 ke atas", SiteFormat.priceRange(id, ID, 500_000, null));
  }

  @Test
  void priceFacetLabelsInEnglish() {
    ResourceBundle en = bundle(EN);
    assertEquals("under Rp25,000", SiteFormat.priceRange(en, EN, 0, 25_000L));
    assertEquals("Rp25,000–Rp100,000", SiteFormat.priceRange(en, EN, 25_000, 100_000L));
    assertEquals("Rp500,000 and above", SiteFormat.priceRange(en, EN, 500_000, null));
  }
}
