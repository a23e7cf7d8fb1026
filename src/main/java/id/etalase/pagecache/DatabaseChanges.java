package id.etalase.pagecache;

import id.etalase.tenant.TenantDirectory;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears the changes every node makes (the triggers of migration 0017 NOTIFY at commit) and drops
 * the pages they made stale, so several nodes can share one database. A registry change also
 * reloads this node's tenant directory first, so the next rendering uses the new name or colours.
 * While the connection is down nothing can be trusted: every page is dropped, and again once it
 * listens anew.
 */
@ApplicationScoped
public class DatabaseChanges {

  static final String CATALOG_CHANNEL = "etalase_catalog_change";
  static final String TENANT_CHANNEL = "etalase_tenant_change";
  private static final Logger LOG = Logger.getLogger(DatabaseChanges.class.getName());
  private static final int WAIT_MILLIS = 1000;

  @Resource(lookup = "jdbc/etalase")
  private DataSource dataSource;

  @Resource private ManagedThreadFactory threads;

  @Inject private PageCache cache;
  @Inject private TenantDirectory directory;

  private volatile boolean running;
  private Thread listener;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    if (!cache.isEnabled()) {
      return;
    }
    running = true;
    listener = threads.newThread(this::listen);
    listener.setName("etalase-database-changes");
    listener.setDaemon(true);
    listener.start();
  }

  @PreDestroy
  void stop() {
    running = false;
    if (listener != null) {
      listener.interrupt();
    }
  }

  private void listen() {
    while (running) {
      try (Connection connection = dataSource.getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("LISTEN " + CATALOG_CHANNEL);
        statement.execute("LISTEN " + TENANT_CHANNEL);
        cache.changedEverything();
        PGConnection postgres = connection.unwrap(PGConnection.class);
        while (running) {
          PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
          if (notifications != null) {
            for (PGNotification notification : notifications) {
              apply(notification.getName(), notification.getParameter());
            }
          }
        }
      } catch (SQLException | RuntimeException e) {
        cache.changedEverything();
        if (running) {
          LOG.log(Level.WARNING, "Not hearing database changes; retrying in a second", e);
          pause();
        }
      }
    }
  }

  void apply(String channel, String tenant) {
    if (TENANT_CHANNEL.equals(channel)) {
      directory.refresh();
    }
    if (tenant == null || !tenant.matches("[0-9]{1,18}")) {
      cache.changedEverything();
    } else {
      cache.changed(Long.parseLong(tenant));
    }
  }

  private void pause() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }
}
