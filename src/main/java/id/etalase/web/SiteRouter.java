package id.etalase.web;

import id.etalase.tenant.TenantFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Maps the public URLs of a tenant's site to the views and servlets that serve them. The views live
 * in folders no URL reaches directly ({@code /site/...}), so each is served only for a resolved
 * tenant. Paths with no route get the 404 page.
 *
 * <p>Mapped in web.xml after {@link TenantFilter}.
 */
public class SiteRouter extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String tenantPath = (String) request.getAttribute(TenantFilter.TENANT_PATH);
    if (tenantPath == null) {
      chain.doFilter(request, response);
      return;
    }
    String target = route(tenantPath);
    if (target == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    request.getRequestDispatcher(target).forward(request, response);
  }

  /** The internal path serving a tenant path, or null when there is none. */
  static String route(String tenantPath) {
    if (tenantPath.equals("/")) {
      return "/site/home.xhtml";
    }
    if (tenantPath.startsWith("/aset/")
        && tenantPath.length() > 6
        && tenantPath.indexOf('/', 6) < 0) {
      return "/_aset/" + tenantPath.substring(6);
    }
    if (tenantPath.startsWith("/foto/")
        && tenantPath.length() > 6
        && tenantPath.indexOf('/', 6) < 0) {
      return "/_foto/" + tenantPath.substring(6);
    }
    return null;
  }
}
