package id.etalase.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Remembers the first {@link OutOfMemoryError} this application saw. After one, any thread may have
 * died half-way through its work and the heap may be nearly full, so the server should take no new
 * work until it is restarted: {@link MemoryReadinessCheck} reports DOWN from then on. The photo
 * pipeline and {@code web.OutOfMemoryFilter} (which sees every request's error) record here.
 *
 * <p>Without {@code -XX:+ExitOnOutOfMemoryError} (the run command, Payara Server) this is what
 * takes the server out of a load balancer; the container image exits on the error instead.
 */
@ApplicationScoped
public class OutOfMemoryRecord {

  private static final Logger LOG = Logger.getLogger(OutOfMemoryRecord.class.getName());

  /** When and where the error was seen, and its message ("Java heap space"). */
  public record Occurrence(Instant at, String where, String message) {}

  private final AtomicReference<Occurrence> first = new AtomicReference<>();

  /**
   * Records {@code thrown} when it is an {@link OutOfMemoryError} or was caused by one.
   *
   * @param where what was running, such as a request path
   * @return whether it was one
   */
  public boolean record(Throwable thrown, String where) {
    Throwable t = thrown;
    for (int depth = 0; t != null && depth < 32; depth++, t = t.getCause()) {
      if (t instanceof OutOfMemoryError oom) {
        if (first.compareAndSet(null, new Occurrence(Instant.now(), where, oom.getMessage()))) {
          LOG.log(Level.SEVERE, "OutOfMemoryError in " + where + ": readiness is DOWN", oom);
        }
        return true;
      }
    }
    return false;
  }

  public Optional<Occurrence> first() {
    return Optional.ofNullable(first.get());
  }
}
