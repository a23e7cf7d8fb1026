package id.etalase.web.consoles.common;

import id.etalase.access.ConsoleUser;
import id.etalase.account.ConsoleAuthenticationMechanism;
import id.etalase.account.SessionCheck;
import id.etalase.tenant.CurrentTenant;
import id.etalase.tenant.TenantFilter;
import id.etalase.web.ConsoleAccess;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Guards the three consoles with {@link ConsoleAccess}: sends strangers to the login page, answers
 * 404 to a user of another tenant and 403 to a role that may not enter. Console pages are never
 * cached. Mapped in web.xml after the tenant filter and before the router.
 */
public class ConsoleAccessFilter extends HttpFilter {

  @Inject private CurrentTenant currentTenant;
  @Inject private SessionCheck sessionCheck;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String tenantPath = (String) request.getAttribute(TenantFilter.TENANT_PATH);
    String platformPath = request.getRequestURI().substring(request.getContextPath().length());
    ConsoleAccess.Decision decision;
    String page;
    String login;
    if (tenantPath != null && ConsoleAccess.isTenantConsole(tenantPath)) {
      page = pageOf(tenantPath);
      long tenantId = currentTenant.require().id();
      ConsoleUser user = user(request);
      if (user != null && user.belongsTo(tenantId)) {
        user = current(request, user);
      }
      decision = ConsoleAccess.tenantPage(page, user, tenantId, Instant.now());
      login = currentTenant.link("/konsol/masuk");
    } else if (tenantPath == null && ConsoleAccess.isPlatformConsole(platformPath)) {
      page = pageOf(platformPath);
      ConsoleUser user = user(request);
      if (user != null && user.isPlatformAdmin()) {
        user = current(request, user);
      }
      decision = ConsoleAccess.platformPage(page, user, Instant.now());
      login = request.getContextPath() + "/platform/masuk";
    } else {
      chain.doFilter(request, response);
      return;
    }
    response.setHeader("Cache-Control", "no-store");
    switch (decision) {
      case ALLOW -> chain.doFilter(request, response);
      case NOT_FOUND -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
      case FORBIDDEN -> response.sendError(HttpServletResponse.SC_FORBIDDEN);
      case LOGIN -> toLogin(request, response, login);
    }
  }

  private static void toLogin(
      HttpServletRequest request, HttpServletResponse response, String login) throws IOException {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(ConsoleAuthenticationMechanism.USER);
    }
    boolean ajax = "partial/ajax".equals(request.getHeader("Faces-Request"));
    String target = login;
    if ("GET".equals(request.getMethod())) {
      target += "?lanjut=" + URLEncoder.encode(request.getRequestURI(), StandardCharsets.UTF_8);
    }
    if (ajax) {
      // A Faces ajax request follows a redirect only when it is told in its own format.
      response.setContentType("text/xml;charset=UTF-8");
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + target.replace("&", "&amp;").replace("\"", "&quot;")
                  + "\"/></partial-response>");
    } else {
      response.sendRedirect(target);
    }
  }

  /**
   * The session's user while the account still speaks for it; after it was disabled, given another
   * role, a new password or an MFA reset, the session ends here, before any page or service runs.
   */
  private ConsoleUser current(HttpServletRequest request, ConsoleUser user) {
    if (sessionCheck.isCurrent(user)) {
      return user;
    }
    request.getSession().invalidate();
    return null;
  }

  private static ConsoleUser user(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null
            && session.getAttribute(ConsoleAuthenticationMechanism.USER) instanceof ConsoleUser u
        ? u
        : null;
  }

  /** The page a console path names, without a trailing slash. */
  static String pageOf(String path) {
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
