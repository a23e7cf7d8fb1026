package id.etalase.insight;

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
 * A figure over time: a native query's counts grouped by month, one value per month of the period
 * and zero for the months without any, so every series lines up with the chart's labels. The query
 * takes the tenant, the period's start and end, and optionally a kecamatan of {@code b}.
 */
final class MonthlyCounts {

  private MonthlyCounts() {}

  /** The counts of a query grouped by month (its first column), one per month of the period. */
  public static List<Long> of(
      Connection c,
      List<String> months,
      String sql,
      long tenant,
      OffsetDateTime start,
      OffsetDateTime end,
      String district)
      throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    months.forEach(m -> counts.put(m, 0L));
    try (PreparedStatement q =
        c.prepareStatement(
            sql + (district == null ? "" : " AND b.district_code = ?") + " GROUP BY 1")) {
      q.setLong(1, tenant);
      q.setObject(2, start);
      q.setObject(3, end);
      if (district != null) {
        q.setString(4, district);
      }
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          long n = r.getLong(2);
          counts.computeIfPresent(r.getString(1), (m, before) -> before + n);
        }
      }
    }
    return new ArrayList<>(counts.values());
  }
}
