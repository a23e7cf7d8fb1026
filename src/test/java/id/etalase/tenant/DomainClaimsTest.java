package id.etalase.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A tenant's custom domains and its canonical choice (moved here from {@code TenantRulesTest}). */
class DomainClaimsTest {

  @Test
  void onlyAVerifiedDomainOfTheTenantCanBeCanonical() {
    Tenant tenant =
        new Tenant(
            "bondowoso",
            "Kabupaten Bondowoso",
            "35.11",
            new Branding("#112233", "#eeeeee", "#aa5500"),
            null);
    List<String> claimed = tenant.domains().request(Set.of("umkm.bondowoso.example"));
    assertEquals(List.of("umkm.bondowoso.example"), claimed);
    TenantDomain pending = tenant.domains().get("umkm.bondowoso.example").orElseThrow();
    assertEquals(DomainStatus.PENDING, pending.getStatus());
    assertTrue(pending.getToken().matches("[0-9a-f]{32}"), pending.getToken());
    assertThrows(
        IllegalArgumentException.class,
        () -> tenant.domains().chooseCanonical("umkm.bondowoso.example"));
    assertThrows(
        IllegalArgumentException.class,
        () -> tenant.domains().chooseCanonical("umkm.situbondokab.go.id"));

    assertTrue(pending.verify(DomainProof.DNS, "_etalase.umkm.bondowoso.example"));
    tenant.domains().chooseCanonical("umkm.bondowoso.example");
    assertEquals("umkm.bondowoso.example", tenant.getCanonicalDomain());
    // Asking again keeps the claim and its proof; dropping it drops the canonical choice.
    assertEquals(List.of(), tenant.domains().request(Set.of("umkm.bondowoso.example")));
    assertEquals(
        DomainProof.DNS, tenant.domains().get("umkm.bondowoso.example").orElseThrow().getProof());
    tenant.domains().request(Set.of());
    assertEquals(null, tenant.getCanonicalDomain());
    // A claim made again is a new claim, with a new token, pending.
    tenant.domains().request(Set.of("umkm.bondowoso.example"));
    TenantDomain again = tenant.domains().get("umkm.bondowoso.example").orElseThrow();
    assertEquals(DomainStatus.PENDING, again.getStatus());
    assertTrue(!again.getToken().equals(pending.getToken()));
  }

  @Test
  void aFolderVouchesForTheDomainsItLists() {
    Tenant tenant =
        new Tenant(
            "bondowoso",
            "Kabupaten Bondowoso",
            "35.11",
            new Branding("#112233", "#eeeeee", "#aa5500"),
            null);
    tenant.domains().request(Set.of("umkm.bondowoso.example", "lain.example"));
    assertEquals(
        List.of("umkm.bondowoso.example"),
        tenant.domains().vouchFromFolder(Set.of("umkm.bondowoso.example")));
    assertEquals(
        DomainStatus.PENDING, tenant.domains().get("lain.example").orElseThrow().getStatus());
    tenant.domains().serveFromFolder(Set.of("umkm.bondowosokab.go.id"), "umkm.bondowosokab.go.id");
    assertEquals(Set.of("umkm.bondowosokab.go.id"), tenant.domains().names());
    assertEquals(
        DomainProof.FOLDER,
        tenant.domains().get("umkm.bondowosokab.go.id").orElseThrow().getProof());
    assertEquals("umkm.bondowosokab.go.id", tenant.getCanonicalDomain());
  }

  @Test
  void releasingTheCanonicalDomainFallsBackToThePlatformsAddress() {
    Tenant tenant =
        new Tenant(
            "bondowoso",
            "Kabupaten Bondowoso",
            "35.11",
            new Branding("#112233", "#eeeeee", "#aa5500"),
            null);
    tenant.domains().serveFromFolder(Set.of("umkm.bondowosokab.go.id"), "umkm.bondowosokab.go.id");
    assertEquals("umkm.bondowosokab.go.id", tenant.domains().canonical());
    assertTrue(tenant.domains().release("umkm.bondowosokab.go.id"));
    assertEquals(null, tenant.getCanonicalDomain());
    assertEquals(Set.of(), tenant.domains().names());
    assertTrue(!tenant.domains().release("umkm.bondowosokab.go.id"));
  }
}
