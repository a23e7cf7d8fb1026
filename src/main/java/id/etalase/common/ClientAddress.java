package id.etalase.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address of the client of this request, for login throttling and the audit log. Behind a
 * reverse proxy or ingress ({@code etalase.http.trust-forwarded-for=true}) it is the last address
 * in {@code X-Forwarded-For}, the one the proxy itself saw; anything further left is the client's
 * own claim. Without a proxy the header is ignored, since anyone can send it.
 */
@RequestScoped
public class ClientAddress {

  @Inject private HttpServletRequest request;

  @Inject
  @ConfigProperty(name = "etalase.http.trust-forwarded-for", defaultValue = "false")
  private boolean trustForwardedFor;

  public String get() {
    String forwarded = trustForwardedFor ? request.getHeader("X-Forwarded-For") : null;
    if (forwarded != null && !forwarded.isBlank()) {
      String[] hops = forwarded.split(",");
      return hops[hops.length - 1].strip();
    }
    return request.getRemoteAddr();
  }

  public String userAgent() {
    return request.getHeader("User-Agent");
  }
}
