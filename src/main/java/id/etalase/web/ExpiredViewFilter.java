package id.etalase.web;

import id.etalase.common.ClientAddress;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * Answers a post whose view state the server does not know (stale, or forged), or whose PrimeFaces
 * nonce is not the page's, with the expired page and 400, before the exception leaves the Faces
 * Servlet. Anyone can send such posts, as many as they like: left to the container, each would log
 * three stack traces (the dispatcher, the servlet wrapper and OmniFaces' filter). Here each is one
 * short line. Every other error goes on to the error pages and is logged in full.
 *
 * <p>Mapped in web.xml on the Faces Servlet, for requests and for the router's forwards. Ajax posts
 * never get here: OmniFaces' handler answers them (see {@link AjaxExceptionHandlerFactory}).
 */
public class ExpiredViewFilter extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(ExpiredViewFilter.class.getName());

  static final String EXPIRED_PAGE = "/WEB-INF/errorpages/expired.xhtml";

  private static final String LOGGED = ExpiredViewFilter.class.getName() + ".logged";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      Throwable expired = expiredView(e);
      if (expired == null || response.isCommitted()) {
        throw e;
      }
      String uri = originalUri(request);
      logOnce(request, uri);
      request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, expired);
      request.setAttribute(RequestDispatcher.ERROR_EXCEPTION_TYPE, expired.getClass());
      request.setAttribute(RequestDispatcher.ERROR_MESSAGE, expired.getMessage());
      request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, uri);
      request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_BAD_REQUEST);
      response.resetBuffer();
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      request
          .getRequestDispatcher(EXPIRED_PAGE)
          .forward(ErrorPageRequestFilter.withoutPostback(request), response);
    }
  }

  /**
   * The exception, somewhere in the causes of an error, that says a post was stale or forged: an
   * unknown view state, or a PrimeFaces CSP nonce that is not the one the page was given. Null when
   * there is none.
   */
  static Throwable expiredView(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof ViewExpiredException || t instanceof CspException) {
        return t;
      }
    }
    return null;
  }

  /**
   * The one line a stale or forged view state is worth: which page, from which client (behind a
   * proxy, as {@link ClientAddress} trusts it), without a stack trace.
   */
  static void logOnce(HttpServletRequest request, String uri) {
    // OmniFaces may report one ajax failure twice (handling it, then rendering the error page).
    if (request.getAttribute(LOGGED) != null) {
      return;
    }
    request.setAttribute(LOGGED, Boolean.TRUE);
    String path = uri.length() > 200 ? uri.substring(0, 200) + "…" : uri;
    LOG.info(
        () ->
            "Unknown or expired view state: "
                + request.getMethod()
                + " "
                + path
                + " from "
                + CDI.current().select(ClientAddress.class).get().get()
                + ", answered with the expired page");
  }

  /** The path the client asked for, not the view the router forwarded it to. */
  static String originalUri(HttpServletRequest request) {
    Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    return forwarded != null ? forwarded.toString() : request.getRequestURI();
  }
}
