package id.etalase.common;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings the schema up to date at start-up, as the schema-owner role, before anything else touches
 * the database. Operators who migrate separately ({@code mvn liquibase:update}) turn this off; then
 * it only checks, and readiness stays down until the schema is current.
 *
 * <p>Bean-managed transactions: Liquibase commits on its own connection and must not run inside a
 * JTA transaction.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

  public static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";
  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = "jdbc/etalase-migration")
  private DataSource migrationDataSource;

  @Resource(lookup = "jdbc/etalase")
  private DataSource appDataSource;

  @Inject
  @ConfigProperty(name = "etalase.db.migrate-on-start", defaultValue = "true")
  private boolean migrateOnStart;

  private volatile boolean upToDate;

  @PostConstruct
  void migrate() {
    try {
      // No usage reports to Liquibase's servers: a regency's platform phones nobody, and a
      // blocked request would only delay every start.
      Scope.child(Map.of(AnalyticsArgs.ENABLED.getKey(), false), this::update);
    } catch (IllegalStateException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("Database migration failed: " + e.getMessage(), e);
    }
  }

  private void update() {
    try (Connection owner = migrationDataSource.getConnection()) {
      Database database =
          DatabaseFactory.getInstance()
              .findCorrectDatabaseImplementation(new JdbcConnection(owner));
      Liquibase liquibase =
          new Liquibase(
              CHANGELOG, new ClassLoaderResourceAccessor(getClass().getClassLoader()), database);
      liquibase.setChangeLogParameter("appRole", appRole());
      if (migrateOnStart) {
        liquibase.update(new Contexts(), new LabelExpression());
        upToDate = true;
      } else {
        List<ChangeSet> pending =
            liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression()).stream()
                .filter(changeSet -> !changeSet.isAlwaysRun())
                .toList();
        upToDate = pending.isEmpty();
        if (!upToDate) {
          LOG.warning(pending.size() + " database change(s) are not applied: run the migration");
        }
      }
    } catch (SQLException | LiquibaseException e) {
      throw new IllegalStateException("Database migration failed: " + e.getMessage(), e);
    }
  }

  /** The application pool's user, which the grants name. Checked, since it goes into SQL. */
  private String appRole() throws SQLException {
    try (Connection app = appDataSource.getConnection()) {
      String role = app.getMetaData().getUserName();
      if (role == null || !role.matches("^[a-z_][a-z0-9_]{0,62}$")) {
        throw new IllegalStateException(
            "The application role must be a plain lower-case name, not: " + role);
      }
      return role;
    }
  }

  public boolean isUpToDate() {
    return upToDate;
  }
}
