package id.etalase.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The Payara Server domain of {@code PayaraServerDeploymentIT}, prepared by {@code
 * deployment/payara-server/setup.sh}. Creating, starting, configuring and restarting a domain takes
 * most of a minute of waiting on its own JVM; when the whole suite runs, this listener starts it as
 * the session opens, so it overlaps Payara Micro's start instead of adding to the suite's time. The
 * test then deploys the WAR to it with the same script.
 */
public class PayaraServerDomain implements LauncherSessionListener {

  public static final String NAME = "etalase-it";
  public static final int PORT_BASE = 28000;
  public static final int HTTP_PORT = 28180;
  public static final Path LOG = Path.of("target/payara-server-setup.log");
  static final Path DEPLOY_LOG = Path.of("target/payara-server-deploy.log");

  private static Process preparing;
  private static boolean started;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (home() != null && reachesTheTest()) {
      preparing = setup("domain", LOG);
      started = true;
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    stop();
  }

  /** Prepares the domain, unless the session already began to, and deploys the WAR to it. */
  public static synchronized void deploy() throws IOException, InterruptedException {
    if (preparing == null) {
      preparing = setup("domain", LOG);
      started = true;
    }
    finish(preparing, LOG);
    finish(setup("deploy", DEPLOY_LOG), DEPLOY_LOG);
  }

  public static synchronized void stop() {
    if (!started) {
      return;
    }
    started = false;
    try {
      if (preparing != null && preparing.isAlive()) {
        preparing.waitFor(10, TimeUnit.MINUTES);
      }
      new ProcessBuilder(home().resolve("bin/asadmin").toString(), "stop-domain", NAME)
          .inheritIO()
          .start()
          .waitFor(2, TimeUnit.MINUTES);
    } catch (IOException e) {
      System.err.println("Stopping the Payara Server domain: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public static Path home() {
    String home = System.getProperty("etalase.payara.server.home");
    return home == null ? null : Path.of(home);
  }

  /**
   * Failsafe passes {@code -Dit.test} on as {@code etalase.it.test}; left unresolved (or empty),
   * every class runs.
   */
  private static boolean reachesTheTest() {
    String named = System.getProperty("etalase.it.test", "");
    return named.isBlank() || named.startsWith("${") || named.contains("PayaraServer");
  }

  private static Process setup(String steps, Path log) {
    ProcessBuilder setup =
        new ProcessBuilder("bash", "deployment/payara-server/setup.sh")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    // The database settings and passwords come from the environment, as in production.
    setup.environment().put("PAYARA_HOME", home().toString());
    setup.environment().put("ETALASE_DOMAIN", NAME);
    setup.environment().put("ETALASE_PORT_BASE", Integer.toString(PORT_BASE));
    setup.environment().put("ETALASE_HTTP_PORT", Integer.toString(HTTP_PORT));
    setup.environment().put("ETALASE_SETUP_STEPS", steps);
    try {
      return setup.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void finish(Process process, Path log) throws IOException, InterruptedException {
    boolean finished = process.waitFor(10, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    if (!finished || process.exitValue() != 0) {
      throw new AssertionError("setup.sh failed:\n" + Files.readString(log));
    }
  }
}
