package id.etalase.access;

import id.etalase.common.NotAllowedException;
import id.etalase.tenant.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * Who may act on the console data of the current tenant: the one place every service asks, with the
 * console user who acts. The consoles' filter and pages decide what to show; these checks hold even
 * when a filter was bypassed or a parameter tampered with, so a refusal here is the last word.
 *
 * <ul>
 *   <li>staff: the tenant's operators and admins, over the whole catalog;
 *   <li>admin: the tenant's admins (accounts, branding, featured products, audit log);
 *   <li>a business owner: their own business and its products only;
 *   <li>platform: the platform team, over the tenant registry.
 * </ul>
 *
 * Every refusal is a {@link NotAllowedException}, answered 403 (or 404 where the page hides that
 * the record exists).
 */
@ApplicationScoped
public class Access {

  @Inject private CurrentTenant currentTenant;

  /** An operator or admin of the current tenant. */
  public ConsoleUser staff(ConsoleUser actor) {
    return check(actor, isStaff(member(actor)), "staff");
  }

  /** An admin of the current tenant. */
  public ConsoleUser admin(ConsoleUser actor) {
    return check(actor, member(actor).role() == Role.TENANT_ADMIN, "admin");
  }

  /**
   * An admin of the given tenant, whichever tenant the request resolved to: for work on the tenant
   * as a whole (its branding and domains), which runs outside the tenant's own transaction.
   */
  public ConsoleUser adminOf(ConsoleUser actor, long tenantId) {
    Objects.requireNonNull(actor, "No console user acts");
    return check(
        actor,
        actor.belongsTo(tenantId) && actor.role() == Role.TENANT_ADMIN,
        "admin of tenant " + tenantId);
  }

  /** Anyone of the current tenant's consoles, owners included. */
  public ConsoleUser member(ConsoleUser actor) {
    Objects.requireNonNull(actor, "No console user acts");
    return check(actor, actor.belongsTo(currentTenant.require().id()), "member of this tenant");
  }

  /** Staff of the current tenant, or the owner of this business. */
  public ConsoleUser business(ConsoleUser actor, Long businessId) {
    ConsoleUser member = member(actor);
    return check(actor, reaches(member, businessId), "staff or owner of business " + businessId);
  }

  /**
   * Whether a member of the tenant reaches a record that belongs to this business (null: to none):
   * staff reach every record, a business owner only their own business's.
   */
  public static boolean reaches(ConsoleUser member, Long businessId) {
    return isStaff(member) || businessId != null && businessId.equals(member.businessId());
  }

  /** A member of the platform team. */
  public ConsoleUser platform(ConsoleUser actor) {
    Objects.requireNonNull(actor, "No console user acts");
    return check(actor, actor.isPlatformAdmin(), "platform admin");
  }

  /** Whether the actor is a business owner, whose reach is their own business. */
  public static boolean isOwner(ConsoleUser actor) {
    return actor.role() == Role.BUSINESS_OWNER;
  }

  private static boolean isStaff(ConsoleUser actor) {
    return actor.role() == Role.OPERATOR || actor.role() == Role.TENANT_ADMIN;
  }

  private static ConsoleUser check(ConsoleUser actor, boolean allowed, String needed) {
    if (!allowed) {
      throw new NotAllowedException(actor.role() + " account " + actor.id() + " is not " + needed);
    }
    return actor;
  }
}
