package id.etalase.web;

import id.etalase.tenant.TenantDirectory;
import id.etalase.tenant.TenantSnapshot;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/** Backs {@code /index.xhtml}: the platform's front page, a list of the active directories. */
@Named
@RequestScoped
public class IndexBacking {

  @Inject private TenantDirectory directory;

  @Inject private HttpServletRequest request;

  public List<TenantSnapshot> getTenants() {
    return directory.active();
  }

  /** The path-prefix address of a tenant's directory, which works on any host. */
  public String link(TenantSnapshot tenant) {
    return request.getContextPath() + "/" + tenant.slug() + "/";
  }
}
