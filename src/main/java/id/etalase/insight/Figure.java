package id.etalase.insight;

/**
 * One number of the dashboard or the platform console, named by a message key; with {@code of}, a
 * share of that whole (businesses with an NIB of all businesses).
 */
public record Figure(String key, long value, Long of) implements java.io.Serializable {

  public static Figure count(String key, long value) {
    return new Figure(key, value, null);
  }

  public static Figure share(String key, long value, long of) {
    return new Figure(key, value, of);
  }

  /** The share in whole percent, rounded half up; 0 of nothing is 0. */
  public long percent() {
    return of == null || of == 0 ? 0 : Math.round(100.0 * value / of);
  }

  public boolean isShare() {
    return of != null;
  }

  /** For EL. */
  public String getKey() {
    return key;
  }

  public long getValue() {
    return value;
  }

  public Long getOf() {
    return of;
  }

  public long getPercent() {
    return percent();
  }
}
