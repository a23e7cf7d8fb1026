package id.etalase.devserver;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Run command ({@code mvn -Prun package}): starts the built WAR on Payara Micro with the demo
 * tenants, on an embedded PostgreSQL kept in {@code data/postgres}, or on the server that {@code
 * ETALASE_DB_URL} names. Ctrl-C stops Payara and the database.
 */
public final class DevServer {

  private static final int EMBEDDED_DB_PORT = 54329;

  private DevServer() {}

  public static void main(String[] args) throws Exception {
    Instant started = Instant.now();
    Path base = Path.of("").toAbsolutePath();
    Map<String, String> env = System.getenv();
    int httpPort = Integer.parseInt(env.getOrDefault("ETALASE_HTTP_PORT", "8080"));
    Path dataDir = Path.of(env.getOrDefault("ETALASE_DATA_DIR", base.resolve("data").toString()));

    EmbeddedDatabase embedded = null;
    ProcessBuilder payara = new ProcessBuilder().inheritIO();
    Map<String, String> childEnv = payara.environment();
    if (env.containsKey("ETALASE_DB_URL")) {
      System.out.println("Using the PostgreSQL server at " + env.get("ETALASE_DB_URL"));
    } else {
      int dbPort =
          Integer.parseInt(
              env.getOrDefault("ETALASE_EMBEDDED_DB_PORT", Integer.toString(EMBEDDED_DB_PORT)));
      embedded = EmbeddedDatabase.start(dbPort, dataDir.resolve("postgres"));
      System.out.println(
          "Embedded PostgreSQL on port "
              + embedded.port()
              + ", data in "
              + dataDir.resolve("postgres"));
      childEnv.put("ETALASE_DB_URL", embedded.url());
      childEnv.put("ETALASE_DB_USER", EmbeddedDatabase.APP);
      childEnv.put("ETALASE_DB_PASSWORD", EmbeddedDatabase.APP);
      childEnv.put("ETALASE_DB_MIGRATION_USER", EmbeddedDatabase.OWNER);
      childEnv.put("ETALASE_DB_MIGRATION_PASSWORD", EmbeddedDatabase.OWNER);
    }
    childEnv.putIfAbsent("ETALASE_TENANTS_DIR", base.resolve("tenants").toString());
    childEnv.putIfAbsent("ETALASE_DATA_DIR", dataDir.toString());
    childEnv.putIfAbsent("ETALASE_TENANTS_DEMO_DATA", "true");
    // Links in mails and canonical URLs point at this local server (http://localhost:8080/...).
    childEnv.putIfAbsent("ETALASE_PUBLIC_SCHEME", "http");
    childEnv.putIfAbsent("ETALASE_PUBLIC_PORT", Integer.toString(httpPort));

    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(env.getOrDefault("ETALASE_JAVA_OPTS", "-Xmx512m"));
    command.addAll(
        List.of(
            "-jar",
            base.resolve("target/runtime/payara-micro.jar").toString(),
            "--nocluster",
            "--disablephonehome",
            "--port",
            Integer.toString(httpPort),
            "--addlibs",
            base.resolve("target/runtime/postgresql.jar").toString(),
            "--prebootcommandfile",
            base.resolve("deployment/payara/micro-preboot.asadmin").toString(),
            "--postbootcommandfile",
            base.resolve("deployment/payara/etalase-resources.asadmin").toString(),
            "--deploy",
            base.resolve("target/etalase.war").toString(),
            "--contextroot",
            "/"));
    Process process = payara.command(command).start();

    EmbeddedDatabase database = embedded;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  process.destroy();
                  try {
                    process.waitFor();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  if (database != null) {
                    try {
                      database.close();
                    } catch (IOException | RuntimeException e) {
                      System.err.println("Stopping PostgreSQL: " + e.getMessage());
                    }
                  }
                }));

    if (awaitReady(httpPort, process)) {
      Duration startup = Duration.between(started, Instant.now());
      String root = "http://localhost:" + httpPort;
      System.out.printf(
          "%n  Etalase is up in %.1f s (pid %d)%n  %s/            all directories%n"
              + "  %s/bondowoso/  Kabupaten Bondowoso%n  %s/situbondo/  Kabupaten Situbondo%n"
              + "  http://bondowoso.localhost:%d/  the same, by subdomain%n"
              + "  %s/health/ready%n  Ctrl-C stops it.%n%n",
          startup.toMillis() / 1000.0, process.pid(), root, root, root, httpPort, root);
      Path passwords = dataDir.resolve("initial-passwords.txt");
      if (java.nio.file.Files.exists(passwords)) {
        System.out.printf(
            "  Passwords of the platform admin and the demo accounts: %s%n%n", passwords);
      }
    } else {
      System.err.println("Etalase did not become ready; the Payara log above says why.");
      System.exit(1);
    }
    System.exit(process.waitFor());
  }

  private static boolean awaitReady(int port, Process process) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI ready = URI.create("http://localhost:" + port + "/health/ready");
    Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
    while (process.isAlive() && Instant.now().isBefore(deadline)) {
      try {
        HttpResponse<String> response =
            client.send(
                HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        // Payara answers /health even when the app failed to deploy; our check proves it did not.
        if (response.statusCode() == 200 && response.body().contains("\"database\"")) {
          return true;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    return false;
  }
}
