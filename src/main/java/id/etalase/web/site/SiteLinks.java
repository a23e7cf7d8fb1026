package id.etalase.web.site;

import id.etalase.tenant.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Absolute links of the public site: canonical URLs on the tenant's own domain when it has one. */
@Named
@RequestScoped
public class SiteLinks {

  @Inject private CurrentTenant currentTenant;
  @Inject private HttpServletRequest request;

  @Inject
  @ConfigProperty(name = "etalase.platform.domain", defaultValue = "localhost")
  private String platformDomain;

  /** The one URL search engines and shared links should use for a tenant path. */
  public String canonical(String tenantPath) {
    String domain = currentTenant.require().primaryDomain();
    if (domain != null) {
      return "https://" + domain + tenantPath;
    }
    if (!platformDomain.equals("localhost")) {
      return "https://" + currentTenant.require().slug() + "." + platformDomain + tenantPath;
    }
    // Local development only: the Host header is not trusted for anything else.
    String origin =
        request.getScheme()
            + "://"
            + request.getServerName()
            + (request.getServerPort() == 80 || request.getServerPort() == 443
                ? ""
                : ":" + request.getServerPort());
    return origin + request.getContextPath() + "/" + currentTenant.require().slug() + tenantPath;
  }
}
