package id.etalase.web;

import id.etalase.access.ConsoleUser;
import id.etalase.access.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Who may open which console page. Three consoles: the operator console ({@code /konsol/}) and the
 * government console ({@code /admin/}) of a tenant, and the platform console ({@code /platform/}).
 * A page of another tenant's console is answered as if it did not exist, so nobody learns what
 * other tenants hold.
 */
public final class ConsoleAccess {

  /** What to do with a console request. */
  public enum Decision {
    ALLOW,
    /** Not signed in (or the session is too old): to the console's login page. */
    LOGIN,
    /** Another tenant's console, or another kind of console: 404. */
    NOT_FOUND,
    /** The right tenant, but the role may not open this console: 403. */
    FORBIDDEN
  }

  /** A session is signed out after this long even when it is used all the time. */
  static final Duration MAX_SESSION_AGE = Duration.ofHours(12);

  /** Pages of the tenant consoles that work without signing in: login, codes, links from e-mail. */
  static final Set<String> OPEN_TENANT_PAGES =
      Set.of(
          "/konsol/masuk",
          "/konsol/kode",
          "/konsol/daftar-mfa",
          "/konsol/undangan",
          "/konsol/atur-sandi",
          "/konsol/keluar");

  /**
   * The operator console's pages a business owner may open: their dashboard, their business, its
   * products and its orders. Clusters and categories are the operators' (403).
   */
  static final Set<String> OWNER_PAGES =
      Set.of(
          "/konsol",
          "/konsol/usaha",
          "/konsol/usaha/ubah",
          "/konsol/produk",
          "/konsol/produk/ubah",
          "/konsol/pesanan",
          "/konsol/pesanan/lihat");

  static final Set<String> OPEN_PLATFORM_PAGES =
      Set.of("/platform/masuk", "/platform/kode", "/platform/daftar-mfa", "/platform/keluar");

  private ConsoleAccess() {}

  /** Whether a path inside a tenant's site belongs to one of its consoles. */
  public static boolean isTenantConsole(String tenantPath) {
    return under(tenantPath, "/konsol") || under(tenantPath, "/admin");
  }

  /** Whether a path of the platform (no tenant) belongs to the platform console. */
  public static boolean isPlatformConsole(String path) {
    return under(path, "/platform");
  }

  /**
   * The decision for a page of a tenant console.
   *
   * @param tenantId the tenant the request resolved to
   */
  public static Decision tenantPage(String page, ConsoleUser user, long tenantId, Instant now) {
    if (OPEN_TENANT_PAGES.contains(page)) {
      return Decision.ALLOW;
    }
    if (user == null || tooOld(user, now)) {
      return Decision.LOGIN;
    }
    if (!user.belongsTo(tenantId)) {
      return Decision.NOT_FOUND;
    }
    if (under(page, "/admin")) {
      return user.role() == Role.TENANT_ADMIN ? Decision.ALLOW : Decision.FORBIDDEN;
    }
    if (user.role() == Role.BUSINESS_OWNER && !OWNER_PAGES.contains(page)) {
      return Decision.FORBIDDEN;
    }
    return Decision.ALLOW;
  }

  /** The decision for a page of the platform console. */
  public static Decision platformPage(String page, ConsoleUser user, Instant now) {
    if (OPEN_PLATFORM_PAGES.contains(page)) {
      return Decision.ALLOW;
    }
    if (user == null || tooOld(user, now)) {
      return Decision.LOGIN;
    }
    return user.isPlatformAdmin() ? Decision.ALLOW : Decision.NOT_FOUND;
  }

  private static boolean tooOld(ConsoleUser user, Instant now) {
    return now.isAfter(user.signedInAt().plus(MAX_SESSION_AGE));
  }

  private static boolean under(String path, String root) {
    return path.equals(root) || path.startsWith(root + "/");
  }
}
