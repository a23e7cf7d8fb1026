package id.etalase.web.site;

import id.etalase.catalog.Category;
import id.etalase.cluster.Cluster;
import id.etalase.cluster.ClusterService;
import id.etalase.map.MapMarkers;
import id.etalase.region.District;
import id.etalase.tenant.CurrentTenant;
import id.etalase.web.CurrentLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * {@code /{slug}/peta}: the map of the tenant's located businesses. The page carries the filters
 * (kecamatan and category, with names in the visitor's language) and where to start; the markers
 * come from {@code /peta/usaha.json}, which the page's script loads and filters. {@code
 * ?kecamatan=<slug>} selects a kecamatan and fits the map to it, {@code ?sentra=<slug>} centres on
 * a published cluster; anything else is 404, so the page cache keeps only real variants.
 */
@Named
@RequestScoped
public class MapBacking {

  /** How close a cluster's map starts: a village's streets. */
  private static final int CLUSTER_ZOOM = 15;

  @Inject private MapMarkers markers;
  @Inject private ClusterService clusters;
  @Inject private HttpServletRequest request;
  @Inject private CurrentTenant currentTenant;
  @Inject private CurrentLanguage language;
  @Inject private SiteLinks links;

  private MapMarkers.Choices choices;
  private String district;
  private String category;
  private String centre;

  public void load() throws IOException {
    choices = markers.choices();
    district = request.getParameter("kecamatan");
    category = request.getParameter("kategori");
    String cluster = request.getParameter("sentra");
    boolean known =
        (district == null
                || choices.districts().stream().anyMatch(d -> d.getSlug().equals(district)))
            && (category == null
                || choices.categories().stream().anyMatch(c -> c.getSlug().equals(category)));
    if (cluster != null) {
      Optional<Cluster> found =
          cluster.length() > 120 ? Optional.empty() : clusters.publishedBySlug(cluster);
      known &= found.isPresent() && found.get().getLatitude() != null;
      centre =
          found
              .filter(c -> c.getLatitude() != null && c.getLongitude() != null)
              .map(
                  c ->
                      format(c.getLatitude()) + "," + format(c.getLongitude()) + "," + CLUSTER_ZOOM)
              .orElse(null);
    }
    if (!known) {
      NotFound.send();
    }
  }

  public List<District> getDistricts() {
    return choices.districts();
  }

  public List<Category> getCategories() {
    return choices.categories();
  }

  public String categoryName(Category c) {
    return c.name(language.getCode());
  }

  public String getDistrict() {
    return district;
  }

  public String getCategory() {
    return category;
  }

  /** "latitude,longitude,zoom" for a cluster; null to fit the markers. */
  public String getCentre() {
    return centre;
  }

  public String getMarkersUrl() {
    return currentTenant.link("/peta/usaha.json");
  }

  public String getCanonicalUrl() {
    return links.canonical("/peta");
  }

  private static String format(BigDecimal value) {
    return value.setScale(5, RoundingMode.HALF_UP).toPlainString();
  }
}
