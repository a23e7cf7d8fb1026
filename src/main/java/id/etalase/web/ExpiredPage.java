package id.etalase.web;

import id.etalase.tenant.CurrentTenant;
import id.etalase.tenant.TenantFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The expired page's way back ({@code WEB-INF/errorpages/expired.xhtml}): the login page of the
 * console whose form could not be restored, whether the page is an error dispatch or OmniFaces'
 * answer to an ajax request. The public site has no login to offer.
 */
@Named
@RequestScoped
public class ExpiredPage {

  @Inject private HttpServletRequest request;
  @Inject private CurrentTenant currentTenant;

  /** The login page of the console the failed request was on; null outside the consoles. */
  public String getSignIn() {
    String tenantPath = (String) request.getAttribute(TenantFilter.TENANT_PATH);
    if (tenantPath != null) {
      return ConsoleAccess.isTenantConsole(tenantPath) && currentTenant.isResolved()
          ? currentTenant.link("/konsol/masuk")
          : null;
    }
    Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String uri = failed == null ? request.getRequestURI() : failed.toString();
    String path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
    return ConsoleAccess.isPlatformConsole(path)
        ? request.getContextPath() + "/platform/masuk"
        : null;
  }
}
