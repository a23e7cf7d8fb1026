package id.etalase.map;

import id.etalase.business.BusinessRepository;
import id.etalase.catalog.Category;
import id.etalase.catalog.CategoryRepository;
import id.etalase.region.District;
import id.etalase.region.RegionRepository;
import id.etalase.tenant.CurrentTenant;
import id.etalase.tenant.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The markers of the public map ({@code /{slug}/peta}): every published business of the current
 * tenant that has a location, as compact JSON the page loads once and filters itself. A marker is
 * an array, not an object, and names its kecamatan and categories by their index in two lists, so
 * 20,000 businesses stay well under a megabyte gzipped (docs/benchmarks.md). The lists hold slugs
 * only, so one file serves both languages; the page carries the names.
 *
 * <pre>{"kecamatan":["tamanan",…],"kategori":["batik",…],
 *  "usaha":[["slug","Name",-7.91234,113.82345,0,[1,3]],…]}</pre>
 *
 * Native SQL (a plain projection of 20,000 rows, without loading entities) that names {@code
 * tenant_id} itself, with row-level security behind it.
 */
@ApplicationScoped
@Transactional
public class MapMarkers {

  /** A filter by kecamatan and category slug; null matches all. */
  public record Filter(String district, String category) {
    public static final Filter NONE = new Filter(null, null);
  }

  @Inject private TenantEntityManager tenantEm;
  @Inject private CurrentTenant currentTenant;
  @Inject private RegionRepository regions;
  @Inject private CategoryRepository categories;
  @Inject private BusinessRepository businesses;

  /**
   * The JSON for the filter, or empty when it names a kecamatan or category that does not exist.
   */
  public Optional<byte[]> json(Filter filter) {
    long tenantId = currentTenant.require().id();
    Map<String, String> districtSlugs = new HashMap<>();
    for (District d : regions.districtsOf(currentTenant.require().regencyCode())) {
      districtSlugs.put(d.getCode(), d.getSlug());
    }
    Map<Long, String> roots = rootSlugs(categories.findAll());
    if ((filter.district() != null && !districtSlugs.containsValue(filter.district()))
        || (filter.category() != null && !roots.containsValue(filter.category()))) {
      return Optional.empty();
    }
    Connection connection = tenantEm.connection();
    try {
      Map<Long, Set<String>> categoriesOf = categoriesOf(connection, tenantId, roots);
      Map<String, Integer> districtIndex = new LinkedHashMap<>();
      Map<String, Integer> categoryIndex = new LinkedHashMap<>();
      StringBuilder markers = new StringBuilder(128 * 1024);
      try (PreparedStatement statement =
          connection.prepareStatement(
              "SELECT id, slug, name, latitude, longitude, district_code FROM business"
                  + " WHERE tenant_id = ? AND status = 'PUBLISHED'"
                  + " AND latitude IS NOT NULL AND longitude IS NOT NULL ORDER BY id")) {
        statement.setLong(1, tenantId);
        statement.setFetchSize(2000);
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            String district = districtSlugs.get(rows.getString(6));
            Set<String> cats = categoriesOf.getOrDefault(rows.getLong(1), Set.of());
            if ((filter.district() != null && !filter.district().equals(district))
                || (filter.category() != null && !cats.contains(filter.category()))) {
              continue;
            }
            markers.append(markers.isEmpty() ? "" : ",").append('[');
            string(markers, rows.getString(2)).append(',');
            string(markers, rows.getString(3)).append(',');
            markers.append(coordinate(rows.getBigDecimal(4))).append(',');
            markers.append(coordinate(rows.getBigDecimal(5))).append(',');
            markers.append(district == null ? -1 : index(districtIndex, district)).append(",[");
            boolean first = true;
            for (String c : cats) {
              markers.append(first ? "" : ",").append(index(categoryIndex, c));
              first = false;
            }
            markers.append("]]");
          }
        }
      }
      StringBuilder json = new StringBuilder(markers.length() + 4096);
      json.append("{\"kecamatan\":");
      list(json, districtIndex.keySet());
      json.append(",\"kategori\":");
      list(json, categoryIndex.keySet());
      json.append(",\"usaha\":[").append(markers).append("]}");
      return Optional.of(json.toString().getBytes(StandardCharsets.UTF_8));
    } catch (SQLException e) {
      throw new PersistenceException("Could not read the map's markers", e);
    }
  }

  /** The top-level category slug of each category id (a subcategory counts as its root). */
  private static Map<Long, String> rootSlugs(List<Category> all) {
    Map<Long, String> roots = new HashMap<>();
    for (Category c : all) {
      Category root = c;
      for (int depth = 0; root.getParent() != null && depth < 10; depth++) {
        root = root.getParent();
      }
      roots.put(c.getId(), root.getSlug());
    }
    return roots;
  }

  /** The root categories of each business's published products, sorted for a stable file. */
  private static Map<Long, Set<String>> categoriesOf(
      Connection connection, long tenantId, Map<Long, String> roots) throws SQLException {
    Map<Long, Set<String>> of = new HashMap<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT DISTINCT business_id, category_id FROM product"
                + " WHERE tenant_id = ? AND status = 'PUBLISHED' AND category_id IS NOT NULL")) {
      statement.setLong(1, tenantId);
      statement.setFetchSize(5000);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          String root = roots.get(rows.getLong(2));
          if (root != null) {
            of.computeIfAbsent(rows.getLong(1), b -> new TreeSet<>()).add(root);
          }
        }
      }
    }
    return of;
  }

  private static int index(Map<String, Integer> indices, String slug) {
    return indices.computeIfAbsent(slug, s -> indices.size());
  }

  /** Five decimals: about a metre, as precise as a phone's location. */
  static String coordinate(BigDecimal value) {
    return value.setScale(5, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  private static void list(StringBuilder json, java.util.Collection<String> slugs) {
    json.append('[');
    boolean first = true;
    for (String s : slugs) {
      if (!first) {
        json.append(',');
      }
      string(json, s);
      first = false;
    }
    json.append(']');
  }

  /** A JSON string; {@code <} is escaped too, so the text never closes a script element. */
  static StringBuilder string(StringBuilder json, String value) {
    json.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '<' -> json.append("\\u003c");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"');
  }

  /** What the page offers to filter by: kecamatan with a published business, root categories. */
  public record Choices(List<District> districts, List<Category> categories) {}

  public Choices choices() {
    Set<String> used = new java.util.HashSet<>(businesses.findPublishedDistrictCodes());
    List<District> districts =
        regions.districtsOf(currentTenant.require().regencyCode()).stream()
            .filter(d -> used.contains(d.getCode()))
            .toList();
    List<Category> roots = new ArrayList<>();
    for (Category c : categories.findAll()) {
      if (c.getParent() == null) {
        roots.add(c);
      }
    }
    return new Choices(districts, roots);
  }
}
