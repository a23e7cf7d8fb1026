package id.etalase.traffic;

import id.etalase.tenant.TenantDirectory;
import id.etalase.tenant.TenantSnapshot;
import id.etalase.tenant.TenantWork;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Moves the in-memory totals of {@link TrafficCounter} to the database in the background, every
 * {@code etalase.traffic.flush-seconds} and once more when the application stops, each tenant in
 * its own transaction. A tenant whose write fails keeps its totals for the next flush; the others
 * go on.
 */
@Startup
@Singleton
@DependsOn("TenantBootstrap")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TrafficFlush {

  private static final Logger LOG = Logger.getLogger(TrafficFlush.class.getName());

  @Inject
  @ConfigProperty(name = "etalase.traffic.flush-seconds", defaultValue = "60")
  long flushSeconds;

  @Inject private TrafficCounter counter;
  @Inject private TrafficStore store;
  @Inject private TenantDirectory directory;
  @Inject private TenantWork work;
  @Resource private ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> flushing;
  private final Object oneAtATime = new Object();

  @PostConstruct
  void start() {
    if (flushSeconds < 1) {
      throw new IllegalStateException("etalase.traffic.flush-seconds must be at least 1");
    }
    flushing =
        scheduler.scheduleWithFixedDelay(
            this::flushLogged, flushSeconds, flushSeconds, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (flushing != null) {
      flushing.cancel(false);
    }
    flushLogged();
  }

  private void flushLogged() {
    try {
      flush();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Traffic counts not flushed; kept for the next flush", e);
    }
  }

  /** Writes every total counted so far; returns how many totals were written. */
  public int flush() {
    synchronized (oneAtATime) {
      Map<TrafficCounter.Key, Long> totals = counter.drain();
      Map<Long, Map<TrafficCounter.Key, Long>> byTenant = new HashMap<>();
      totals.forEach(
          (key, count) ->
              byTenant.computeIfAbsent(key.tenantId(), t -> new HashMap<>()).put(key, count));
      int written = 0;
      for (Map.Entry<Long, Map<TrafficCounter.Key, Long>> e : byTenant.entrySet()) {
        TenantSnapshot tenant =
            directory.all().stream().filter(t -> t.id() == e.getKey()).findFirst().orElse(null);
        if (tenant == null) {
          continue; // a tenant removed since: nothing to count for
        }
        try {
          work.runAs(tenant, () -> store.add(tenant.id(), e.getValue()));
          written += e.getValue().size();
        } catch (RuntimeException failure) {
          counter.restore(e.getValue());
          LOG.log(
              Level.WARNING, tenant.slug() + ": traffic counts kept for the next flush", failure);
        }
      }
      return written;
    }
  }
}
