package id.etalase.media;

import id.etalase.common.InvalidInputException;
import id.etalase.common.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * The heap that image decodes may hold at once, shared by every upload path (photos, logo, hero),
 * so that parallel uploads cannot exhaust the heap together. Half of the heap ({@code
 * Runtime.maxMemory()}) is handed out in megabytes; the other half stays for the server, sessions
 * and the uploaded bytes themselves. Each decode reserves its worst case, which {@link
 * ImagePipeline} estimates from the header before decoding anything, and gives it back when its
 * files are encoded. When the budget is spent, a decode waits a few seconds (first come, first
 * served), then is refused with a polite "try again" ({@code problem.photoBusy}).
 */
@ApplicationScoped
public class DecodeBudget {

  static final Duration WAIT = Duration.ofSeconds(5);
  private static final Logger LOG = Logger.getLogger(DecodeBudget.class.getName());

  private final int megabytes;
  private final Semaphore free;
  private final Duration wait;

  /** Half of the heap, waiting {@link #WAIT} for room. */
  public DecodeBudget() {
    this(Runtime.getRuntime().maxMemory() / 2, WAIT);
  }

  public DecodeBudget(long bytes, Duration wait) {
    if (bytes < 1 << 20 || wait.isNegative()) {
      throw new IllegalArgumentException("A budget of at least 1 MB and a wait >= 0: " + bytes);
    }
    this.megabytes = (int) Math.min(Integer.MAX_VALUE, bytes >> 20);
    this.free = new Semaphore(megabytes, true);
    this.wait = wait;
  }

  /**
   * Reserves room for one decode, waiting up to the budget's wait. A decode larger than the whole
   * budget waits for all of it, so it runs alone.
   *
   * @throws InvalidInputException {@code problem.photoBusy} when no room came in time
   */
  public Reservation reserve(long bytes) {
    int wanted = (int) Math.max(1, Math.min(megabytes, (bytes + (1 << 20) - 1) >> 20));
    boolean granted;
    try {
      granted = free.tryAcquire(wanted, wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      granted = false;
    }
    if (!granted) {
      LOG.info(
          () ->
              "Upload refused as busy: wanted "
                  + wanted
                  + " MB of the decode budget, "
                  + free.availablePermits()
                  + " of "
                  + megabytes
                  + " MB free");
      throw new InvalidInputException(
          List.of(new Problem("photo", "problem.photoBusy", List.of())));
    }
    return new Reservation(wanted);
  }

  public int megabytes() {
    return megabytes;
  }

  public int freeMegabytes() {
    return free.availablePermits();
  }

  /** Room held by one decode; closing gives it back, once. */
  public final class Reservation implements AutoCloseable {

    private final int held;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Reservation(int held) {
      this.held = held;
    }

    public int megabytes() {
      return held;
    }

    @Override
    public void close() {
      if (closed.compareAndSet(false, true)) {
        free.release(held);
      }
    }
  }
}
