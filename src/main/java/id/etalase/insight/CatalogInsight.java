package id.etalase.insight;

import id.etalase.curation.PublicationStatus;
import id.etalase.region.District;
import id.etalase.region.RegionRepository;
import id.etalase.tenant.CurrentTenant;
import id.etalase.tenant.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalog's figures: businesses by kecamatan, category and status, the shares with an NIB, a
 * halal and any valid certificate, and new registrations and publications month by month. Each is
 * one aggregate query with the tenant predicate spelt out (native SQL gets no tenant filter from
 * EclipseLink; row-level security stands behind it), so a regency of 100,000 businesses is counted
 * in the database, not in memory.
 *
 * <p>A registration is a new business record ({@code business.created_at}), of which those from the
 * public form also have a {@code business_registration}; a publication is a curation PUBLISH in the
 * audit log. Records an import or demo file wrote as published count as registrations only.
 */
@ApplicationScoped
public class CatalogInsight implements InsightSource {

  public static final String BY_DISTRICT = "insight.chart.byDistrict";
  public static final String BY_CATEGORY = "insight.chart.byCategory";
  public static final String BY_STATUS = "insight.chart.byStatus";
  public static final String REGISTRATIONS = "insight.chart.registrations";
  public static final String PUBLICATIONS = "insight.chart.publications";
  public static final String BUSINESSES = "insight.series.businesses";
  public static final String PUBLIC_FORM = "insight.series.publicForm";
  public static final String PUBLISHED = "insight.series.published";

  public static final String TOTAL = "insight.figure.businesses";
  public static final String PUBLISHED_NOW = "insight.figure.published";
  public static final String WITH_NIB = "insight.figure.withNib";
  public static final String WITH_HALAL = "insight.figure.withHalal";
  public static final String WITH_CERTIFICATE = "insight.figure.withCertificate";
  public static final String NEW_IN_PERIOD = "insight.figure.newInPeriod";
  public static final String PUBLISHED_IN_PERIOD = "insight.figure.publishedInPeriod";
  public static final String PRODUCTS_PUBLISHED = "insight.figure.productsPublished";

  /** The label of businesses without a kecamatan or category. */
  public static final String NONE = "-";

  @Inject private TenantEntityManager tenantEm;
  @Inject private CurrentTenant currentTenant;
  @Inject private RegionRepository regions;

  @Override
  public int order() {
    return 0;
  }

  @Override
  public Contribution contribute(InsightFilter filter) {
    long tenant = currentTenant.require().id();
    Connection c = tenantEm.connection();
    LocalDate today = LocalDate.now(InsightFilter.ZONE);
    String district = filter.districtCode();
    try {
      Map<String, String> districtNames = new LinkedHashMap<>();
      for (District d : regions.districtsOf(currentTenant.require().regencyCode())) {
        districtNames.put(d.getCode(), d.getName());
      }
      Map<String, Long> byDistrict = new LinkedHashMap<>();
      if (district == null) {
        districtNames.values().forEach(n -> byDistrict.put(n, 0L));
      } else {
        byDistrict.put(districtNames.getOrDefault(district, district), 0L);
      }
      Map<PublicationStatus, Long> byStatus = new EnumMap<>(PublicationStatus.class);
      for (PublicationStatus s : PublicationStatus.values()) {
        byStatus.put(s, 0L);
      }
      long total = 0;
      long nib = 0;
      long halal = 0;
      long certified = 0;
      try (PreparedStatement q =
          c.prepareStatement(
              "SELECT b.district_code, b.status, count(*), count(b.nib),"
                  + " count(*) FILTER (WHERE v.halal), count(v.business_id)"
                  + " FROM business b LEFT JOIN ("
                  + "   SELECT business_id, bool_or(kind = 'HALAL') AS halal"
                  + "   FROM business_certification WHERE tenant_id = ?"
                  + "   AND (expires_on IS NULL OR expires_on >= ?) GROUP BY business_id"
                  + " ) v ON v.business_id = b.id"
                  + " WHERE b.tenant_id = ?"
                  + (district == null ? "" : " AND b.district_code = ?")
                  + " GROUP BY b.district_code, b.status")) {
        q.setLong(1, tenant);
        q.setObject(2, today);
        q.setLong(3, tenant);
        if (district != null) {
          q.setString(4, district);
        }
        try (ResultSet r = q.executeQuery()) {
          while (r.next()) {
            String code = r.getString(1);
            String name = code == null ? NONE : districtNames.getOrDefault(code, code);
            long n = r.getLong(3);
            byDistrict.merge(name, n, Long::sum);
            byStatus.merge(PublicationStatus.valueOf(r.getString(2)), n, Long::sum);
            total += n;
            nib += r.getLong(4);
            halal += r.getLong(5);
            certified += r.getLong(6);
          }
        }
      }
      Map<String, Long> byCategory = byCategory(c, tenant, filter);
      OffsetDateTime start = filter.from().atStartOfDay(InsightFilter.ZONE).toOffsetDateTime();
      OffsetDateTime end =
          filter.to().plusDays(1).atStartOfDay(InsightFilter.ZONE).toOffsetDateTime();
      List<String> months = filter.months();
      List<Long> created =
          MonthlyCounts.of(
              c,
              months,
              "SELECT to_char(b.created_at AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM'), count(*)"
                  + " FROM business b WHERE b.tenant_id = ?"
                  + " AND b.created_at >= ? AND b.created_at < ?",
              tenant,
              start,
              end,
              district);
      List<Long> viaForm =
          MonthlyCounts.of(
              c,
              months,
              "SELECT to_char(r.registered_at AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM'), count(*)"
                  + " FROM business_registration r JOIN business b"
                  + " ON b.tenant_id = r.tenant_id AND b.id = r.business_id"
                  + " WHERE r.tenant_id = ? AND r.registered_at >= ? AND r.registered_at < ?",
              tenant,
              start,
              end,
              district);
      List<Long> published =
          MonthlyCounts.of(
              c,
              months,
              "SELECT to_char(a.at AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM'), count(*)"
                  + " FROM audit_entry a JOIN business b"
                  + " ON b.tenant_id = a.tenant_id AND b.id = a.record_id"
                  + " WHERE a.tenant_id = ? AND a.at >= ? AND a.at < ?"
                  + " AND a.record_type = 'Business' AND a.action = 'PUBLISH'",
              tenant,
              start,
              end,
              district);
      long newInPeriod = created.stream().mapToLong(Long::longValue).sum();
      long publishedInPeriod = published.stream().mapToLong(Long::longValue).sum();
      List<Figure> figures =
          List.of(
              Figure.count(TOTAL, total),
              Figure.share(PUBLISHED_NOW, byStatus.get(PublicationStatus.PUBLISHED), total),
              Figure.share(WITH_NIB, nib, total),
              Figure.share(WITH_HALAL, halal, total),
              Figure.share(WITH_CERTIFICATE, certified, total),
              Figure.count(NEW_IN_PERIOD, newInPeriod),
              Figure.count(PUBLISHED_IN_PERIOD, publishedInPeriod));
      List<Chart> charts =
          List.of(
              one(BY_DISTRICT, "kecamatan", Chart.Kind.BAR, null, byDistrict),
              one(BY_CATEGORY, "kategori", Chart.Kind.BAR, null, byCategory),
              new Chart(
                  BY_STATUS,
                  "status",
                  Chart.Kind.PIE,
                  "status.",
                  byStatus.keySet().stream().map(Enum::name).toList(),
                  List.of(new Chart.Series(BUSINESSES, List.copyOf(byStatus.values())))),
              new Chart(
                  REGISTRATIONS,
                  "pendaftaran",
                  Chart.Kind.LINE,
                  null,
                  months,
                  List.of(
                      new Chart.Series(BUSINESSES, created),
                      new Chart.Series(PUBLIC_FORM, viaForm))),
              new Chart(
                  PUBLICATIONS,
                  "penayangan",
                  Chart.Kind.LINE,
                  null,
                  months,
                  List.of(new Chart.Series(PUBLISHED, published))));
      return new Contribution(figures, charts);
    } catch (SQLException e) {
      throw new PersistenceException("The catalog's figures could not be counted", e);
    }
  }

  /**
   * Businesses by the category of their products: a business with products in two categories counts
   * in both, so the bars add up to more than the businesses. Largest first.
   */
  private Map<String, Long> byCategory(Connection c, long tenant, InsightFilter filter)
      throws SQLException {
    String name = "en".equals(filter.language()) ? "COALESCE(k.name_en, k.name)" : "k.name";
    Map<String, Long> result = new LinkedHashMap<>();
    // Distinct (category, business) pairs first: an index-only scan of
    // product_tenant_category_business_idx, then a few category names.
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT "
                + name
                + ", count(*) AS n FROM (SELECT DISTINCT p.category_id, p.business_id"
                + " FROM product p"
                + (filter.districtCode() == null
                    ? ""
                    : " JOIN business b ON b.tenant_id = p.tenant_id AND b.id = p.business_id"
                        + " AND b.district_code = ?")
                + " WHERE p.tenant_id = ?) d"
                + " LEFT JOIN category k ON k.tenant_id = ? AND k.id = d.category_id"
                + " GROUP BY 1 ORDER BY n DESC, 1")) {
      int at = 1;
      if (filter.districtCode() != null) {
        q.setString(at++, filter.districtCode());
      }
      q.setLong(at++, tenant);
      q.setLong(at, tenant);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          result.merge(r.getString(1) == null ? NONE : r.getString(1), r.getLong(2), Long::sum);
        }
      }
    }
    return result;
  }

  private static Chart one(
      String key, String sheet, Chart.Kind kind, String prefix, Map<String, Long> counts) {
    return new Chart(
        key,
        sheet,
        kind,
        prefix,
        List.copyOf(counts.keySet()),
        List.of(new Chart.Series(BUSINESSES, List.copyOf(counts.values()))));
  }

  @Override
  public List<Figure> keyFigures() {
    long tenant = currentTenant.require().id();
    LocalDate today = LocalDate.now(InsightFilter.ZONE);
    try (PreparedStatement q =
        tenantEm
            .connection()
            .prepareStatement(
                "SELECT count(*), count(b.nib), count(*) FILTER (WHERE v.halal),"
                    + " (SELECT count(*) FROM product p WHERE p.tenant_id = ?"
                    + "  AND p.status = 'PUBLISHED')"
                    + " FROM business b LEFT JOIN ("
                    + "   SELECT business_id, bool_or(kind = 'HALAL') AS halal"
                    + "   FROM business_certification WHERE tenant_id = ?"
                    + "   AND (expires_on IS NULL OR expires_on >= ?) GROUP BY business_id"
                    + " ) v ON v.business_id = b.id"
                    + " WHERE b.tenant_id = ? AND b.status = 'PUBLISHED'")) {
      q.setLong(1, tenant);
      q.setLong(2, tenant);
      q.setObject(3, today);
      q.setLong(4, tenant);
      try (ResultSet r = q.executeQuery()) {
        r.next();
        long published = r.getLong(1);
        return List.of(
            Figure.count(PUBLISHED_NOW, published),
            Figure.count(PRODUCTS_PUBLISHED, r.getLong(4)),
            Figure.share(WITH_NIB, r.getLong(2), published),
            Figure.share(WITH_HALAL, r.getLong(3), published));
      }
    } catch (SQLException e) {
      throw new PersistenceException("The catalog's key counts could not be counted", e);
    }
  }
}
