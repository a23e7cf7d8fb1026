package id.etalase.pagecache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.etalase.tenant.PublicDataChanged;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Public pages as anonymous visitors were served them, per host, path, query and language, so a
 * repeated request costs no rendering and no query. A change that visitors could see makes every
 * page of its tenant stale at once ({@link #changed}); pages are not tracked one by one, because a
 * product shows on its business's page, its kecamatan's, the home page and search results.
 *
 * <p>Staleness is a logical clock: each change takes the next tick, and a page counts only if its
 * rendering began after its tenant's last change. A page whose rendering overlapped a change is
 * therefore never served, even if it is stored after the change was announced.
 */
@ApplicationScoped
public class PageCache {

  /** Tells tests and operators whether a response came from the cache (hit, miss, bypass). */
  public static final String STATUS_HEADER = "X-Etalase-Cache";

  /** Set by the page filter on a page that may be kept: the id of the tenant it shows. */
  public static final String STORABLE_FOR_TENANT = PageCache.class.getName() + ".tenant";

  private static final int LARGEST_PAGE = 2 * 1024 * 1024;

  @Inject
  @ConfigProperty(name = "etalase.page-cache.enabled", defaultValue = "true")
  private boolean enabled;

  @Inject
  @ConfigProperty(name = "etalase.page-cache.max-mb", defaultValue = "64")
  private int maxMegabytes;

  private Cache<String, CachedPage> pages;
  private final AtomicLong clock = new AtomicLong();
  private final Map<Long, Long> tenantChangedAt = new ConcurrentHashMap<>();
  private volatile long everythingChangedAt;

  @PostConstruct
  void create() {
    pages =
        Caffeine.newBuilder()
            .maximumWeight(maxMegabytes * 1024L * 1024L)
            .weigher((String key, CachedPage page) -> page.weight())
            // A safety net only: changes are announced, so pages need not expire to be right.
            .expireAfterWrite(Duration.ofMinutes(30))
            .build();
  }

  public boolean isEnabled() {
    return enabled;
  }

  /**
   * What a page depends on besides the data: host (the tenant), path and query, the language
   * cookie, whether it went out over TLS (the HSTS header) and whether the client takes gzip (the
   * sitemap compresses). Other cookies never get here.
   */
  public static String key(HttpServletRequest request, String languageCookie) {
    boolean secure =
        request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    String encodings = request.getHeader("Accept-Encoding");
    boolean gzip = encodings != null && encodings.contains("gzip");
    String query = request.getQueryString();
    return (secure ? "s" : "h")
        + (gzip ? "g " : "- ")
        + request.getServerName().toLowerCase(Locale.ROOT)
        + ' '
        + request.getRequestURI()
        + (query == null ? "" : "?" + query)
        + ' '
        + (languageCookie == null ? "" : languageCookie);
  }

  public CachedPage get(String key) {
    CachedPage page = pages.getIfPresent(key);
    if (page != null && !isFresh(page)) {
      pages.invalidate(key);
      return null;
    }
    return page;
  }

  /** The clock when a rendering begins. */
  public long now() {
    return clock.get();
  }

  public void put(String key, CachedPage page) {
    if (page.body().length <= LARGEST_PAGE && isFresh(page)) {
      pages.put(key, page);
    }
  }

  private boolean isFresh(CachedPage page) {
    long since = page.renderedSince();
    return since >= everythingChangedAt
        && since >= tenantChangedAt.getOrDefault(page.tenantId(), 0L);
  }

  /**
   * Whether nothing of the tenant changed since the clock read {@code since} ({@link #now}): for
   * what other code keeps by the same rule, such as the map's markers.
   */
  public boolean unchangedSince(long tenantId, long since) {
    return since >= everythingChangedAt && since >= tenantChangedAt.getOrDefault(tenantId, 0L);
  }

  public void changed(long tenantId) {
    tenantChangedAt.put(tenantId, clock.incrementAndGet());
  }

  public void changedEverything() {
    everythingChangedAt = clock.incrementAndGet();
  }

  /** This node's own writes, at their commit: before the response that made them is sent. */
  void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicDataChanged change) {
    if (change.tenantId() == null) {
      changedEverything();
    } else {
      changed(change.tenantId());
    }
  }

  long size() {
    return pages.estimatedSize();
  }
}
