package id.etalase.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import id.etalase.tenant.TenantResolver.AddSlash;
import id.etalase.tenant.TenantResolver.Found;
import id.etalase.tenant.TenantResolver.Platform;
import id.etalase.tenant.TenantResolver.Unknown;
import id.etalase.tenant.TenantResolver.Via;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TenantResolverTest {

  private static final TenantSnapshot BONDOWOSO = tenant(1, "bondowoso", "umkm.bondowosokab.go.id");
  private static final TenantSnapshot SITUBONDO = tenant(2, "situbondo", "umkm.situbondokab.go.id");

  /** Claimed by Bondowoso's admin, not proven. */
  private static final String PENDING = "umkm.bondowoso.example";

  private final TenantResolver resolver = resolver(Set.of("metrics.internal"));

  private static TenantResolver resolver(Set<String> monitoringHosts) {
    return new TenantResolver(
        "etalase.id",
        Set.of("ArquillianServletRunnerEE9"),
        monitoringHosts,
        slug ->
            Optional.ofNullable(Map.of("bondowoso", BONDOWOSO, "situbondo", SITUBONDO).get(slug)),
        domain ->
            Optional.ofNullable(
                Map.of(
                        "umkm.bondowosokab.go.id", BONDOWOSO,
                        "umkm.situbondokab.go.id", SITUBONDO)
                    .get(domain)),
        PENDING::equals);
  }

  @Test
  void customDomainWinsAndKeepsThePath() {
    Found found =
        assertInstanceOf(Found.class, resolver.resolve("umkm.bondowosokab.go.id", "/cari"));
    assertEquals(BONDOWOSO, found.tenant());
    assertEquals(Via.HOST, found.via());
    assertEquals("/cari", found.tenantPath());
  }

  @Test
  void hostNamesAreMatchedWithoutCasePortOrTrailingDot() {
    for (String host :
        new String[] {
          "UMKM.BondowosoKab.go.id", "umkm.bondowosokab.go.id:8443", "umkm.bondowosokab.go.id."
        }) {
      assertEquals(
          BONDOWOSO, assertInstanceOf(Found.class, resolver.resolve(host, "/")).tenant(), host);
    }
  }

  @Test
  void platformSubdomainNamesTheTenant() {
    Found found = assertInstanceOf(Found.class, resolver.resolve("situbondo.etalase.id", "/"));
    assertEquals(SITUBONDO, found.tenant());
    assertEquals(Via.HOST, found.via());
  }

  @Test
  void unknownPlatformSubdomainIsUnknownEvenWithATenantPath() {
    assertInstanceOf(Unknown.class, resolver.resolve("jember.etalase.id", "/bondowoso/"));
  }

  @Test
  void hostWinsOverPath() {
    Found found =
        assertInstanceOf(Found.class, resolver.resolve("umkm.situbondokab.go.id", "/bondowoso/"));
    assertEquals(SITUBONDO, found.tenant());
    assertEquals("/bondowoso/", found.tenantPath());
  }

  @Test
  void deeperSubdomainsAndWwwFallBackToThePath() {
    assertInstanceOf(Platform.class, resolver.resolve("www.etalase.id", "/"));
    Found found = assertInstanceOf(Found.class, resolver.resolve("a.b.etalase.id", "/bondowoso/"));
    assertEquals(Via.PATH, found.via());
  }

  @Test
  void pathPrefixNamesTheTenantOnThePlatformHost() {
    Found found =
        assertInstanceOf(Found.class, resolver.resolve("etalase.id", "/bondowoso/aset/x.svg"));
    assertEquals(BONDOWOSO, found.tenant());
    assertEquals(Via.PATH, found.via());
    assertEquals("/aset/x.svg", found.tenantPath());
    assertEquals(
        "/",
        assertInstanceOf(Found.class, resolver.resolve("localhost:8080", "/situbondo/"))
            .tenantPath());
  }

  @Test
  void slugWithoutSlashIsRedirected() {
    assertEquals(
        BONDOWOSO,
        assertInstanceOf(AddSlash.class, resolver.resolve("etalase.id", "/bondowoso")).tenant());
  }

  @Test
  void unknownSlugsAreUnknown() {
    for (String path :
        new String[] {"/jember/", "/jember", "/Bondowoso/", "/%27--/", "/site/home.xhtml"}) {
      assertInstanceOf(Unknown.class, resolver.resolve("etalase.id", path), path);
    }
  }

  @Test
  void platformPathsAndSharedResourcesBelongToNoTenant() {
    for (String path : new String[] {"/", "", "/index.xhtml", "/platform/masuk"}) {
      assertInstanceOf(Platform.class, resolver.resolve("etalase.id", path), path);
    }
    for (String path :
        new String[] {
          "/jakarta.faces.resource/site.css.xhtml", "/health/ready", "/ArquillianServletRunnerEE9"
        }) {
      // Shared on every host, tenant hosts included, and pending domains too (probes).
      assertInstanceOf(Platform.class, resolver.resolve("umkm.bondowosokab.go.id", path), path);
      assertInstanceOf(Platform.class, resolver.resolve(PENDING, path), path);
    }
  }

  @Test
  void aPendingCustomDomainServesNothingOfItsTenantNorOfThePlatform() {
    for (String path :
        new String[] {
          "/", "/cari", "/sitemap.xml", "/konsol/masuk", "/bondowoso/", "/situbondo/", "/platform/"
        }) {
      assertInstanceOf(Unknown.class, resolver.resolve(PENDING, path), path);
      assertInstanceOf(Unknown.class, resolver.resolve(PENDING.toUpperCase() + ":80", path), path);
    }
  }

  @Test
  void theDomainProofFileIsNeverServedOnAnyHost() {
    for (String host :
        new String[] {
          PENDING,
          "umkm.bondowosokab.go.id",
          "bondowoso.etalase.id",
          "etalase.id",
          "localhost",
          null
        }) {
      assertInstanceOf(
          Unknown.class, resolver.resolve(host, "/.well-known/etalase-verifikasi.txt"), host);
    }
  }

  @Test
  void metricsAndOpenApiAnswerOnlyOnThePlatformAndMonitoringHosts() {
    for (String path : new String[] {"/metrics", "/metrics/base", "/openapi"}) {
      assertInstanceOf(Platform.class, resolver.resolve("etalase.id", path), path);
      assertInstanceOf(Platform.class, resolver.resolve("ETALASE.ID:443", path), path);
      assertInstanceOf(Platform.class, resolver.resolve("metrics.internal:9080", path), path);
      for (String host :
          new String[] {
            "umkm.bondowosokab.go.id",
            "bondowoso.etalase.id",
            "jember.etalase.id",
            PENDING,
            "www.etalase.id",
            "localhost:8080",
            "10.0.0.7",
            null
          }) {
        assertInstanceOf(Unknown.class, resolver.resolve(host, path), host + path);
      }
    }
    // Under a tenant's path it is a page of the tenant's site, which has none by that name.
    Found found =
        assertInstanceOf(Found.class, resolver.resolve("etalase.id", "/bondowoso/metrics"));
    assertEquals("/metrics", found.tenantPath());
  }

  @Test
  void anyHostAllowsMonitoringEverywhereButOnTenantHosts() {
    TenantResolver open = resolver(Set.of(TenantResolver.ANY_HOST));
    assertInstanceOf(Platform.class, open.resolve("10.0.0.7:8080", "/metrics"));
    assertInstanceOf(Platform.class, open.resolve("localhost", "/openapi"));
    for (String host :
        new String[] {
          "umkm.bondowosokab.go.id", "situbondo.etalase.id", "jember.etalase.id", PENDING
        }) {
      assertInstanceOf(Unknown.class, open.resolve(host, "/metrics"), host);
    }
  }

  @Test
  void missingOrOddHostHeadersFallBackToThePath() {
    assertInstanceOf(Found.class, resolver.resolve(null, "/bondowoso/"));
    assertInstanceOf(Found.class, resolver.resolve("[::1]:8080", "/bondowoso/"));
    assertInstanceOf(Found.class, resolver.resolve("<script>", "/bondowoso/"));
  }

  @Test
  void reservedSlugsCoverEveryPlatformAndSharedSegment() {
    assertEquals(true, TenantResolver.RESERVED_SLUGS.containsAll(TenantResolver.PLATFORM_SEGMENTS));
    assertEquals(true, TenantResolver.RESERVED_SLUGS.containsAll(TenantResolver.SHARED_SEGMENTS));
  }

  static TenantSnapshot tenant(long id, String slug, String domain) {
    return new TenantSnapshot(
        id,
        slug,
        "Kabupaten " + slug,
        "35.1" + id,
        TenantStatus.ACTIVE,
        "id",
        null,
        new Branding("#112233", "#eeeeee", "#aa5500"),
        new Office(null, null, null, null, null, null),
        List.of(
            new CustomDomain(
                domain,
                DomainStatus.VERIFIED,
                "0123456789abcdef0123456789abcdef",
                DomainProof.FOLDER,
                OffsetDateTime.now(),
                OffsetDateTime.now(),
                null,
                null)),
        null,
        Map.of());
  }
}
