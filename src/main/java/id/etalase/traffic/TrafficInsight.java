package id.etalase.traffic;

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
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The leads and views on the government's dashboard: leads by channel and page views month by
 * month, their totals, and the products and businesses most viewed and most contacted (the rankings
 * of {@link TrafficReport}). A count falls in the kecamatan its record had when it was counted.
 *
 * <p>WhatsApp and phone always have a line, the other channels once they have a lead in the period,
 * so the chart stays readable. Native SQL names {@code tenant_id} itself, with row-level security
 * behind it.
 */
@ApplicationScoped
public class TrafficInsight implements InsightSource {

  public static final String LEADS_CHART = "insight.chart.leadsByChannel";
  public static final String VIEWS_CHART = "insight.chart.views";
  public static final String TOP_PRODUCTS_BY_VIEWS = "insight.chart.topProductsByViews";
  public static final String TOP_BUSINESSES_BY_VIEWS = "insight.chart.topBusinessesByViews";
  public static final String TOP_PRODUCTS_BY_LEADS = "insight.chart.topProductsByLeads";
  public static final String TOP_BUSINESSES_BY_LEADS = "insight.chart.topBusinessesByLeads";
  public static final String VIEWS = "insight.series.views";
  public static final String LEADS = "insight.series.leads";

  public static final String LEADS_IN_PERIOD = "insight.figure.leads";
  public static final String VIEWS_IN_PERIOD = "insight.figure.views";
  public static final String LEADS_30_DAYS = "insight.figure.leads30";
  public static final String VIEWS_30_DAYS = "insight.figure.views30";

  /** How many products and businesses a top list shows. */
  public static final int TOP = 10;

  @Inject private TenantEntityManager tenantEm;
  @Inject private CurrentTenant currentTenant;

  /** The series key of the views of one kind of page: {@code insight.series.views.product}. */
  public static String viewsOf(Subject subject) {
    return VIEWS + "." + subject.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public Contribution contribute(InsightFilter filter) {
    long tenant = currentTenant.require().id();
    Connection c = tenantEm.connection();
    List<String> months = filter.months();
    Map<Channel, long[]> leads = new EnumMap<>(Channel.class);
    leads.put(Channel.WHATSAPP, new long[months.size()]);
    leads.put(Channel.PHONE, new long[months.size()]);
    Map<Subject, long[]> views = new EnumMap<>(Subject.class);
    for (Subject s : Subject.values()) {
      views.put(s, new long[months.size()]);
    }
    try {
      monthly(
          c,
          "SELECT to_char(day, 'YYYY-MM'), channel, sum(clicks) FROM traffic_lead",
          tenant,
          filter,
          r -> add(leads, Channel.valueOf(r.getString(2)), months, r));
      monthly(
          c,
          "SELECT to_char(day, 'YYYY-MM'), subject, sum(views) FROM traffic_view",
          tenant,
          filter,
          r -> add(views, Subject.valueOf(r.getString(2)), months, r));
    } catch (SQLException e) {
      throw new PersistenceException("The leads and views could not be counted", e);
    }
    List<Chart.Series> leadSeries = new ArrayList<>();
    leads.forEach((channel, v) -> leadSeries.add(series(channel.messageKey(), v)));
    List<Chart.Series> viewSeries = new ArrayList<>();
    views.forEach((subject, v) -> viewSeries.add(series(viewsOf(subject), v)));
    List<Chart> charts =
        List.of(
            new Chart(LEADS_CHART, "kontak", Chart.Kind.LINE, null, months, leadSeries),
            new Chart(VIEWS_CHART, "kunjungan", Chart.Kind.LINE, null, months, viewSeries),
            bars(
                TOP_PRODUCTS_BY_VIEWS,
                "produk_dilihat",
                VIEWS,
                c,
                tenant,
                TrafficReport.topProductsSql(TrafficReport.Measure.VIEWS),
                filter),
            bars(
                TOP_BUSINESSES_BY_VIEWS,
                "usaha_dilihat",
                VIEWS,
                c,
                tenant,
                TrafficReport.topBusinessesSql(TrafficReport.Measure.VIEWS),
                filter),
            bars(
                TOP_PRODUCTS_BY_LEADS,
                "produk_dikontak",
                LEADS,
                c,
                tenant,
                TrafficReport.topProductsSql(TrafficReport.Measure.LEADS),
                filter),
            bars(
                TOP_BUSINESSES_BY_LEADS,
                "usaha_dikontak",
                LEADS,
                c,
                tenant,
                TrafficReport.topBusinessesSql(TrafficReport.Measure.LEADS),
                filter));
    List<Figure> figures =
        List.of(
            Figure.count(LEADS_IN_PERIOD, leadSeries.stream().mapToLong(Chart.Series::total).sum()),
            Figure.count(
                VIEWS_IN_PERIOD, viewSeries.stream().mapToLong(Chart.Series::total).sum()));
    return new Contribution(figures, charts);
  }

  @Override
  public List<Figure> keyFigures() {
    long tenant = currentTenant.require().id();
    LocalDate today = LocalDate.now(InsightFilter.ZONE);
    try (PreparedStatement q =
        tenantEm
            .connection()
            .prepareStatement(
                "SELECT (SELECT coalesce(sum(clicks), 0) FROM traffic_lead"
                    + "  WHERE tenant_id = ? AND day BETWEEN ? AND ?),"
                    + " (SELECT coalesce(sum(views), 0) FROM traffic_view"
                    + "  WHERE tenant_id = ? AND day BETWEEN ? AND ?)")) {
      for (int i = 0; i < 2; i++) {
        q.setLong(3 * i + 1, tenant);
        q.setDate(3 * i + 2, Date.valueOf(today.minusDays(29)));
        q.setDate(3 * i + 3, Date.valueOf(today));
      }
      try (ResultSet r = q.executeQuery()) {
        r.next();
        return List.of(
            Figure.count(LEADS_30_DAYS, r.getLong(1)), Figure.count(VIEWS_30_DAYS, r.getLong(2)));
      }
    } catch (SQLException e) {
      throw new PersistenceException("The leads' and views' key counts could not be counted", e);
    }
  }

  @FunctionalInterface
  private interface Row {
    void read(ResultSet r) throws SQLException;
  }

  /** Runs {@code select} over the filter's days and kecamatan, grouped by its first two columns. */
  private static void monthly(
      Connection c, String select, long tenant, InsightFilter filter, Row row) throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement(
            select
                + " WHERE tenant_id = ? AND day BETWEEN ? AND ?"
                + (filter.districtCode() == null ? "" : " AND district_code = ?")
                + " GROUP BY 1, 2")) {
      q.setLong(1, tenant);
      q.setDate(2, Date.valueOf(filter.from()));
      q.setDate(3, Date.valueOf(filter.to()));
      if (filter.districtCode() != null) {
        q.setString(4, filter.districtCode());
      }
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          row.read(r);
        }
      }
    }
  }

  private static <K> void add(Map<K, long[]> into, K key, List<String> months, ResultSet r)
      throws SQLException {
    int at = months.indexOf(r.getString(1));
    if (at >= 0) {
      into.computeIfAbsent(key, k -> new long[months.size()])[at] += r.getLong(3);
    }
  }

  private static Chart.Series series(String key, long[] values) {
    List<Long> list = new ArrayList<>(values.length);
    for (long v : values) {
      list.add(v);
    }
    return new Chart.Series(key, list);
  }

  private static Chart bars(
      String key,
      String sheet,
      String seriesKey,
      Connection c,
      long tenant,
      String sql,
      InsightFilter filter) {
    List<TrafficReport.Ranked> ranked =
        TrafficReport.ranked(
            c, tenant, sql, filter.from(), filter.to(), filter.districtCode(), TOP);
    return new Chart(
        key,
        sheet,
        Chart.Kind.BAR,
        null,
        ranked.stream().map(r -> Chart.productLabel(r.name(), r.business())).toList(),
        List.of(
            new Chart.Series(
                seriesKey, ranked.stream().map(TrafficReport.Ranked::count).toList())));
  }
}
