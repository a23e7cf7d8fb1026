package id.etalase.web;

import static id.etalase.web.ConsoleAccess.Decision.ALLOW;
import static id.etalase.web.ConsoleAccess.Decision.FORBIDDEN;
import static id.etalase.web.ConsoleAccess.Decision.LOGIN;
import static id.etalase.web.ConsoleAccess.Decision.NOT_FOUND;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.etalase.access.ConsoleUser;
import id.etalase.access.Role;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConsoleAccessTest {

  private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

  private static ConsoleUser user(Long tenant, Role role) {
    return new ConsoleUser(tenant, 1, "a@b.id", "A", role, null, false, NOW.minusSeconds(60), 0);
  }

  @Test
  void tenantConsolesOpenOnlyToTheirOwnTenantsAccounts() {
    assertEquals(LOGIN, ConsoleAccess.tenantPage("/konsol", null, 1, NOW));
    assertEquals(ALLOW, ConsoleAccess.tenantPage("/konsol/masuk", null, 1, NOW));
    assertEquals(ALLOW, ConsoleAccess.tenantPage("/konsol", user(1L, Role.OPERATOR), 1, NOW));
    assertEquals(NOT_FOUND, ConsoleAccess.tenantPage("/konsol", user(2L, Role.OPERATOR), 1, NOW));
    assertEquals(
        NOT_FOUND, ConsoleAccess.tenantPage("/admin", user(2L, Role.TENANT_ADMIN), 1, NOW));
    assertEquals(
        NOT_FOUND, ConsoleAccess.tenantPage("/konsol", user(null, Role.PLATFORM_ADMIN), 1, NOW));
    assertEquals(FORBIDDEN, ConsoleAccess.tenantPage("/admin", user(1L, Role.OPERATOR), 1, NOW));
    assertEquals(
        FORBIDDEN, ConsoleAccess.tenantPage("/admin/akun", user(1L, Role.BUSINESS_OWNER), 1, NOW));
    assertEquals(
        ALLOW, ConsoleAccess.tenantPage("/admin/akun", user(1L, Role.TENANT_ADMIN), 1, NOW));
  }

  @Test
  void theInsightPagesAreTheTenantAdminsOnly() {
    for (String page : new String[] {"/admin", "/admin/sertifikat", "/admin/katalog"}) {
      assertEquals(ALLOW, ConsoleAccess.tenantPage(page, user(1L, Role.TENANT_ADMIN), 1, NOW));
      assertEquals(FORBIDDEN, ConsoleAccess.tenantPage(page, user(1L, Role.OPERATOR), 1, NOW));
      assertEquals(
          FORBIDDEN, ConsoleAccess.tenantPage(page, user(1L, Role.BUSINESS_OWNER), 1, NOW));
      assertEquals(NOT_FOUND, ConsoleAccess.tenantPage(page, user(2L, Role.TENANT_ADMIN), 1, NOW));
    }
  }

  @Test
  void businessOwnersOpenTheirDashboardBusinessProductsAndOrdersOnly() {
    ConsoleUser owner = user(1L, Role.BUSINESS_OWNER);
    for (String page :
        new String[] {
          "/konsol",
          "/konsol/usaha",
          "/konsol/usaha/ubah",
          "/konsol/produk",
          "/konsol/produk/ubah",
          "/konsol/pesanan",
          "/konsol/pesanan/lihat"
        }) {
      assertEquals(ALLOW, ConsoleAccess.tenantPage(page, owner, 1, NOW), page);
    }
    for (String page :
        new String[] {
          "/konsol/kategori",
          "/konsol/sentra",
          "/konsol/sentra/ubah",
          "/konsol/impor",
          "/konsol/impor/riwayat",
          "/konsol/ekspor"
        }) {
      assertEquals(FORBIDDEN, ConsoleAccess.tenantPage(page, owner, 1, NOW), page);
    }
    assertEquals(
        ALLOW, ConsoleAccess.tenantPage("/konsol/sentra", user(1L, Role.OPERATOR), 1, NOW));
  }

  @Test
  void platformConsoleOpensToPlatformAdminsOnly() {
    assertEquals(LOGIN, ConsoleAccess.platformPage("/platform", null, NOW));
    assertEquals(ALLOW, ConsoleAccess.platformPage("/platform/masuk", null, NOW));
    assertEquals(
        NOT_FOUND, ConsoleAccess.platformPage("/platform", user(1L, Role.TENANT_ADMIN), NOW));
    assertEquals(
        ALLOW, ConsoleAccess.platformPage("/platform", user(null, Role.PLATFORM_ADMIN), NOW));
  }

  @Test
  void aSessionEndsAfterTwelveHoursEvenWhenBusy() {
    ConsoleUser old =
        new ConsoleUser(
            1L, 1, "a@b.id", "A", Role.OPERATOR, null, false, NOW.minusSeconds(13 * 3600), 0);
    assertEquals(LOGIN, ConsoleAccess.tenantPage("/konsol", old, 1, NOW));
  }
}
