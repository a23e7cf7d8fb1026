package id.etalase.web.consoles.common;

import id.etalase.business.BusinessService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings of the consoles' location picker. The tile server must also be allowed in the
 * Content-Security-Policy's {@code img-src} (web.xml), which names OpenStreetMap's by default.
 */
@Named
@RequestScoped
public class LocationMap {

  /** The middle of Indonesia, for a tenant that has no located business yet. */
  private static final String INDONESIA = "-2.5,118,5";

  @Inject
  @ConfigProperty(
      name = "etalase.map.tiles",
      defaultValue = "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
  private String tiles;

  @Inject
  @ConfigProperty(name = "etalase.map.attribution", defaultValue = "© OpenStreetMap")
  private String attribution;

  @Inject private BusinessService businesses;

  public String getTiles() {
    return tiles;
  }

  public String getAttribution() {
    return attribution;
  }

  /** Where a map without coordinates starts: "latitude,longitude,zoom". */
  public String getCentre() {
    return businesses
        .averageLocation()
        .map(c -> format(c[0]) + "," + format(c[1]) + ",11")
        .orElse(INDONESIA);
  }

  static String format(BigDecimal value) {
    return value.setScale(5, RoundingMode.HALF_UP).toPlainString();
  }
}
