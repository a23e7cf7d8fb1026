package id.etalase.tenant;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Decides which tenant a request is for, from its host name and path. Pure logic, so it is tested
 * without a server; {@link TenantFilter} applies the result.
 *
 * <p>The host name wins: a tenant's own, verified domain, or {@code <slug>.<platform domain>}.
 * Otherwise the first path segment names the tenant. Paths of the platform itself (the tenant list,
 * Faces resources, the platform console) belong to no tenant.
 *
 * <p>A custom domain that a tenant claimed but has not proven serves nothing at all, and the path
 * of the domain proof's token file is never served, on any host: the platform must not answer for a
 * domain it is asked to check. The runtime's monitoring endpoints ({@code /metrics}, {@code
 * /openapi}) answer only on the platform's own host and the configured monitoring hosts; {@code
 * /health} answers everywhere, for probes.
 */
public final class TenantResolver {

  /**
   * First path segments served the same on every host: static resources, and the MicroProfile
   * endpoints that Payara adds to the application at the root context.
   */
  static final Set<String> SHARED_SEGMENTS =
      Set.of("jakarta.faces.resource", "favicon.ico", "health", "metrics", "openapi");

  /** Shared segments that describe the whole platform: never on a tenant's host. */
  static final Set<String> MONITORING_SEGMENTS = Set.of("metrics", "openapi");

  /** In the monitoring hosts: every host that names no tenant. */
  public static final String ANY_HOST = "*";

  /** First path segments of the platform's own pages, served when no host names a tenant. */
  static final Set<String> PLATFORM_SEGMENTS = Set.of("platform", "index.xhtml");

  /**
   * Names no tenant may take as its slug: the platform's paths, and the folders of internal views,
   * which are reached only through a tenant's routes and so must never look like a tenant.
   */
  public static final Set<String> RESERVED_SLUGS =
      Set.of(
          "jakarta.faces.resource",
          "favicon.ico",
          "platform",
          "index.xhtml",
          "site",
          "konsol",
          "admin",
          "api",
          "health",
          "metrics",
          "openapi",
          "static",
          "resources",
          "www",
          "aset");

  /** How a request named its tenant; decides how links are written. */
  public enum Via {
    HOST,
    PATH
  }

  /** The outcome for one request. */
  public sealed interface Result {}

  /** Not a tenant request: the platform serves it. */
  public record Platform() implements Result {}

  /** A host or path named a tenant that does not exist. */
  public record Unknown() implements Result {}

  /** A tenant request; {@code tenantPath} is the path inside the tenant's site. */
  public record Found(TenantSnapshot tenant, Via via, String tenantPath) implements Result {}

  /** The path named the tenant without the trailing slash: redirect to add it. */
  public record AddSlash(TenantSnapshot tenant) implements Result {}

  private final String platformDomain;
  private final Set<String> sharedSegments;
  private final Function<String, Optional<TenantSnapshot>> bySlug;
  private final Function<String, Optional<TenantSnapshot>> byDomain;
  private final Predicate<String> pendingDomain;
  private final Set<String> monitoringHosts;

  public TenantResolver(
      String platformDomain,
      Function<String, Optional<TenantSnapshot>> bySlug,
      Function<String, Optional<TenantSnapshot>> byDomain) {
    this(platformDomain, Set.of(), Set.of(), bySlug, byDomain, domain -> false);
  }

  /**
   * @param extraSharedSegments more first path segments that no tenant owns, for endpoints that the
   *     runtime adds to the application (such as a test runner)
   * @param monitoringHosts host names besides the platform domain where {@code /metrics} and {@code
   *     /openapi} answer, or {@link #ANY_HOST}; never a tenant's host
   * @param byDomain the tenant of a verified custom domain
   * @param pendingDomain whether a host is a custom domain that a tenant claimed but not proven
   */
  public TenantResolver(
      String platformDomain,
      Set<String> extraSharedSegments,
      Set<String> monitoringHosts,
      Function<String, Optional<TenantSnapshot>> bySlug,
      Function<String, Optional<TenantSnapshot>> byDomain,
      Predicate<String> pendingDomain) {
    this.platformDomain = platformDomain.toLowerCase(Locale.ROOT);
    Set<String> shared = new java.util.HashSet<>(SHARED_SEGMENTS);
    shared.addAll(extraSharedSegments);
    this.sharedSegments = Set.copyOf(shared);
    this.monitoringHosts =
        monitoringHosts.stream()
            .map(h -> h.strip().toLowerCase(Locale.ROOT))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    this.bySlug = bySlug;
    this.byDomain = byDomain;
    this.pendingDomain = pendingDomain;
  }

  /**
   * @param hostHeader the Host header, possibly with a port
   * @param path the request path inside the application, starting with {@code /}
   */
  public Result resolve(String hostHeader, String path) {
    if (path.equals(CustomDomain.WELL_KNOWN_PATH)) {
      return new Unknown();
    }
    String host = hostName(hostHeader);
    String segment = firstSegment(path);
    if (MONITORING_SEGMENTS.contains(segment)) {
      return isMonitoringHost(host) ? new Platform() : new Unknown();
    }
    if (sharedSegments.contains(segment)) {
      return new Platform();
    }
    Optional<TenantSnapshot> byHost = byDomain.apply(host);
    if (byHost.isPresent()) {
      return new Found(byHost.get(), Via.HOST, path);
    }
    if (pendingDomain.test(host)) {
      return new Unknown();
    }
    String label = slugLabel(host);
    if (label != null) {
      return bySlug
          .apply(label)
          .<Result>map(t -> new Found(t, Via.HOST, path))
          .orElseGet(Unknown::new);
    }
    return byPath(path);
  }

  /** The label of {@code <label>.<platform domain>}, which names a tenant by slug; else null. */
  private String slugLabel(String host) {
    String suffix = "." + platformDomain;
    if (host.endsWith(suffix)) {
      String label = host.substring(0, host.length() - suffix.length());
      if (!label.contains(".") && !label.equals("www")) {
        return label;
      }
    }
    return null;
  }

  /**
   * The platform's own host, or a configured monitoring host; never a host that names a tenant,
   * pending custom domains included.
   */
  private boolean isMonitoringHost(String host) {
    if (byDomain.apply(host).isPresent() || pendingDomain.test(host) || slugLabel(host) != null) {
      return false;
    }
    return host.equals(platformDomain)
        || monitoringHosts.contains(host)
        || monitoringHosts.contains(ANY_HOST);
  }

  private Result byPath(String path) {
    if (path.equals("/") || path.isEmpty()) {
      return new Platform();
    }
    String segment = firstSegment(path);
    int end = path.indexOf('/', 1);
    if (PLATFORM_SEGMENTS.contains(segment)) {
      return new Platform();
    }
    Optional<TenantSnapshot> tenant = bySlug.apply(segment);
    if (tenant.isEmpty()) {
      return new Unknown();
    }
    if (end < 0) {
      return new AddSlash(tenant.get());
    }
    return new Found(tenant.get(), Via.PATH, path.substring(end));
  }

  private static String firstSegment(String path) {
    if (path.length() < 2) {
      return "";
    }
    int end = path.indexOf('/', 1);
    return end < 0 ? path.substring(1) : path.substring(1, end);
  }

  static String hostName(String hostHeader) {
    if (hostHeader == null) {
      return "";
    }
    String host = hostHeader.strip().toLowerCase(Locale.ROOT);
    if (host.startsWith("[")) {
      return host; // IPv6 literal: never a tenant domain
    }
    int colon = host.indexOf(':');
    return TenantRules.normaliseDomain(colon < 0 ? host : host.substring(0, colon));
  }
}
