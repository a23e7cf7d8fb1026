package id.etalase.web;

import id.etalase.common.NotAllowedException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Error pages render as fresh pages. When a form post fails (an expired or forged view state), the
 * error dispatch still carries the post's parameters, and Faces and PrimeFaces would treat the
 * error page as a postback of a view that does not exist. Mapped for ERROR dispatches only.
 *
 * <p>A view state the server does not know is the client's request gone stale, not a server fault:
 * it is answered 400 instead of the container's 500 (the expired page offers to sign in again, see
 * {@link ExpiredPage}). {@link ExpiredViewFilter} answers most of them before they become an error
 * dispatch; this covers the rest. A refusal by a service ({@link NotAllowedException}) that no page
 * caught is answered with the 403 page.
 */
public class ErrorPageRequestFilter extends HttpFilter {

  private static final Set<String> POSTBACK_PARAMETERS =
      Set.of("jakarta.faces.ViewState", "primefaces.nonce");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Throwable error =
        request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t ? t : null;
    if (error != null && ExpiredViewFilter.expiredView(error) != null) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    } else if (refusal(error)) {
      // A service refused who acts, past whatever the page showed: the 403 page, not a fault.
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      request
          .getRequestDispatcher("/WEB-INF/errorpages/403.xhtml")
          .forward(withoutPostback(request), response);
      return;
    }
    chain.doFilter(withoutPostback(request), response);
  }

  private static boolean refusal(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof NotAllowedException) {
        return true;
      }
    }
    return false;
  }

  /** The request as a fresh page sees it: without the failed post's view state and nonce. */
  static HttpServletRequest withoutPostback(HttpServletRequest request) {
    return new WithoutPostback(request);
  }

  private static final class WithoutPostback extends HttpServletRequestWrapper {

    WithoutPostback(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getParameter(String name) {
      return POSTBACK_PARAMETERS.contains(name) ? null : super.getParameter(name);
    }

    @Override
    public String[] getParameterValues(String name) {
      return POSTBACK_PARAMETERS.contains(name) ? null : super.getParameterValues(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      Map<String, String[]> map = new HashMap<>(super.getParameterMap());
      map.keySet().removeAll(POSTBACK_PARAMETERS);
      return Collections.unmodifiableMap(map);
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(getParameterMap().keySet());
    }
  }
}
