package id.etalase.traffic;

import id.etalase.access.Access;
import id.etalase.access.ConsoleUser;
import id.etalase.tenant.CurrentTenant;
import id.etalase.tenant.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The counters as the government dashboard reads them: leads by channel and views per day, and the
 * products and businesses most viewed or most contacted, in a period and optionally one kecamatan.
 * Only the current tenant's staff may ask, and only of their own tenant: every query names the
 * tenant, with row-level security behind it. A product's leads also count for its business.
 */
@ApplicationScoped
@Transactional
public class TrafficReport {

  /** The longest period one question may cover: two years of days. */
  static final long LONGEST_PERIOD_DAYS = 731;

  static final int MOST_RANKED = 100;

  public enum Measure {
    VIEWS,
    LEADS
  }

  public record DailyLeads(LocalDate day, Channel channel, long clicks) {}

  public record DailyViews(LocalDate day, Subject subject, long views) {}

  /**
   * A product or business and its count in the period.
   *
   * @param business the name of a product's business; null for a business
   */
  public record Ranked(long id, String slug, String name, String business, long count) {}

  @Inject private Access access;
  @Inject private CurrentTenant currentTenant;
  @Inject private TenantEntityManager tenantEm;

  /** Clicks per day and channel, days in order; days without clicks are absent. */
  public List<DailyLeads> leadsPerDay(
      ConsoleUser actor, LocalDate from, LocalDate to, String districtCode) {
    access.staff(actor);
    List<DailyLeads> result = new ArrayList<>();
    query(
        "SELECT day, channel, sum(clicks) FROM traffic_lead WHERE tenant_id = ?"
            + " AND day BETWEEN ? AND ? AND (?::varchar IS NULL OR district_code = ?)"
            + " GROUP BY day, channel ORDER BY day, channel",
        from,
        to,
        districtCode,
        0,
        rows ->
            result.add(
                new DailyLeads(
                    rows.getDate(1).toLocalDate(),
                    Channel.valueOf(rows.getString(2)),
                    rows.getLong(3))));
    return result;
  }

  /** Views per day and kind of page, days in order. */
  public List<DailyViews> viewsPerDay(
      ConsoleUser actor, LocalDate from, LocalDate to, String districtCode) {
    access.staff(actor);
    List<DailyViews> result = new ArrayList<>();
    query(
        "SELECT day, subject, sum(views) FROM traffic_view WHERE tenant_id = ?"
            + " AND day BETWEEN ? AND ? AND (?::varchar IS NULL OR district_code = ?)"
            + " GROUP BY day, subject ORDER BY day, subject",
        from,
        to,
        districtCode,
        0,
        rows ->
            result.add(
                new DailyViews(
                    rows.getDate(1).toLocalDate(),
                    Subject.valueOf(rows.getString(2)),
                    rows.getLong(3))));
    return result;
  }

  /** The products with the most views or leads in the period, most first. */
  public List<Ranked> topProducts(
      ConsoleUser actor,
      LocalDate from,
      LocalDate to,
      String districtCode,
      Measure measure,
      int limit) {
    access.staff(actor);
    return ranked(topProductsSql(measure), from, to, districtCode, limit);
  }

  /** The ranking of products: parameters as {@link #query} names them. */
  static String topProductsSql(Measure measure) {
    String counts =
        measure == Measure.VIEWS
            ? "SELECT record_id AS id, sum(views) AS n FROM traffic_view"
            : "SELECT record_id AS id, sum(clicks) AS n FROM traffic_lead";
    return "SELECT p.id, p.slug, p.name, b.name, c.n FROM ("
        + counts
        + " WHERE tenant_id = ? AND subject = 'PRODUCT' AND day BETWEEN ? AND ?"
        + " AND (?::varchar IS NULL OR district_code = ?) GROUP BY record_id) c"
        + " JOIN product p ON p.tenant_id = ? AND p.id = c.id"
        + " JOIN business b ON b.tenant_id = p.tenant_id AND b.id = p.business_id"
        + " ORDER BY c.n DESC, p.id LIMIT ?";
  }

  /**
   * The businesses with the most views of their page, or the most leads (from their page, their
   * products' pages and their web links), in the period, most first.
   */
  public List<Ranked> topBusinesses(
      ConsoleUser actor,
      LocalDate from,
      LocalDate to,
      String districtCode,
      Measure measure,
      int limit) {
    access.staff(actor);
    return ranked(topBusinessesSql(measure), from, to, districtCode, limit);
  }

  /** The ranking of businesses: parameters as {@link #query} names them. */
  static String topBusinessesSql(Measure measure) {
    String counts =
        measure == Measure.VIEWS
            ? "SELECT business_id AS id, sum(views) AS n FROM traffic_view"
                + " WHERE tenant_id = ? AND subject = 'BUSINESS'"
            : "SELECT business_id AS id, sum(clicks) AS n FROM traffic_lead"
                + " WHERE tenant_id = ? AND business_id IS NOT NULL";
    return "SELECT b.id, b.slug, b.name, NULL::text, c.n FROM ("
        + counts
        + " AND day BETWEEN ? AND ? AND (?::varchar IS NULL OR district_code = ?)"
        + " GROUP BY business_id) c"
        + " JOIN business b ON b.tenant_id = ? AND b.id = c.id"
        + " ORDER BY c.n DESC, b.id LIMIT ?";
  }

  private List<Ranked> ranked(
      String sql, LocalDate from, LocalDate to, String districtCode, int limit) {
    checkPeriod(from, to);
    return ranked(
        tenantEm.connection(), currentTenant.require().id(), sql, from, to, districtCode, limit);
  }

  /**
   * A ranking in the caller's tenant-bound transaction, with no check of who asks: for {@link
   * TrafficInsight}, whose caller {@code InsightService} checked.
   */
  static List<Ranked> ranked(
      Connection connection,
      long tenantId,
      String sql,
      LocalDate from,
      LocalDate to,
      String districtCode,
      int limit) {
    if (limit < 1 || limit > MOST_RANKED) {
      throw new IllegalArgumentException("Rank 1 to " + MOST_RANKED + " records, not " + limit);
    }
    List<Ranked> result = new ArrayList<>();
    query(
        connection,
        tenantId,
        sql,
        from,
        to,
        districtCode,
        limit,
        rows ->
            result.add(
                new Ranked(
                    rows.getLong(1),
                    rows.getString(2),
                    rows.getString(3),
                    rows.getString(4),
                    rows.getLong(5))));
    return result;
  }

  @FunctionalInterface
  private interface Row {
    void read(ResultSet rows) throws SQLException;
  }

  private void query(
      String sql, LocalDate from, LocalDate to, String districtCode, int limit, Row row) {
    checkPeriod(from, to);
    query(
        tenantEm.connection(),
        currentTenant.require().id(),
        sql,
        from,
        to,
        districtCode,
        limit,
        row);
  }

  private static void checkPeriod(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= LONGEST_PERIOD_DAYS) {
      throw new IllegalArgumentException(
          "A period runs forward and covers at most " + LONGEST_PERIOD_DAYS + " days");
    }
  }

  /**
   * Runs a query whose parameters are: tenant, from, to, kecamatan twice, then for a ranking the
   * tenant again and the limit.
   */
  private static void query(
      Connection connection,
      long tenantId,
      String sql,
      LocalDate from,
      LocalDate to,
      String districtCode,
      int limit,
      Row row) {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, tenantId);
      statement.setDate(2, Date.valueOf(from));
      statement.setDate(3, Date.valueOf(to));
      statement.setString(4, districtCode);
      statement.setString(5, districtCode);
      if (limit > 0) {
        statement.setLong(6, tenantId);
        statement.setInt(7, limit);
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          row.read(rows);
        }
      }
    } catch (SQLException e) {
      throw new PersistenceException("Could not read the traffic counts", e);
    }
  }
}
