package id.etalase.devserver;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL server from Maven Central (zonky), for the Run command and the tests, prepared like
 * a production database: a schema-owner role for migrations and an application role that owns
 * nothing and cannot bypass row-level security.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  public static final String DATABASE = "etalase";
  public static final String OWNER = "etalase_owner";
  public static final String APP = "etalase_app";

  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /**
   * Starts PostgreSQL on {@code port}. With a data folder the data survives restarts; without one
   * it lives in a temporary folder that is removed on close.
   */
  public static EmbeddedDatabase start(int port, Path dataDirectory) throws IOException {
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setPort(port)
            .setServerConfig("max_connections", "100")
            .setServerConfig("shared_buffers", "64MB")
            .setServerConfig("timezone", "UTC");
    if (dataDirectory != null) {
      Files.createDirectories(dataDirectory);
      builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
    } else {
      // A database removed on close (the tests'): a crash loses it anyway, so nothing is flushed.
      builder
          .setServerConfig("fsync", "off")
          .setServerConfig("synchronous_commit", "off")
          .setServerConfig("full_page_writes", "off");
    }
    EmbeddedDatabase database = new EmbeddedDatabase(builder.start());
    try {
      prepare(database.adminUrl("postgres"), "postgres", "");
    } catch (SQLException e) {
      database.close();
      throw new IOException("Cannot prepare the embedded database: " + e.getMessage(), e);
    }
    return database;
  }

  /**
   * Creates the two roles and the database when missing, through a superuser connection to {@code
   * adminUrl}. Safe to run on every start.
   */
  public static void prepare(String adminUrl, String adminUser, String adminPassword)
      throws SQLException {
    try (Connection admin = DriverManager.getConnection(adminUrl, adminUser, adminPassword);
        Statement sql = admin.createStatement()) {
      ensureRoles(sql, OWNER, OWNER, APP, APP);
      if (!exists(sql, "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
        sql.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER + " ENCODING 'UTF8'");
        sql.execute("REVOKE ALL ON DATABASE " + DATABASE + " FROM PUBLIC");
        sql.execute("GRANT CONNECT ON DATABASE " + DATABASE + " TO " + APP);
      }
    }
  }

  /**
   * The schema owner, which Liquibase connects as, and the application role, which owns nothing and
   * cannot bypass row-level security. Role names come from configuration, never from users.
   */
  public static void ensureRoles(
      Statement sql, String owner, String ownerPassword, String app, String appPassword)
      throws SQLException {
    if (!exists(sql, "SELECT 1 FROM pg_roles WHERE rolname = '" + owner + "'")) {
      sql.execute("CREATE ROLE " + owner + " LOGIN PASSWORD '" + ownerPassword + "'");
    }
    if (!exists(sql, "SELECT 1 FROM pg_roles WHERE rolname = '" + app + "'")) {
      sql.execute(
          "CREATE ROLE "
              + app
              + " LOGIN PASSWORD '"
              + appPassword
              + "' NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS");
    }
  }

  private static boolean exists(Statement sql, String query) throws SQLException {
    try (ResultSet rows = sql.executeQuery(query)) {
      return rows.next();
    }
  }

  public int port() {
    return postgres.getPort();
  }

  public String url() {
    return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
  }

  String adminUrl(String database) {
    return "jdbc:postgresql://localhost:" + port() + "/" + database;
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
