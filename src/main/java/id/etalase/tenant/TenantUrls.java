package id.etalase.tenant;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every absolute URL of a tenant: canonical links of the public site, QR codes, sitemaps, and the
 * links mailed to console users (invitations, password resets). Built from configuration and the
 * registry only, never from a request's {@code Host} header, which the client chooses: a forged
 * header must not end up in a mail.
 *
 * <p>A tenant's URLs are on its canonical domain when its admin chose one (always a verified
 * domain), else under the platform's address: {@code <scheme>://<platform domain>[:port]/<slug>}.
 * That address works without wildcard DNS or certificates for {@code <slug>.<platform domain>}.
 */
@ApplicationScoped
public class TenantUrls {

  @Inject
  @ConfigProperty(name = "etalase.platform.domain", defaultValue = "localhost")
  String platformDomain;

  @Inject
  @ConfigProperty(name = "etalase.public.scheme", defaultValue = "https")
  String scheme;

  /** Empty for the scheme's own port. */
  @Inject
  @ConfigProperty(name = "etalase.public.port")
  Optional<String> port;

  private String portSuffix;

  protected TenantUrls() {}

  /**
   * @param port empty or null for the scheme's own port
   */
  public TenantUrls(String scheme, String port, String platformDomain) {
    this.scheme = scheme;
    this.port = Optional.ofNullable(port);
    this.platformDomain = platformDomain;
    check();
  }

  @PostConstruct
  void check() {
    scheme = scheme == null ? "" : scheme.strip().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new IllegalStateException(
          "etalase.public.scheme must be https or http, not: " + scheme);
    }
    platformDomain = TenantRules.normaliseDomain(platformDomain);
    if (!platformDomain.equals("localhost") && !TenantRules.isDomainName(platformDomain)) {
      throw new IllegalStateException(
          "etalase.platform.domain must be a domain name, not: " + platformDomain);
    }
    String p = port == null ? "" : port.orElse("").strip();
    if (p.isEmpty()) {
      portSuffix = "";
      return;
    }
    int number;
    try {
      number = Integer.parseInt(p);
    } catch (NumberFormatException e) {
      number = -1;
    }
    if (number < 1 || number > 65535) {
      throw new IllegalStateException("etalase.public.port must be a port number, not: " + p);
    }
    boolean standard =
        number == 443 && scheme.equals("https") || number == 80 && scheme.equals("http");
    portSuffix = standard ? "" : ":" + number;
  }

  /** An absolute URL of the platform itself, such as its console. */
  public String platform(String path) {
    return origin(platformDomain) + path;
  }

  /**
   * An absolute URL of a path inside a tenant's site.
   *
   * @param tenantPath starting with {@code /}, possibly with a query
   */
  public String tenant(TenantSnapshot tenant, String tenantPath) {
    checkPath(tenantPath);
    String canonical = tenant.canonicalDomain();
    if (canonical != null && tenant.domains().contains(canonical)) {
      return origin(canonical) + tenantPath;
    }
    return onPlatform(tenant, tenantPath);
  }

  /**
   * An absolute URL of a path inside a tenant's site on the platform's address, whatever canonical
   * domain the tenant chose: what its canonical URLs fall back to, and what the branding page
   * offers as the choice of no custom domain.
   *
   * @param tenantPath starting with {@code /}, possibly with a query
   */
  public String onPlatform(TenantSnapshot tenant, String tenantPath) {
    checkPath(tenantPath);
    return origin(platformDomain) + "/" + tenant.slug() + tenantPath;
  }

  private static void checkPath(String tenantPath) {
    if (!tenantPath.startsWith("/")) {
      throw new IllegalArgumentException("A tenant path starts with /, not: " + tenantPath);
    }
  }

  private String origin(String host) {
    return scheme + "://" + host + portSuffix;
  }
}
