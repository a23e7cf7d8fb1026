package id.etalase.insight;

import id.etalase.access.Role;
import id.etalase.account.AccountMail;
import id.etalase.tenant.CurrentTenant;
import id.etalase.tenant.TenantEntityManager;
import id.etalase.tenant.TenantSnapshot;
import id.etalase.tenant.TenantUrls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One tenant's compliance digest for one day: the certificates expiring within 90 days, mailed to
 * the tenant's admins. The day is claimed first, by inserting it into {@code insight_digest}: only
 * the transaction whose insert went in gets the mail to send, so two nodes or a restart never send
 * it twice. The mail goes out after that transaction committed; mail that fails is logged and not
 * retried that day: a missed reminder is better than a flood.
 */
@ApplicationScoped
public class DigestSender {

  private static final Logger LOG = Logger.getLogger(DigestSender.class.getName());

  /** The window of the digest: the longest the reminders page offers. */
  static final int DAYS = 90;

  @Inject private TenantEntityManager tenantEm;
  @Inject private ComplianceReminders reminders;
  @Inject private AccountMail mail;
  @Inject private CurrentTenant currentTenant;
  @Inject private TenantUrls urls;

  /** What one call did. */
  public enum Outcome {
    /** Another node or an earlier run already claimed the day. */
    ALREADY_SENT,
    /** Claimed; nothing expires soon, so no mail. */
    NOTHING_DUE,
    /** Claimed, with certificates to remind of: the digest is to be sent. */
    DUE
  }

  /** The day's digest as claimed: the mail to send when {@link Outcome#DUE}. */
  public record Digest(Outcome outcome, List<String> to, String subject, String text) {
    static Digest of(Outcome outcome) {
      return new Digest(outcome, List.of(), null, null);
    }
  }

  /**
   * Claims the current tenant's digest of {@code today} unless it was claimed already, and writes
   * it. Runs inside a transaction bound to the tenant ({@code TenantWork}); {@link #send} it after
   * that transaction committed.
   */
  public Digest claim(LocalDate today) {
    List<ExpiringCertificate> due = reminders.within(DAYS, today);
    List<String> admins =
        tenantEm
            .get()
            .createQuery(
                "SELECT a.email FROM Account a WHERE a.role = :role AND a.enabled = true"
                    + " ORDER BY a.email",
                String.class)
            .setParameter("role", Role.TENANT_ADMIN)
            .getResultList();
    if (!insert(today, due.isEmpty() ? 0 : admins.size(), due.size())) {
      return Digest.of(Outcome.ALREADY_SENT);
    }
    if (due.isEmpty()) {
      return Digest.of(Outcome.NOTHING_DUE);
    }
    TenantSnapshot tenant = currentTenant.require();
    InsightExports.Texts texts = new InsightExports.Texts(tenant.defaultLanguage());
    StringBuilder text = new StringBuilder();
    text.append(texts.get("insight.digest.intro")).append("\n\n");
    for (ExpiringCertificate e : due) {
      text.append(e.expiresOn())
          .append("  ")
          .append(e.kind())
          .append("  ")
          .append(e.number())
          .append("  ")
          .append(e.businessName())
          .append('\n');
    }
    text.append('\n').append(urls.tenant(tenant, "/admin/sertifikat")).append('\n');
    return new Digest(
        Outcome.DUE,
        admins,
        texts.get("insight.digest.subject") + " - " + tenant.name(),
        text.toString());
  }

  /** Mails a claimed digest to each admin; returns how many it reached. */
  public int send(Digest digest) {
    int reached = 0;
    for (String admin : digest.to()) {
      if (mail.send(admin, digest.subject(), digest.text())) {
        reached++;
      } else {
        LOG.log(Level.WARNING, "A compliance digest did not reach a tenant admin");
      }
    }
    return reached;
  }

  /** Inserts the day's row; false when it was there (the primary key holds the day once). */
  private boolean insert(LocalDate day, int recipients, int expiring) {
    long tenant = currentTenant.require().id();
    try (PreparedStatement insert =
        tenantEm
            .connection()
            .prepareStatement(
                "INSERT INTO insight_digest (tenant_id, sent_on, recipients, expiring)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT (tenant_id, sent_on) DO NOTHING")) {
      insert.setLong(1, tenant);
      insert.setObject(2, day);
      insert.setInt(3, recipients);
      insert.setInt(4, expiring);
      return insert.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new PersistenceException("The digest day could not be claimed", e);
    }
  }
}
