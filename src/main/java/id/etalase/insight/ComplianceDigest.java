package id.etalase.insight;

import id.etalase.account.AccountMail;
import id.etalase.tenant.TenantDirectory;
import id.etalase.tenant.TenantSnapshot;
import id.etalase.tenant.TenantWork;
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
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The daily compliance digest: every half hour, once the day's hour {@code
 * etalase.insight.digest-hour} (Jakarta time, 7 by default) has come, each active tenant's digest
 * is claimed and mailed ({@link DigestSender}). Only when SMTP is configured: without it nothing is
 * claimed, so configuring it later still sends that day's digest. Every node runs this; the claim
 * in the database keeps it to one mail a day.
 */
@Startup
@Singleton
@DependsOn("TenantBootstrap")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ComplianceDigest {

  private static final Logger LOG = Logger.getLogger(ComplianceDigest.class.getName());

  @Inject
  @ConfigProperty(name = "etalase.insight.digest-hour", defaultValue = "7")
  int digestHour;

  @Inject private TenantDirectory directory;
  @Inject private TenantWork work;
  @Inject private DigestSender sender;
  @Inject private AccountMail mail;
  @Resource private ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> running;

  @PostConstruct
  void start() {
    if (digestHour < 0 || digestHour > 23) {
      throw new IllegalStateException("etalase.insight.digest-hour is an hour, 0 to 23");
    }
    running = scheduler.scheduleWithFixedDelay(this::run, 5, 30, TimeUnit.MINUTES);
  }

  @PreDestroy
  void stop() {
    if (running != null) {
      running.cancel(false);
    }
  }

  /** Sends every active tenant's digest that is due and not sent yet. */
  public void run() {
    ZonedDateTime now = ZonedDateTime.now(InsightFilter.ZONE);
    if (!mail.isConfigured() || now.getHour() < digestHour) {
      return;
    }
    LocalDate today = now.toLocalDate();
    for (TenantSnapshot tenant : directory.active()) {
      try {
        DigestSender.Digest digest = work.callAs(tenant, () -> sender.claim(today));
        if (digest.outcome() == DigestSender.Outcome.DUE) {
          sender.send(digest);
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, tenant.slug() + ": the compliance digest failed", e);
      }
    }
  }
}
