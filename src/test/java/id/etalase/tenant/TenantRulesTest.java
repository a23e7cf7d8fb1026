package id.etalase.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TenantRulesTest {

  private final TenantRules rules = new TenantRules("etalase.test");

  private String refusal(String typed) {
    return rules
        .domain(TenantRules.normaliseDomain(typed))
        .map(TenantRules.Refusal::messageKey)
        .orElse("allowed");
  }

  @Test
  void hostsThePlatformServesAnywayAreRefused() {
    // <slug>.<platform domain> is another tenant's host by slug.
    assertEquals("problem.domainTenantHost", refusal("situbondo.etalase.test"));
    assertEquals("problem.domainTenantHost", refusal("Situbondo.Etalase.Test."));
    assertEquals("problem.domainPlatform", refusal("www.etalase.test"));
    // Any depth under the platform domain, and the platform domain itself.
    assertEquals("problem.domainPlatform", refusal("a.situbondo.etalase.test"));
    assertEquals("problem.domainPlatform", refusal("x.y.z.etalase.test"));
    assertEquals("problem.domainPlatform", refusal("etalase.test"));
    // localhost, whatever the platform domain.
    assertEquals("problem.domainLocal", refusal("localhost"));
    assertEquals("problem.domainLocal", refusal("situbondo.localhost"));
    assertEquals("problem.domainLocal", refusal("a.b.localhost"));
    // IP literals.
    assertEquals("problem.domainIp", refusal("127.0.0.1"));
    assertEquals("problem.domainIp", refusal("10.1.2.3"));
    assertEquals("problem.domainIp", refusal("[::1]"));
    assertEquals("problem.domainIp", refusal("::ffff:7f00:1"));
    // Not a host name.
    assertEquals("problem.domain", refusal("bukan domain"));
    assertEquals("problem.domain", refusal("umkm.situbondo.etalase.test/"));
    assertEquals("problem.domain", refusal("x"));
  }

  @Test
  void aRegencysOwnDomainIsAllowed() {
    for (String ok :
        List.of(
            "umkm.bondowoso.example",
            "umkm.bondowosokab.go.id",
            "etalase.situbondo.test",
            "notetalase.test",
            "xn--bcher-kva.example")) {
      assertEquals("allowed", refusal(ok), ok);
    }
  }

  @Test
  void withoutAPlatformDomainOnlyTheUniversalRulesHold() {
    TenantRules universal = TenantRules.universal();
    assertEquals(Optional.empty(), universal.domain("situbondo.etalase.test"));
    assertTrue(universal.domain("bondowoso.localhost").isPresent());
    assertTrue(universal.domain("192.168.1.1").isPresent());
  }

  @Test
  void whenThePlatformIsLocalhostItsSubdomainsAreTenantHosts() {
    TenantRules local = new TenantRules("localhost");
    assertEquals(
        "problem.domainLocal", local.domain("situbondo.localhost").orElseThrow().messageKey());
  }

  @Test
  void refusalsReadInEnglishForTenantFolders() {
    String text = rules.domain("situbondo.etalase.test").orElseThrow().english();
    assertTrue(text.contains("situbondo.etalase.test"), text);
    assertTrue(text.contains("\"situbondo\""), text);
    assertTrue(text.contains("platform's address"), text);
  }

  @Test
  void slugs() {
    assertEquals(Optional.empty(), TenantRules.slug("kota-probolinggo"));
    assertEquals(
        "problem.tenantSlugReserved", TenantRules.slug("platform").orElseThrow().messageKey());
    assertEquals(
        "problem.tenantSlugReserved", TenantRules.slug("metrics").orElseThrow().messageKey());
    for (String bad : new String[] {null, "", "Bondowoso", "-a", "a-", "a_b", "a b"}) {
      assertEquals(
          "problem.slug", TenantRules.slug(bad).orElseThrow().messageKey(), String.valueOf(bad));
    }
    assertEquals("problem.tooLong", TenantRules.slug("a".repeat(64)).orElseThrow().messageKey());
  }

  @Test
  void coloursAreNormalisedOrRefused() {
    assertEquals(Optional.of("#1a2b3c"), TenantRules.colour(" #1A2B3C "));
    assertEquals(Optional.of("#f0f4f8"), TenantRules.colour("f0f4f8"));
    for (String bad :
        new String[] {
          null, "", "merah", "#12345g", "#fff", "#fff;}</style><script>", "#1a2b3c4d"
        }) {
      assertEquals(Optional.empty(), TenantRules.colour(bad), String.valueOf(bad));
    }
  }

  @Test
  void theRegistrysEntitiesKeepOnlyWhatTheseRulesAllow() {
    String colour = TenantRules.colour(" #1A2B3C ").orElseThrow();
    assertEquals("#1a2b3c", new Branding(colour, "#eeeeee", "#aa5500").getPrimaryColour());
    assertThrows(
        IllegalArgumentException.class, () -> new Branding("#1A2B3C", "#eeeeee", "#aa5500"));
    assertThrows(
        IllegalArgumentException.class, () -> new Branding("#fff;}", "#eeeeee", "#aa5500"));
    Branding branding = new Branding("#112233", "#eeeeee", "#aa5500");
    assertTrue(TenantRules.isSlug("kota-probolinggo"));
    for (String bad : new String[] {"Bondowoso", "-a", "a_b"}) {
      assertTrue(TenantRules.slug(bad).isPresent(), bad);
      assertThrows(
          IllegalArgumentException.class, () -> new Tenant(bad, "X", "35.11", branding, null));
    }
    Tenant tenant = new Tenant("bondowoso", "Kabupaten Bondowoso", "35.11", branding, null);
    for (String bad : new String[] {"bukan domain", "x", "umkm.example/"}) {
      assertEquals("problem.domain", refusal(bad), bad);
      assertThrows(
          IllegalArgumentException.class, () -> tenant.domains().request(Set.of(bad)), bad);
    }
  }
}
