package id.etalase.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.etalase.common.InvalidInputException;
import id.etalase.common.NotAllowedException;
import id.etalase.common.Problem;
import id.etalase.tenant.TenantDirectory;
import id.etalase.tenant.TenantSnapshot;
import id.etalase.testing.Actors;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Onboarding a regency, called as the platform console calls it: only a platform admin may, every
 * field is checked with the tenant rules, a regency, slug or domain another tenant has is refused,
 * and a refusal creates nothing. The whole journey, with the first admin's invitation, is in {@code
 * PlatformOnboardingJourneyIT}.
 */
@ExtendWith(ArquillianExtension.class)
class TenantOnboardingIT {

  @Inject TenantOnboarding onboarding;
  @Inject TenantDirectory directory;

  @Test
  void onlyAPlatformAdminOnboardsARegency() {
    int tenants = directory.all().size();
    TenantOnboarding.NewTenant lumajang =
        new TenantOnboarding.NewTenant(
            "35.08", "lumajang", null, null, null, null, "admin@lumajangkab.go.id", "Admin");
    TenantSnapshot bondowoso = directory.bySlug("bondowoso").orElseThrow();
    for (var tenantStaff : java.util.List.of(Actors.admin(bondowoso), Actors.operator(bondowoso))) {
      assertThrows(NotAllowedException.class, () -> onboarding.create(tenantStaff, lumajang));
    }
    assertEquals(tenants, directory.all().size());
  }

  @Test
  void hostileInputIsRefusedFieldByFieldAndCreatesNothing() {
    int tenants = directory.all().size();
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                onboarding.create(
                    Actors.platformAdmin(),
                    new TenantOnboarding.NewTenant(
                        "99.99",
                        "Bondowoso'; DROP TABLE tenant; --",
                        "localhost",
                        "red",
                        "#12345",
                        "<script>",
                        "bukan-email",
                        " ")));
    assertEquals(
        Map.of(
            "regencyCode", "problem.regency",
            "slug", "problem.slug",
            "domain", "problem.domainLocal",
            "primaryColour", "problem.colour",
            "secondaryColour", "problem.colour",
            "accentColour", "problem.colour",
            "adminEmail", "problem.email",
            "adminName", "problem.required"),
        byField(refused));
    assertEquals(tenants, directory.all().size());
  }

  @Test
  void aRegencySlugOrDomainAnotherTenantHasIsRefused() {
    int tenants = directory.all().size();
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                onboarding.create(
                    Actors.platformAdmin(),
                    new TenantOnboarding.NewTenant(
                        "35.11",
                        "situbondo",
                        "umkm.bondowosokab.go.id",
                        null,
                        null,
                        null,
                        "admin@bondowosokab.go.id",
                        "Admin Kedua")));
    assertEquals(
        Map.of(
            "regencyCode", "problem.regencyTaken",
            "slug", "problem.tenantSlugTaken",
            "domain", "problem.domainTaken"),
        byField(refused));
    assertEquals(tenants, directory.all().size());
  }

  private static Map<String, String> byField(InvalidInputException refused) {
    Map<String, String> keys = new TreeMap<>();
    for (Problem p : refused.problems()) {
      keys.putIfAbsent(p.field(), p.messageKey());
    }
    return keys;
  }
}
