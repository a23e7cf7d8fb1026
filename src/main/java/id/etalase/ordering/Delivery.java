package id.etalase.ordering;

/** How the buyer gets the goods: picked up, delivered locally by the business, or by courier. */
public enum Delivery {
  PICKUP(false),
  LOCAL(true),
  COURIER(true);

  private final boolean needsAddress;

  Delivery(boolean needsAddress) {
    this.needsAddress = needsAddress;
  }

  public boolean needsAddress() {
    return needsAddress;
  }

  /** For EL. */
  public String getName() {
    return name();
  }
}
