package id.etalase.testing;

import id.etalase.access.ConsoleUser;
import id.etalase.curation.CurationAction;
import id.etalase.curation.CurationService;
import id.etalase.curation.RecordType;
import id.etalase.onboarding.TenantOnboarding;
import id.etalase.tenant.TenantSnapshot;

/**
 * A tenant a test class onboards for itself, as the platform console does, so that every figure of
 * it is exactly what the class made: no demo data, no other class's records.
 */
public final class OwnTenant {

  private OwnTenant() {}

  /** A new tenant of the regency, with its first admin {@code admin@<slug>.etalase.test}. */
  public static TenantSnapshot onboard(
      TenantOnboarding onboarding, String regencyCode, String slug, String adminName) {
    return onboarding
        .create(
            Actors.platformAdmin(),
            new TenantOnboarding.NewTenant(
                regencyCode,
                slug,
                null,
                null,
                null,
                null,
                "admin@" + slug + ".etalase.test",
                adminName))
        .tenant();
  }

  /** Submits and publishes the records, as the tenant's admin; inside the tenant's work. */
  public static void publish(
      CurationService curation, ConsoleUser admin, RecordType type, Iterable<Long> ids) {
    for (long id : ids) {
      curation.apply(type, id, CurationAction.SUBMIT, null, admin);
      curation.apply(type, id, CurationAction.PUBLISH, null, admin);
    }
  }
}
