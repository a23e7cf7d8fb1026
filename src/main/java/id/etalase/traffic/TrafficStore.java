package id.etalase.traffic;

import id.etalase.tenant.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Adds a tenant's in-memory totals to its daily counter rows, one statement per kind of record,
 * inside the caller's tenant-bound transaction. The upserts add rather than set, so nodes that
 * flush at the same time never overwrite each other. Each statement joins the record it counts, so
 * an id that is unknown, unpublished or another tenant's is dropped here, and the business and
 * kecamatan come from the record, never from the request. Native SQL, since JPQL has no upsert: it
 * names {@code tenant_id} itself, with row-level security behind it.
 */
@ApplicationScoped
public class TrafficStore {

  @Inject private TenantEntityManager tenantEm;

  /** Writes the totals of the transaction's tenant; keys of other tenants are refused. */
  public void add(long tenantId, Map<TrafficCounter.Key, Long> totals) {
    Connection connection = tenantEm.connection();
    for (Subject subject : Subject.values()) {
      List<Map.Entry<TrafficCounter.Key, Long>> views = new ArrayList<>();
      List<Map.Entry<TrafficCounter.Key, Long>> leads = new ArrayList<>();
      for (Map.Entry<TrafficCounter.Key, Long> e : totals.entrySet()) {
        if (e.getKey().tenantId() != tenantId) {
          throw new IllegalArgumentException("Totals of tenant " + e.getKey().tenantId());
        }
        if (e.getKey().subject() == subject) {
          (e.getKey().channel() == null ? views : leads).add(e);
        }
      }
      try {
        if (!views.isEmpty()) {
          write(connection, tenantId, subject, views, false);
        }
        if (!leads.isEmpty()) {
          write(connection, tenantId, subject, leads, true);
        }
      } catch (SQLException e) {
        throw new PersistenceException("Could not add the traffic counts of " + tenantId, e);
      }
    }
  }

  private static void write(
      Connection connection,
      long tenantId,
      Subject subject,
      List<Map.Entry<TrafficCounter.Key, Long>> rows,
      boolean leads)
      throws SQLException {
    String sql =
        leads
            ? "INSERT INTO traffic_lead"
                + " (tenant_id, day, subject, record_id, channel, business_id, district_code, clicks)"
                + " SELECT ?, c.day, ?, r.id, c.channel, "
                + record(subject)
                + ", c.n FROM unnest(?::date[], ?::bigint[], ?::varchar[], ?::bigint[])"
                + " AS c(day, id, channel, n) "
                + join(subject)
                + " ON CONFLICT (tenant_id, day, subject, record_id, channel)"
                + " DO UPDATE SET clicks = traffic_lead.clicks + EXCLUDED.clicks"
            : "INSERT INTO traffic_view"
                + " (tenant_id, day, subject, record_id, business_id, district_code, views)"
                + " SELECT ?, c.day, ?, r.id, "
                + record(subject)
                + ", c.n FROM unnest(?::date[], ?::bigint[], ?::bigint[]) AS c(day, id, n) "
                + join(subject)
                + " ON CONFLICT (tenant_id, day, subject, record_id)"
                + " DO UPDATE SET views = traffic_view.views + EXCLUDED.views";
    int size = rows.size();
    Date[] days = new Date[size];
    Long[] ids = new Long[size];
    String[] channels = new String[size];
    Long[] counts = new Long[size];
    for (int i = 0; i < size; i++) {
      TrafficCounter.Key key = rows.get(i).getKey();
      days[i] = Date.valueOf(key.day());
      ids[i] = key.recordId();
      channels[i] = leads ? key.channel().name() : null;
      counts[i] = rows.get(i).getValue();
    }
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int p = 1;
      statement.setLong(p++, tenantId);
      statement.setString(p++, subject.name());
      statement.setArray(p++, connection.createArrayOf("date", days));
      statement.setArray(p++, connection.createArrayOf("bigint", ids));
      if (leads) {
        statement.setArray(p++, connection.createArrayOf("varchar", channels));
      }
      statement.setArray(p++, connection.createArrayOf("bigint", counts));
      statement.setLong(p, tenantId);
      statement.executeUpdate();
    }
  }

  /** The business and kecamatan of the counted record {@code r} (its business {@code b}). */
  private static String record(Subject subject) {
    return switch (subject) {
      case BUSINESS -> "r.id, r.district_code";
      case PRODUCT -> "b.id, b.district_code";
      case CLUSTER -> "NULL::bigint, r.district_code";
    };
  }

  /** Only published records of this tenant (and of a published business) are counted. */
  private static String join(Subject subject) {
    return switch (subject) {
      case BUSINESS ->
          "JOIN business r ON r.tenant_id = ? AND r.id = c.id AND r.status = 'PUBLISHED'";
      case PRODUCT ->
          "JOIN product r ON r.tenant_id = ? AND r.id = c.id AND r.status = 'PUBLISHED'"
              + " JOIN business b ON b.tenant_id = r.tenant_id AND b.id = r.business_id"
              + " AND b.status = 'PUBLISHED'";
      case CLUSTER ->
          "JOIN cluster r ON r.tenant_id = ? AND r.id = c.id AND r.status = 'PUBLISHED'";
    };
  }

  /** Whether the transaction's tenant has any counted view or lead. */
  public boolean hasAny(long tenantId) {
    try (PreparedStatement statement =
        tenantEm
            .connection()
            .prepareStatement(
                "SELECT EXISTS (SELECT 1 FROM traffic_view WHERE tenant_id = ?)"
                    + " OR EXISTS (SELECT 1 FROM traffic_lead WHERE tenant_id = ?)")) {
      statement.setLong(1, tenantId);
      statement.setLong(2, tenantId);
      try (java.sql.ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getBoolean(1);
      }
    } catch (SQLException e) {
      throw new PersistenceException("Could not read the traffic counts of " + tenantId, e);
    }
  }
}
