package id.etalase.account;

import id.etalase.account.LoginRecord.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Writes login records and counts the failures that {@link LoginThrottle} weighs. */
@ApplicationScoped
public class LoginRecords {

  private static final List<Outcome> FAILURES = List.of(Outcome.BAD_PASSWORD, Outcome.BAD_CODE);

  @PersistenceContext(unitName = "etalase")
  private EntityManager em;

  void record(Long tenantId, String email, LoginClient client, Outcome outcome) {
    em.persist(new LoginRecord(tenantId, email, client, outcome));
  }

  /**
   * Failures of one account (e-mail within a tenant, or on the platform) since its last success.
   */
  LoginThrottle.Failures byAccount(Long tenantId, String email, Instant now) {
    String tenant = tenantId == null ? "r.tenantId IS NULL" : "r.tenantId = :tenant";
    OffsetDateTime since = at(now.minus(LoginThrottle.ACCOUNT_WINDOW));
    TypedQuery<OffsetDateTime> lastSuccess =
        em.createQuery(
            "SELECT MAX(r.at) FROM LoginRecord r WHERE r.email = :email AND "
                + tenant
                + " AND r.outcome = :success AND r.at > :since",
            OffsetDateTime.class);
    lastSuccess.setParameter("email", email).setParameter("success", Outcome.SUCCESS);
    lastSuccess.setParameter("since", since);
    if (tenantId != null) {
      lastSuccess.setParameter("tenant", tenantId);
    }
    OffsetDateTime success = lastSuccess.getSingleResult();
    TypedQuery<Object[]> failures =
        em.createQuery(
            "SELECT COUNT(r), MAX(r.at) FROM LoginRecord r WHERE r.email = :email AND "
                + tenant
                + " AND r.outcome IN :failures AND r.at > :since",
            Object[].class);
    failures.setParameter("email", email).setParameter("failures", FAILURES);
    failures.setParameter("since", success != null && success.isAfter(since) ? success : since);
    if (tenantId != null) {
      failures.setParameter("tenant", tenantId);
    }
    return failures(failures.getSingleResult());
  }

  /** Failures from one address, on any account of any tenant. */
  LoginThrottle.Failures byAddress(String address, Instant now) {
    return failures(
        em.createQuery(
                "SELECT COUNT(r), MAX(r.at) FROM LoginRecord r WHERE r.address = :address"
                    + " AND r.outcome IN :failures AND r.at > :since",
                Object[].class)
            .setParameter("address", address)
            .setParameter("failures", FAILURES)
            .setParameter("since", at(now.minus(LoginThrottle.ADDRESS_WINDOW)))
            .getSingleResult());
  }

  /** The latest attempts on one tenant's consoles, newest first. */
  public List<LoginRecord> latest(long tenantId, int max) {
    return em.createQuery(
            "SELECT r FROM LoginRecord r WHERE r.tenantId = :tenant ORDER BY r.at DESC",
            LoginRecord.class)
        .setParameter("tenant", tenantId)
        .setMaxResults(max)
        .getResultList();
  }

  private static LoginThrottle.Failures failures(Object[] row) {
    long count = ((Number) row[0]).longValue();
    OffsetDateTime last = (OffsetDateTime) row[1];
    return count == 0
        ? LoginThrottle.Failures.NONE
        : new LoginThrottle.Failures(count, last.toInstant());
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
