package id.etalase.testing;

import id.etalase.devserver.EmbeddedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives the integration tests a real, empty PostgreSQL before Arquillian starts Payara: an embedded
 * server on {@code etalase.test.db.port}, or, with {@code ETALASE_TEST_DB_URL}, an existing one
 * whose public schema is dropped and recreated. Payara reads the same {@code ETALASE_DB_*}
 * variables, which the failsafe configuration sets.
 *
 * <p>Does nothing for unit tests, where the port property is not set.
 */
public class TestDatabase implements LauncherSessionListener {

  private EmbeddedDatabase embedded;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String port = System.getProperty("etalase.test.db.port");
    if (port == null) {
      return;
    }
    try {
      if (Boolean.getBoolean("etalase.test.db.external")) {
        resetExternal();
      } else {
        embedded = EmbeddedDatabase.start(Integer.parseInt(port), null);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot prepare the test database: " + e.getMessage(), e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (embedded != null) {
      try {
        embedded.close();
      } catch (IOException e) {
        System.err.println("Stopping the test database: " + e.getMessage());
      }
    }
  }

  private static void resetExternal() throws SQLException {
    String owner = System.getenv("ETALASE_DB_MIGRATION_USER");
    String app = System.getenv("ETALASE_DB_USER");
    try (Connection admin =
            DriverManager.getConnection(
                System.getenv("ETALASE_DB_URL"),
                System.getenv("ETALASE_TEST_DB_ADMIN_USER"),
                System.getenv("ETALASE_TEST_DB_ADMIN_PASSWORD"));
        Statement sql = admin.createStatement()) {
      EmbeddedDatabase.ensureRoles(
          sql,
          owner,
          System.getenv("ETALASE_DB_MIGRATION_PASSWORD"),
          app,
          System.getenv("ETALASE_DB_PASSWORD"));
      sql.execute("DROP SCHEMA IF EXISTS public CASCADE");
      sql.execute("CREATE SCHEMA public AUTHORIZATION " + owner);
      sql.execute("GRANT USAGE ON SCHEMA public TO " + app);
      sql.execute("GRANT CONNECT ON DATABASE " + admin.getCatalog() + " TO " + app);
    }
  }
}
