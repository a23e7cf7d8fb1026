package id.etalase.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * SQL as the application's database role, for tests that run as a client and check or prepare what
 * the server stores: a transaction bound to one tenant, so row-level security shows that tenant's
 * rows only, exactly as the application sees them.
 */
public final class TenantSql {

  private TenantSql() {}

  /**
   * A connection in a transaction bound to the tenant with this slug. Commit what must stay;
   * closing it rolls back the rest.
   */
  public static Connection as(String slug) throws SQLException {
    Connection db =
        DriverManager.getConnection(
            System.getenv("ETALASE_DB_URL"),
            System.getenv("ETALASE_DB_USER"),
            System.getenv("ETALASE_DB_PASSWORD"));
    try {
      db.setAutoCommit(false);
      try (PreparedStatement bind =
          db.prepareStatement(
              "SELECT set_config('app.tenant_id', (SELECT id::text FROM tenant WHERE slug = ?),"
                  + " true)")) {
        bind.setString(1, slug);
        bind.execute();
      }
      return db;
    } catch (SQLException e) {
      db.close();
      throw e;
    }
  }
}
