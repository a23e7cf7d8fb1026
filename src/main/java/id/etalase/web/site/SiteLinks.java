package id.etalase.web.site;

import id.etalase.tenant.CurrentTenant;
import id.etalase.tenant.TenantUrls;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Absolute links of the public site (canonical URLs, sitemaps, QR codes): the current tenant's URLs
 * from {@link TenantUrls}, on its chosen canonical domain when it has one.
 */
@Named
@RequestScoped
public class SiteLinks {

  @Inject private CurrentTenant currentTenant;
  @Inject private TenantUrls urls;

  /** The one URL search engines and shared links should use for a tenant path. */
  public String canonical(String tenantPath) {
    return urls.tenant(currentTenant.require(), tenantPath);
  }
}
