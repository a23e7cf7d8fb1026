package id.etalase.tenant;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Decides which tenant a request is for, from its host name and path. Pure logic, so it is tested
 * without a server; {@link TenantFilter} applies the result.
 *
 * <p>The host name wins: a tenant's own domain, or {@code <slug>.<platform domain>}. Otherwise the
 * first path segment names the tenant. Paths of the platform itself (the tenant list, Faces
 * resources, the platform console) belong to no tenant.
 */
public final class TenantResolver {

  /**
   * First path segments served the same on every host: static resources, and the MicroProfile
   * endpoints that Payara adds to the application at the root context.
   */
  static final Set<String> SHARED_SEGMENTS =
      Set.of("jakarta.faces.resource", "favicon.ico", "health", "metrics", "openapi");

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

  public TenantResolver(
      String platformDomain,
      Function<String, Optional<TenantSnapshot>> bySlug,
      Function<String, Optional<TenantSnapshot>> byDomain) {
    this(platformDomain, Set.of(), bySlug, byDomain);
  }

  /**
   * @param extraSharedSegments more first path segments that no tenant owns, for endpoints that the
   *     runtime adds to the application (such as a test runner)
   */
  public TenantResolver(
      String platformDomain,
      Set<String> extraSharedSegments,
      Function<String, Optional<TenantSnapshot>> bySlug,
      Function<String, Optional<TenantSnapshot>> byDomain) {
    this.platformDomain = platformDomain.toLowerCase(Locale.ROOT);
    Set<String> shared = new java.util.HashSet<>(SHARED_SEGMENTS);
    shared.addAll(extraSharedSegments);
    this.sharedSegments = Set.copyOf(shared);
    this.bySlug = bySlug;
    this.byDomain = byDomain;
  }

  /**
   * @param hostHeader the Host header, possibly with a port
   * @param path the request path inside the application, starting with {@code /}
   */
  public Result resolve(String hostHeader, String path) {
    if (sharedSegments.contains(firstSegment(path))) {
      return new Platform();
    }
    String host = hostName(hostHeader);
    Optional<TenantSnapshot> byHost = byDomain.apply(host);
    if (byHost.isPresent()) {
      return new Found(byHost.get(), Via.HOST, path);
    }
    String suffix = "." + platformDomain;
    if (host.endsWith(suffix)) {
      String label = host.substring(0, host.length() - suffix.length());
      if (!label.contains(".") && !label.equals("www")) {
        return bySlug
            .apply(label)
            .<Result>map(t -> new Found(t, Via.HOST, path))
            .orElseGet(Unknown::new);
      }
    }
    return byPath(path);
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
    host = colon < 0 ? host : host.substring(0, colon);
    return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
  }
}
