package id.etalase.onboarding;

import id.etalase.common.RecordNotFoundException;
import id.etalase.tenant.Branding;
import id.etalase.tenant.Tenant;
import id.etalase.tenant.TenantRepository;
import id.etalase.tenant.TenantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;

/** Changes to the platform's tenant registry, each in its own transaction. */
@ApplicationScoped
@Transactional
public class TenantRegistryWrites {

  @Inject private TenantRepository tenants;

  /** Registers a new, active tenant; its domain, if any, is claimed and pending. */
  public void create(
      String slug, String name, String regencyCode, Branding branding, String domain) {
    Tenant tenant = new Tenant(slug, name, regencyCode, branding, null);
    tenant.domains().request(domain == null ? Set.of() : Set.of(domain));
    tenants.persist(tenant);
  }

  /**
   * @return the status before
   */
  public TenantStatus setStatus(String slug, TenantStatus status) {
    Tenant tenant =
        tenants.findBySlug(slug).orElseThrow(() -> new RecordNotFoundException("Tenant", slug));
    TenantStatus before = tenant.getStatus();
    if (status == TenantStatus.ACTIVE) {
      tenant.resume();
    } else {
      tenant.suspend();
    }
    return before;
  }
}
