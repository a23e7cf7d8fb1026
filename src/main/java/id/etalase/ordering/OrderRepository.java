package id.etalase.ordering;

import id.etalase.common.Conditions;
import id.etalase.common.LikePattern;
import id.etalase.tenant.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Orders of the current tenant. Every query runs through {@link TenantEntityManager}, so it sees
 * the current tenant's rows only, in JPA and again in PostgreSQL's row-level security.
 */
@ApplicationScoped
public class OrderRepository {

  /** The consoles' days are Western Indonesian days. */
  static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

  @Inject private TenantEntityManager tenantEm;

  public Optional<CustomerOrder> findById(long id) {
    return Optional.ofNullable(tenantEm.get().find(CustomerOrder.class, id));
  }

  public Optional<CustomerOrder> findByTokenHash(String hash) {
    return tenantEm
        .get()
        .createQuery("SELECT o FROM CustomerOrder o WHERE o.tokenHash = :hash", CustomerOrder.class)
        .setParameter("hash", hash)
        .getResultStream()
        .findFirst();
  }

  /**
   * The next order number of the tenant. A transaction-scoped advisory lock per tenant makes
   * concurrent orders take turns here (the unique key would refuse a duplicate anyway).
   */
  public int nextNumber(long tenantId) {
    // EclipseLink forbids native queries with multitenant entities: the transaction's connection.
    try (PreparedStatement lock =
        tenantEm.connection().prepareStatement("SELECT pg_advisory_xact_lock(14, ?)")) {
      lock.setInt(1, (int) tenantId);
      lock.execute();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot take the order number lock", e);
    }
    Integer max =
        tenantEm
            .get()
            .createQuery("SELECT MAX(o.number) FROM CustomerOrder o", Integer.class)
            .getSingleResult();
    return max == null ? 1 : max + 1;
  }

  public void persist(CustomerOrder order) {
    tenantEm.get().persist(order);
    tenantEm.get().flush();
  }

  public java.util.List<CustomerOrder> find(OrderFilter filter, int first, int max) {
    Conditions where = where(filter);
    TypedQuery<CustomerOrder> q =
        tenantEm
            .get()
            .createQuery(
                "SELECT o FROM CustomerOrder o JOIN FETCH o.business b"
                    + where.clause()
                    + " ORDER BY o.createdAt DESC, o.id DESC",
                CustomerOrder.class);
    return where.bind(q).setFirstResult(first).setMaxResults(max).getResultList();
  }

  public long count(OrderFilter filter) {
    Conditions where = where(filter);
    return where
        .bind(
            tenantEm
                .get()
                .createQuery(
                    "SELECT COUNT(o) FROM CustomerOrder o JOIN o.business b" + where.clause(),
                    Long.class))
        .getSingleResult();
  }

  private static Conditions where(OrderFilter f) {
    Conditions where =
        new Conditions()
            .and("o.status = :status", "status", f.status())
            .and("b.id = :business", "business", f.businessId())
            .and("o.createdAt >= :from", "from", f.from() == null ? null : start(f.from()))
            .and("o.createdAt < :to", "to", f.to() == null ? null : start(f.to().plusDays(1)));
    if (f.text() != null) {
      Integer number = number(f.text());
      where.and(
          "(LOWER(o.buyerName) LIKE :text OR o.buyerWhatsapp LIKE :text OR LOWER(b.name) LIKE :text"
              + (number != null ? " OR o.number = :number" : "")
              + ")",
          "text",
          LikePattern.contains(f.text()));
      if (number != null) {
        where.with("number", number);
      }
    }
    return where;
  }

  /** The order number in "P-00042", "00042" or "42". */
  private static Integer number(String text) {
    String digits = text.replaceFirst("^[Pp]-", "");
    return digits.matches("[0-9]{1,9}") ? Integer.valueOf(digits) : null;
  }

  static OffsetDateTime start(LocalDate day) {
    return day.atStartOfDay(ZONE).toOffsetDateTime();
  }
}
