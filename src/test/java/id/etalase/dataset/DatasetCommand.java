package id.etalase.dataset;

import id.etalase.common.SchemaMigration;
import id.etalase.devserver.EmbeddedDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Locale;
import java.util.Map;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * {@code bench/dataset.sh}: generates the deterministic dataset of issue #12 into the embedded
 * PostgreSQL of a data folder, as the Run command starts it ({@code DIR/postgres}), so that the Run
 * command then serves it with {@code ETALASE_DATA_DIR=DIR}.
 *
 * <pre>
 * DatasetCommand [--size tiny|small|national] [--seed N] [--data DIR] [--port P]
 * </pre>
 */
public final class DatasetCommand {

  static final long DEFAULT_SEED = 3511;

  /** Held, so that the level set on it stays: Liquibase logs every change set at INFO. */
  private static final java.util.logging.Logger LIQUIBASE_LOG =
      java.util.logging.Logger.getLogger("liquibase");

  private DatasetCommand() {}

  public static void main(String[] args) throws Exception {
    DatasetSize size = DatasetSize.NATIONAL;
    long seed = DEFAULT_SEED;
    Path data = Path.of("data-bench");
    int port = Integer.parseInt(System.getenv().getOrDefault("ETALASE_EMBEDDED_DB_PORT", "54329"));
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--size" -> size = DatasetSize.parse(required(args[i], value));
        case "--seed" -> seed = Long.parseLong(required(args[i], value));
        case "--data" -> data = Path.of(required(args[i], value));
        case "--port" -> port = Integer.parseInt(required(args[i], value));
        default -> {
          System.err.println(
              "usage: dataset [--size tiny|small|national] [--seed N] [--data DIR] [--port P]");
          System.exit(2);
        }
      }
      i++;
    }
    data = data.toAbsolutePath();
    System.out.printf(
        "dataset: size %s (%,d tenants, %,d businesses, %,d products), seed %d, data %s%n",
        size, size.tenants, size.businesses, size.products, seed, data);

    long start = System.nanoTime();
    try (EmbeddedDatabase database = EmbeddedDatabase.start(port, data.resolve("postgres"))) {
      System.out.printf("embedded PostgreSQL on port %d: %.1f s%n", database.port(), since(start));
      long migrateStart = System.nanoTime();
      try (Connection owner =
          DriverManager.getConnection(
              database.url(), EmbeddedDatabase.OWNER, EmbeddedDatabase.OWNER)) {
        migrate(owner, EmbeddedDatabase.APP);
      }
      System.out.printf(
          "schema (Liquibase, as %s): %.1f s%n", EmbeddedDatabase.OWNER, since(migrateStart));
      DatasetLoader.Figures figures;
      try (Connection superuser = DriverManager.getConnection(database.url(), "postgres", "")) {
        figures = DatasetLoader.load(superuser, size, seed);
      }
      print(figures);
    }
    System.out.printf("done in %.1f s%n", since(start));
  }

  private static String required(String option, String value) {
    if (value == null) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return value;
  }

  /**
   * Brings the schema up to date as {@code SchemaMigration} does at start-up: the same changelog
   * from the classpath, the same parameter, as the schema owner, with Liquibase's analytics off in
   * the same way.
   */
  static void migrate(Connection owner, String appRole) throws Exception {
    LIQUIBASE_LOG.setLevel(java.util.logging.Level.WARNING);
    Scope.child(
        Map.of(AnalyticsArgs.ENABLED.getKey(), false),
        () -> {
          Database database =
              DatabaseFactory.getInstance()
                  .findCorrectDatabaseImplementation(new JdbcConnection(owner));
          Liquibase liquibase =
              new Liquibase(
                  SchemaMigration.CHANGELOG,
                  new ClassLoaderResourceAccessor(DatasetCommand.class.getClassLoader()),
                  database);
          liquibase.setChangeLogParameter("appRole", appRole);
          liquibase.update(new Contexts(), new LabelExpression());
        });
  }

  static void print(DatasetLoader.Figures figures) {
    System.out.println("rows:");
    for (Map.Entry<String, Long> e : figures.rows().entrySet()) {
      System.out.printf(Locale.ROOT, "  %-24s %,12d%n", e.getKey(), e.getValue());
    }
    System.out.println("seconds:");
    for (Map.Entry<String, Double> e : figures.seconds().entrySet()) {
      System.out.printf(Locale.ROOT, "  %-24s %12.1f%n", e.getKey(), e.getValue());
    }
    System.out.printf(
        Locale.ROOT, "database size: %,d MB%n", figures.databaseBytes() / (1024 * 1024));
  }

  private static double since(long nanos) {
    return (System.nanoTime() - nanos) / 1e9;
  }
}
