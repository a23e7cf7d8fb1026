package id.etalase.testing;

import id.etalase.access.ConsoleUser;
import id.etalase.access.Role;
import id.etalase.tenant.TenantSnapshot;
import java.time.Instant;

/**
 * Console users for in-container tests that call services directly, as a signed-in console would
 * pass them. The id is not an account's: services check role, tenant and business, not the row.
 */
public final class Actors {

  private Actors() {}

  public static ConsoleUser operator(TenantSnapshot tenant) {
    return of(tenant, Role.OPERATOR, null);
  }

  public static ConsoleUser admin(TenantSnapshot tenant) {
    return of(tenant, Role.TENANT_ADMIN, null);
  }

  public static ConsoleUser owner(TenantSnapshot tenant, long businessId) {
    return of(tenant, Role.BUSINESS_OWNER, businessId);
  }

  /** A platform admin as the platform console passes one: no tenant. */
  public static ConsoleUser platformAdmin() {
    return new ConsoleUser(
        null,
        9_100_000L,
        "platform@uji.etalase.test",
        "Uji Platform",
        Role.PLATFORM_ADMIN,
        null,
        true,
        Instant.now(),
        0);
  }

  public static ConsoleUser of(TenantSnapshot tenant, Role role, Long businessId) {
    return new ConsoleUser(
        tenant.id(),
        9_000_000L + role.ordinal(),
        role.name().toLowerCase() + "@uji.etalase.test",
        "Uji " + role,
        role,
        businessId,
        false,
        Instant.now(),
        0);
  }
}
