package id.etalase.tenant;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Resolves the tenant of every request, once, and puts it in {@link CurrentTenant}. Nothing else
 * reads host names or paths to find a tenant. It answers 404 for an unknown tenant and 503 for a
 * suspended one; the error pages explain both without a stack trace.
 *
 * <p>Mapped in web.xml for REQUEST dispatches only, ahead of the site router.
 */
public class TenantFilter extends HttpFilter {

  /** The path inside the tenant's site, for the router. */
  public static final String TENANT_PATH = TenantFilter.class.getName() + ".tenantPath";

  /** The name of a suspended tenant, for the 503 page. */
  public static final String SUSPENDED_TENANT = TenantFilter.class.getName() + ".suspended";

  @Inject private TenantDirectory directory;

  @Inject private CurrentTenant currentTenant;

  @Inject
  @ConfigProperty(name = "etalase.platform.domain", defaultValue = "localhost")
  private String platformDomain;

  private TenantResolver resolver;

  @Override
  public void init() {
    // Read here, not injected: servlet filters are not CDI beans, and Payara cannot inject a
    // parameterized type such as Optional<List<String>> into them.
    List<String> sharedPaths =
        ConfigProvider.getConfig()
            .getOptionalValues("etalase.tenancy.shared-paths", String.class)
            .orElse(List.of());
    List<String> monitoringHosts =
        ConfigProvider.getConfig()
            .getOptionalValues("etalase.monitoring.hosts", String.class)
            .orElse(List.of());
    resolver =
        new TenantResolver(
            platformDomain,
            Set.copyOf(sharedPaths),
            Set.copyOf(monitoringHosts),
            directory::bySlug,
            directory::byDomain,
            directory::isPending);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String host = request.getHeader("Host");
    TenantResolver.Result result = resolver.resolve(host, path);
    // The raw path decides the tenant, but the container serves the decoded, normalised one
    // (/health/../metrics is /metrics): both must be allowed.
    String served =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if (!served.equals(path)
        && !served.isEmpty()
        && resolver.resolve(host, served) instanceof TenantResolver.Unknown) {
      result = new TenantResolver.Unknown();
    }
    if (result instanceof TenantResolver.Platform) {
      chain.doFilter(request, response);
    } else if (result instanceof TenantResolver.Unknown) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } else if (result instanceof TenantResolver.AddSlash add) {
      if (!add.tenant().isActive()) {
        suspended(request, response, add.tenant());
        return;
      }
      response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
      response.setHeader("Location", request.getContextPath() + "/" + add.tenant().slug() + "/");
    } else if (result instanceof TenantResolver.Found found) {
      if (!found.tenant().isActive()) {
        suspended(request, response, found.tenant());
        return;
      }
      String base =
          found.via() == TenantResolver.Via.PATH
              ? request.getContextPath() + "/" + found.tenant().slug()
              : request.getContextPath();
      currentTenant.enter(found.tenant(), base);
      request.setAttribute(TENANT_PATH, found.tenantPath());
      chain.doFilter(request, response);
    }
  }

  private static void suspended(
      HttpServletRequest request, HttpServletResponse response, TenantSnapshot tenant)
      throws IOException {
    request.setAttribute(SUSPENDED_TENANT, tenant.name());
    response.setHeader("Retry-After", "86400");
    response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
  }
}
