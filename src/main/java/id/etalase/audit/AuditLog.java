package id.etalase.audit;

import id.etalase.access.Access;
import id.etalase.access.ConsolePrincipal;
import id.etalase.access.ConsoleUser;
import id.etalase.common.ClientAddress;
import id.etalase.common.Conditions;
import id.etalase.common.Json;
import id.etalase.common.LikePattern;
import id.etalase.common.RecordFields;
import id.etalase.tenant.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.TypedQuery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the audit log of the current tenant, in the transaction of the change it records, so a
 * change and its entry are committed or rolled back together. The actor is the console user of the
 * request (with the client's address), or the system outside a request.
 */
@ApplicationScoped
public class AuditLog {

  @Inject private TenantEntityManager tenantEm;
  @Inject private Access access;
  @Inject private Instance<HttpServletRequest> request;
  @Inject private Instance<ClientAddress> clientAddress;
  @Inject private Instance<AuditActor> onBehalfOf;

  /** Records a change by the actor of the current request. */
  public void record(
      String recordType,
      Long recordId,
      String recordName,
      String action,
      Map<String, FieldChange> changes) {
    record(actor(), recordType, recordId, recordName, action, changes);
  }

  /** Records a change by a given actor, for work done on behalf of a request elsewhere. */
  public void record(
      Actor actor,
      String recordType,
      Long recordId,
      String recordName,
      String action,
      Map<String, FieldChange> changes) {
    persist(
        OffsetDateTime.now(ZoneOffset.UTC),
        actor,
        recordType,
        recordId,
        recordName,
        action,
        changes);
  }

  /**
   * Records a change the demo history made up, at the past time it says, as {@link
   * Actor#DEMO_HISTORY}: so a demo tenant's dashboard has publications spread over months, and its
   * audit log still says that no person made them.
   */
  public void recordGenerated(
      OffsetDateTime at,
      String recordType,
      Long recordId,
      String recordName,
      String action,
      Map<String, FieldChange> changes) {
    persist(
        Objects.requireNonNull(at, "at"),
        Actor.DEMO_HISTORY,
        recordType,
        recordId,
        recordName,
        action,
        changes);
  }

  private void persist(
      OffsetDateTime at,
      Actor actor,
      String recordType,
      Long recordId,
      String recordName,
      String action,
      Map<String, FieldChange> changes) {
    tenantEm
        .get()
        .persist(
            new AuditEntry(at, actor, recordType, recordId, recordName, action, toJson(changes)));
  }

  /**
   * The fields that differ between two versions of a record (components of a Java record, such as
   * {@code BusinessData}), in their declared order. Null stands for "did not exist".
   */
  public static Map<String, FieldChange> diff(Record before, Record after) {
    Record shape = after != null ? after : before;
    Map<String, FieldChange> changes = new LinkedHashMap<>();
    if (shape == null) {
      return changes;
    }
    for (String field : RecordFields.names(shape.getClass())) {
      Object was = before == null ? null : RecordFields.value(before, field);
      Object is = after == null ? null : RecordFields.value(after, field);
      if (!same(was, is)) {
        changes.put(field, new FieldChange(was, is));
      }
    }
    return changes;
  }

  /**
   * The actor of the current request: the one named by {@link AuditActor} for background work, its
   * console user, or the system.
   */
  public Actor actor() {
    try {
      Actor named = onBehalfOf.get().get();
      if (named != null) {
        return named;
      }
    } catch (RuntimeException noRequestContext) {
      // Start-up imports run without any request context.
    }
    try {
      if (request.isResolvable()) {
        Principal principal = request.get().getUserPrincipal();
        String address = clientAddress.get().get();
        if (principal instanceof ConsolePrincipal console) {
          ConsoleUser user = console.user();
          return new Actor(
              user.isPlatformAdmin()
                  ? AuditEntry.ActorKind.PLATFORM_ADMIN
                  : AuditEntry.ActorKind.ACCOUNT,
              user.id(),
              user.displayName() + " <" + user.email() + ">",
              address);
        }
        return new Actor(AuditEntry.ActorKind.SYSTEM, null, "system", address);
      }
    } catch (RuntimeException outsideARequest) {
      // Start-up imports and jobs run without an HTTP request.
    }
    return Actor.SYSTEM;
  }

  private static boolean same(Object a, Object b) {
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    if (a instanceof Collection<?> x && x.isEmpty() && b == null
        || b instanceof Collection<?> y && y.isEmpty() && a == null) {
      return true;
    }
    return Objects.equals(a, b);
  }

  static String toJson(Map<String, FieldChange> changes) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    changes.forEach(
        (field, change) ->
            json.add(
                field,
                Json.createObjectBuilder()
                    .add("before", text(change.before()))
                    .add("after", text(change.after()))));
    return json.build().toString();
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  /** One page of the tenant's audit log, newest first. */
  @Transactional
  public List<AuditEntry> find(ConsoleUser reader, AuditQuery query, int first, int max) {
    access.admin(reader);
    return entries(query, first, max);
  }

  private List<AuditEntry> entries(AuditQuery query, int first, int max) {
    Conditions where = where(query);
    TypedQuery<AuditEntry> q =
        tenantEm
            .get()
            .createQuery(
                "SELECT e FROM AuditEntry e" + where.clause() + " ORDER BY e.at DESC, e.id DESC",
                AuditEntry.class);
    return where.bind(q).setFirstResult(first).setMaxResults(max).getResultList();
  }

  @Transactional
  public long count(ConsoleUser reader, AuditQuery query) {
    access.admin(reader);
    Conditions where = where(query);
    return where
        .bind(
            tenantEm
                .get()
                .createQuery("SELECT COUNT(e) FROM AuditEntry e" + where.clause(), Long.class))
        .getSingleResult();
  }

  /** The latest entries, for the staff's dashboard. */
  @Transactional
  public List<AuditEntry> latest(ConsoleUser reader, int max) {
    access.staff(reader);
    return entries(new AuditQuery(null, null, null), 0, max);
  }

  private static Conditions where(AuditQuery q) {
    return new Conditions()
        .and("e.recordType = :type", "type", q.recordType())
        .and("e.action = :action", "action", q.action())
        .and(
            "(LOWER(e.actorName) LIKE :text OR LOWER(e.recordName) LIKE :text)",
            "text",
            q.text() == null ? null : LikePattern.contains(q.text()));
  }
}
