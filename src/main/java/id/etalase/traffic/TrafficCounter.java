package id.etalase.traffic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Adds up views and leads in memory, one total per tenant, day, record and channel, so counting
 * costs a map update on the request path and never a database write; {@link TrafficFlush} moves the
 * totals to the database in the background. Only the totals exist: nothing about the visitor is
 * kept, not even here. The number of distinct totals is bounded, so ids made up by a script cannot
 * fill the heap; those are dropped at the flush anyway, which keeps only published records.
 */
@ApplicationScoped
public class TrafficCounter {

  /** One daily total: {@code channel} is null for a view. */
  public record Key(
      long tenantId, LocalDate day, Subject subject, long recordId, Channel channel) {}

  static final int MOST_KEYS = 200_000;
  private static final Logger LOG = Logger.getLogger(TrafficCounter.class.getName());

  @Inject
  @ConfigProperty(name = "etalase.traffic.time-zone", defaultValue = "Asia/Jakarta")
  String timeZone;

  private final Map<Key, Long> counts = new ConcurrentHashMap<>();
  private final Crawlers crawlers = Crawlers.load();
  private final AtomicBoolean warnedFull = new AtomicBoolean();

  /** Counts a view of the record, unless a crawler or a prefetch asks; true when counted. */
  public boolean view(HttpServletRequest request, long tenantId, Subject subject, long recordId) {
    return countable(request) && add(new Key(tenantId, today(), subject, recordId, null), 1);
  }

  /** Counts a click on one of the record's contact links, unless a crawler asks. */
  public boolean lead(
      HttpServletRequest request, long tenantId, Subject subject, long recordId, Channel channel) {
    return countable(request) && add(new Key(tenantId, today(), subject, recordId, channel), 1);
  }

  /** Whether a person asks: not a crawler, and not a browser fetching ahead of a click. */
  public boolean countable(HttpServletRequest request) {
    String purpose = request.getHeader("Sec-Purpose");
    if (purpose == null) {
      purpose = request.getHeader("Purpose");
    }
    return (purpose == null || !purpose.contains("prefetch"))
        && !crawlers.isCrawler(request.getHeader("User-Agent"));
  }

  boolean add(Key key, long count) {
    if (counts.size() >= MOST_KEYS && !counts.containsKey(key)) {
      if (warnedFull.compareAndSet(false, true)) {
        LOG.warning(
            "Traffic counters full (" + MOST_KEYS + " totals); new ones dropped until the flush");
      }
      return false;
    }
    counts.merge(key, count, Long::sum);
    return true;
  }

  /**
   * Takes every total out of memory, each key removed atomically, so a count added meanwhile goes
   * into the next flush and none is lost or counted twice.
   */
  Map<Key, Long> drain() {
    Map<Key, Long> taken = new java.util.HashMap<>();
    for (Key key : counts.keySet()) {
      Long value = counts.remove(key);
      if (value != null) {
        taken.put(key, value);
      }
    }
    warnedFull.set(false);
    return taken;
  }

  /** Puts totals back after a flush failed, to be written by the next one. */
  void restore(Map<Key, Long> totals) {
    totals.forEach(this::add);
  }

  /** The day counted now, in the configured zone (most regencies are on WIB). */
  public LocalDate today() {
    return LocalDate.now(zone());
  }

  /** The zone whose calendar days the counts are by. */
  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }
}
