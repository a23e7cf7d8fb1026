package id.etalase.ordering;

import id.etalase.insight.Chart;
import id.etalase.insight.Figure;
import id.etalase.insight.InsightFilter;
import id.etalase.insight.InsightSource;
import id.etalase.tenant.CurrentTenant;
import id.etalase.tenant.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The orders' figures on the government's dashboard: orders and their value month by month, the
 * totals of the period, and the products and businesses ordered most. Cancelled orders are left out
 * of every count and value (the series say so), since an order the business or buyer called off
 * brought the business nothing; the period's cancellations are one figure of their own.
 *
 * <p>An order falls in the month it was placed (Jakarta time) and in the kecamatan of its business.
 * Each figure is one aggregate query naming {@code tenant_id} itself, with row-level security
 * behind it, as native SQL gets no tenant filter from EclipseLink.
 */
@ApplicationScoped
public class OrderInsight implements InsightSource {

  public static final String ORDERS_CHART = "insight.chart.orders";
  public static final String VALUE_CHART = "insight.chart.orderValue";
  public static final String TOP_PRODUCTS = "insight.chart.topProductsByOrders";
  public static final String TOP_BUSINESSES = "insight.chart.topBusinessesByOrders";
  public static final String ORDERS = "insight.series.orders";
  public static final String VALUE = "insight.series.orderValue";

  public static final String ORDERS_IN_PERIOD = "insight.figure.orders";
  public static final String VALUE_IN_PERIOD = "insight.figure.orderValue";
  public static final String CANCELLED_IN_PERIOD = "insight.figure.ordersCancelled";
  public static final String ORDERS_30_DAYS = "insight.figure.orders30";
  public static final String VALUE_30_DAYS = "insight.figure.orderValue30";

  /** How many products and businesses a top list shows. */
  public static final int TOP = 10;

  private static final String NOT_CANCELLED = " AND o.status <> 'CANCELLED'";

  @Inject private TenantEntityManager tenantEm;
  @Inject private CurrentTenant currentTenant;

  @Override
  public int order() {
    return 10;
  }

  @Override
  public Contribution contribute(InsightFilter filter) {
    long tenant = currentTenant.require().id();
    String district = filter.districtCode();
    OffsetDateTime start = filter.from().atStartOfDay(InsightFilter.ZONE).toOffsetDateTime();
    OffsetDateTime end =
        filter.to().plusDays(1).atStartOfDay(InsightFilter.ZONE).toOffsetDateTime();
    List<String> months = filter.months();
    Map<String, long[]> byMonth = new LinkedHashMap<>();
    months.forEach(m -> byMonth.put(m, new long[2]));
    long cancelled = 0;
    Connection c = tenantEm.connection();
    try {
      try (PreparedStatement q =
          c.prepareStatement(
              "SELECT to_char(o.created_at AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM'),"
                  + " count(*) FILTER (WHERE o.status <> 'CANCELLED'),"
                  + " coalesce(sum(o.total) FILTER (WHERE o.status <> 'CANCELLED'), 0),"
                  + " count(*) FILTER (WHERE o.status = 'CANCELLED')"
                  + " FROM customer_order o JOIN business b"
                  + " ON b.tenant_id = o.tenant_id AND b.id = o.business_id"
                  + " WHERE o.tenant_id = ? AND o.created_at >= ? AND o.created_at < ?"
                  + (district == null ? "" : " AND b.district_code = ?")
                  + " GROUP BY 1")) {
        bind(q, tenant, start, end, district);
        try (ResultSet r = q.executeQuery()) {
          while (r.next()) {
            long[] month = byMonth.get(r.getString(1));
            if (month != null) {
              month[0] += r.getLong(2);
              month[1] += r.getLong(3);
            }
            cancelled += r.getLong(4);
          }
        }
      }
      List<Long> orders = byMonth.values().stream().map(m -> m[0]).toList();
      List<Long> values = byMonth.values().stream().map(m -> m[1]).toList();
      Ranking products =
          top(
              c,
              "SELECT p.name, b.name, count(DISTINCT o.id) AS n FROM order_line l"
                  + " JOIN customer_order o ON o.tenant_id = l.tenant_id AND o.id = l.order_id"
                  + " JOIN business b ON b.tenant_id = o.tenant_id AND b.id = o.business_id"
                  + " JOIN product p ON p.tenant_id = l.tenant_id AND p.id = l.product_id"
                  + " WHERE l.tenant_id = ? AND o.created_at >= ? AND o.created_at < ?"
                  + NOT_CANCELLED
                  + (district == null ? "" : " AND b.district_code = ?")
                  + " GROUP BY p.id, p.name, b.name ORDER BY n DESC, p.name, b.name, p.id LIMIT "
                  + TOP,
              tenant,
              start,
              end,
              district);
      Ranking businesses =
          top(
              c,
              "SELECT b.name, NULL::text, count(*) AS n FROM customer_order o"
                  + " JOIN business b ON b.tenant_id = o.tenant_id AND b.id = o.business_id"
                  + " WHERE o.tenant_id = ? AND o.created_at >= ? AND o.created_at < ?"
                  + NOT_CANCELLED
                  + (district == null ? "" : " AND b.district_code = ?")
                  + " GROUP BY b.id, b.name ORDER BY n DESC, b.name, b.id LIMIT "
                  + TOP,
              tenant,
              start,
              end,
              district);
      List<Figure> figures =
          List.of(
              Figure.count(ORDERS_IN_PERIOD, sum(orders)),
              Figure.count(VALUE_IN_PERIOD, sum(values)),
              Figure.count(CANCELLED_IN_PERIOD, cancelled));
      List<Chart> charts =
          List.of(
              new Chart(
                  ORDERS_CHART,
                  "pesanan",
                  Chart.Kind.LINE,
                  null,
                  months,
                  List.of(new Chart.Series(ORDERS, orders))),
              new Chart(
                  VALUE_CHART,
                  "nilai_pesanan",
                  Chart.Kind.LINE,
                  null,
                  months,
                  List.of(new Chart.Series(VALUE, values))),
              bars(TOP_PRODUCTS, "produk_terpesan", products),
              bars(TOP_BUSINESSES, "usaha_terpesan", businesses));
      return new Contribution(figures, charts);
    } catch (SQLException e) {
      throw new PersistenceException("The orders' figures could not be counted", e);
    }
  }

  @Override
  public List<Figure> keyFigures() {
    long tenant = currentTenant.require().id();
    try (PreparedStatement q =
        tenantEm
            .connection()
            .prepareStatement(
                "SELECT count(*), coalesce(sum(o.total), 0) FROM customer_order o"
                    + " WHERE o.tenant_id = ? AND o.created_at >= now() - interval '30 days'"
                    + NOT_CANCELLED)) {
      q.setLong(1, tenant);
      try (ResultSet r = q.executeQuery()) {
        r.next();
        return List.of(
            Figure.count(ORDERS_30_DAYS, r.getLong(1)), Figure.count(VALUE_30_DAYS, r.getLong(2)));
      }
    } catch (SQLException e) {
      throw new PersistenceException("The orders' key counts could not be counted", e);
    }
  }

  /**
   * The labels and counts of a ranking, most first; two products of one name stay two bars, each
   * labelled with its business (Chart#productLabel).
   */
  private record Ranking(List<String> labels, List<Long> counts) {}

  private static Ranking top(
      Connection c,
      String sql,
      long tenant,
      OffsetDateTime start,
      OffsetDateTime end,
      String district)
      throws SQLException {
    Ranking result = new Ranking(new ArrayList<>(), new ArrayList<>());
    try (PreparedStatement q = c.prepareStatement(sql)) {
      bind(q, tenant, start, end, district);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          result.labels().add(Chart.productLabel(r.getString(1), r.getString(2)));
          result.counts().add(r.getLong(3));
        }
      }
    }
    return result;
  }

  private static void bind(
      PreparedStatement q, long tenant, OffsetDateTime start, OffsetDateTime end, String district)
      throws SQLException {
    q.setLong(1, tenant);
    q.setObject(2, start);
    q.setObject(3, end);
    if (district != null) {
      q.setString(4, district);
    }
  }

  private static Chart bars(String key, String sheet, Ranking ranking) {
    return new Chart(
        key,
        sheet,
        Chart.Kind.BAR,
        null,
        ranking.labels(),
        List.of(new Chart.Series(ORDERS, ranking.counts())));
  }

  private static long sum(List<Long> values) {
    return values.stream().mapToLong(Long::longValue).sum();
  }
}
