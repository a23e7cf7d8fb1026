package id.etalase.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TenantUrlsTest {

  private static CustomDomain domain(String name, DomainStatus status) {
    return new CustomDomain(
        name,
        status,
        "0123456789abcdef0123456789abcdef",
        status == DomainStatus.VERIFIED ? DomainProof.DNS : null,
        OffsetDateTime.now(),
        status == DomainStatus.VERIFIED ? OffsetDateTime.now() : null,
        null,
        null);
  }

  private static TenantSnapshot tenant(String canonical, CustomDomain... domains) {
    return new TenantSnapshot(
        1,
        "bondowoso",
        "Kabupaten Bondowoso",
        "35.11",
        TenantStatus.ACTIVE,
        "id",
        null,
        new Branding("#112233", "#eeeeee", "#aa5500"),
        new Office(null, null, null, null, null, null),
        List.of(domains),
        canonical,
        Map.of());
  }

  @Test
  void withoutACanonicalDomainLinksAreOnThePlatformsAddress() {
    TenantUrls urls = new TenantUrls("https", null, "etalase.id");
    // A pending domain, and a verified one that was not chosen, are not used: no alphabetical pick.
    TenantSnapshot t =
        tenant(
            null,
            domain("a.bondowoso.example", DomainStatus.VERIFIED),
            domain("b.example", DomainStatus.PENDING));
    assertEquals(
        "https://etalase.id/bondowoso/konsol/undangan?t=abc",
        urls.tenant(t, "/konsol/undangan?t=abc"));
    assertEquals("https://etalase.id/konsol/", urls.platform("/konsol/"));
  }

  @Test
  void theChosenVerifiedDomainIsCanonical() {
    TenantUrls urls = new TenantUrls("https", "443", "etalase.id");
    TenantSnapshot t =
        tenant(
            "umkm.bondowosokab.go.id",
            domain("a.bondowoso.example", DomainStatus.VERIFIED),
            domain("umkm.bondowosokab.go.id", DomainStatus.VERIFIED));
    assertEquals("https://umkm.bondowosokab.go.id/produk/kopi", urls.tenant(t, "/produk/kopi"));
    // The platform's address of the tenant stays what the branding page offers instead.
    assertEquals("https://etalase.id/bondowoso/", urls.onPlatform(t, "/"));
    assertThrows(IllegalArgumentException.class, () -> urls.onPlatform(t, "@evil.example/"));
  }

  @Test
  void aSnapshotCannotNameAPendingDomainCanonical() {
    assertThrows(
        IllegalArgumentException.class,
        () -> tenant("b.example", domain("b.example", DomainStatus.PENDING)));
  }

  @Test
  void schemeAndPortComeFromConfiguration() {
    TenantUrls local = new TenantUrls("HTTP", "8080", "localhost");
    assertEquals("http://localhost:8080/bondowoso/", local.tenant(tenant(null), "/"));
    assertEquals(
        "http://localhost/bondowoso/",
        new TenantUrls("http", "80", "localhost").tenant(tenant(null), "/"));
    assertThrows(IllegalStateException.class, () -> new TenantUrls("ftp", null, "etalase.id"));
    assertThrows(IllegalStateException.class, () -> new TenantUrls("https", "0", "etalase.id"));
    assertThrows(IllegalStateException.class, () -> new TenantUrls("https", "x", "etalase.id"));
    assertThrows(IllegalStateException.class, () -> new TenantUrls("https", null, "etalase.id/x"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new TenantUrls("https", null, "etalase.id").tenant(tenant(null), "@evil.example/"));
  }
}
