package id.etalase.importing;

import id.etalase.tenant.TenantDirectory;
import id.etalase.tenant.TenantSnapshot;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At start-up, fails every tenant's import that a stopped server left running; then, on a schedule,
 * does so again and expires previews nobody confirmed within {@code
 * etalase.import.unconfirmed-hours}, removing their uploads ({@link ImportHousekeeping}).
 *
 * <p>Several nodes may share the database, and a node starting up must not fail a batch another
 * node is still writing. So only batches whose heartbeat (their progress) is older than {@code
 * etalase.import.stale-minutes} count as interrupted; on a single node, a batch interrupted just
 * before a quick restart is therefore failed by the first sweep after it went stale, not at once.
 */
@Startup
@Singleton
@DependsOn("TenantBootstrap")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportRecovery {

  private static final Logger LOG = Logger.getLogger(ImportRecovery.class.getName());

  @Inject
  @ConfigProperty(name = "etalase.import.unconfirmed-hours", defaultValue = "24")
  long unconfirmedHours;

  @Inject
  @ConfigProperty(name = "etalase.import.stale-minutes", defaultValue = "15")
  long staleMinutes;

  @Inject
  @ConfigProperty(name = "etalase.import.sweep-minutes", defaultValue = "15")
  long sweepMinutes;

  @Inject private TenantDirectory directory;
  @Inject private ImportHousekeeping housekeeping;
  @Resource private ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> sweeping;

  @PostConstruct
  void start() {
    if (unconfirmedHours < 1 || staleMinutes < 1 || sweepMinutes < 1) {
      throw new IllegalStateException(
          "etalase.import.unconfirmed-hours, stale-minutes and sweep-minutes must be at least 1");
    }
    recover();
    sweeping =
        scheduler.scheduleWithFixedDelay(this::sweep, sweepMinutes, sweepMinutes, TimeUnit.MINUTES);
  }

  @PreDestroy
  void stop() {
    if (sweeping != null) {
      sweeping.cancel(false);
    }
  }

  /** Fails every tenant's interrupted imports. A tenant that fails is logged; the rest go on. */
  public void recover() {
    OffsetDateTime staleBefore = now().minus(Duration.ofMinutes(staleMinutes));
    for (TenantSnapshot tenant : directory.all()) {
      try {
        housekeeping.failInterrupted(tenant, staleBefore);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, tenant.slug() + ": interrupted imports not recovered", e);
      }
    }
  }

  /** {@link #recover()}, then every tenant's unconfirmed previews expired. */
  public void sweep() {
    recover();
    OffsetDateTime createdBefore = now().minus(Duration.ofHours(unconfirmedHours));
    for (TenantSnapshot tenant : directory.all()) {
      try {
        housekeeping.expireUnconfirmed(tenant, createdBefore);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, tenant.slug() + ": unconfirmed imports not expired", e);
      }
    }
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
