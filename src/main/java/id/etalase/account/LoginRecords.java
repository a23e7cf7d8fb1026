package id.etalase.account;

import id.etalase.account.LoginRecord.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes login records and counts the failures that {@link LoginThrottle} weighs. An attempt is
 * weighed and recorded under {@link #lockAttempts}, so parallel attempts on one account or from one
 * address are weighed one after the other, each against the records of those before it.
 */
@ApplicationScoped
public class LoginRecords {

  private static final List<Outcome> FAILURES = List.of(Outcome.BAD_PASSWORD, Outcome.BAD_CODE);

  @PersistenceContext(unitName = "etalase")
  private EntityManager em;

  /**
   * Takes the transaction's locks on an account (e-mail within a tenant, or on the platform) and on
   * a client address, in that order, so that two attempts never wait on each other the other way
   * round. Held until commit: the count an attempt is weighed against then includes every attempt
   * that held the locks before it, whatever came of it. PostgreSQL advisory locks, keyed by a hash
   * of 64 bits, which cannot be forged to collide with another account's.
   */
  void lockAttempts(Long tenantId, String email, String address) {
    lock("account " + (tenantId == null ? "platform" : tenantId.toString()) + " " + email);
    lock("address " + (address == null ? "" : address));
  }

  /**
   * Through the transaction's own JDBC connection, as {@code TenantEntityManager} binds the tenant:
   * EclipseLink allows no native query once a multitenant entity exists.
   */
  private void lock(String name) {
    Connection connection = em.unwrap(Connection.class);
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
      statement.setLong(1, lockKey(name));
      statement.execute();
    } catch (SQLException e) {
      throw new PersistenceException("Could not lock the login attempts of " + name, e);
    }
  }

  /** The first 64 bits of the name's SHA-256. */
  static long lockKey(String name) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(hash).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

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
