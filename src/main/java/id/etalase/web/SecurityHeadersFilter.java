package id.etalase.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Headers every response carries. The Content-Security-Policy is the one PrimeFaces is configured
 * with in web.xml ({@code primefaces.CSP_POLICY}): scripts from this origin only, never inline ones
 * without the per-response nonce that PrimeFaces adds on the consoles; inline styles stay allowed
 * for the tenant's colours and PrimeFaces' widgets. HSTS is sent only over TLS (directly, or as a
 * proxy reports it).
 */
public class SecurityHeadersFilter extends HttpFilter {

  static final String CSP = "Content-Security-Policy";

  private String policy;

  @Override
  public void init() {
    policy = getServletContext().getInitParameter("primefaces.CSP_POLICY") + ";";
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader(CSP, policy);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("X-Frame-Options", "DENY");
    if (request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    chain.doFilter(request, new OnePolicy(response));
  }

  /**
   * PrimeFaces adds its policy with a nonce as a second header; browsers would enforce both, and
   * the first one has no nonce. The later policy replaces the earlier one instead.
   */
  private static final class OnePolicy extends HttpServletResponseWrapper {

    OnePolicy(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if (CSP.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }
  }
}
