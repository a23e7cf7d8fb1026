package id.etalase.ordering;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order stands: baru → dikonfirmasi → diproses → selesai, or dibatalkan (with a reason)
 * from any step before selesai. The allowed steps are written here once, so the service, the
 * console's buttons and the tests agree on them.
 */
public enum OrderStatus {
  NEW,
  CONFIRMED,
  IN_PROGRESS,
  DONE,
  CANCELLED;

  /** The statuses an order in this status may move to. */
  public Set<OrderStatus> next() {
    return switch (this) {
      case NEW -> EnumSet.of(CONFIRMED, CANCELLED);
      case CONFIRMED -> EnumSet.of(IN_PROGRESS, CANCELLED);
      case IN_PROGRESS -> EnumSet.of(DONE, CANCELLED);
      case DONE, CANCELLED -> EnumSet.noneOf(OrderStatus.class);
    };
  }

  public boolean mayBecome(OrderStatus target) {
    return next().contains(target);
  }

  /** For EL. */
  public String getName() {
    return name();
  }
}
