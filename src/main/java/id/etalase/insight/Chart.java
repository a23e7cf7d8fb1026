package id.etalase.insight;

import java.util.List;
import java.util.Objects;

/**
 * One chart of the dashboard as plain data: the page draws it, the workbook writes it as a sheet,
 * the PDF report as a table with bars. Titles and series names are message keys; labels are data,
 * or message keys after {@code labelPrefix} when the chart counts by an enum (statuses).
 *
 * @param key the message key of the title, also the chart's id in exports
 * @param sheet a short plain name for the workbook's sheet
 */
public record Chart(
    String key,
    String sheet,
    Kind kind,
    String labelPrefix,
    List<String> labels,
    List<Series> series) {

  /** How the chart is drawn. */
  public enum Kind {
    BAR,
    PIE,
    LINE
  }

  /** One row of numbers along the labels, named by a message key. */
  public record Series(String key, List<Long> values) {
    public Series {
      values = List.copyOf(values);
    }

    public long total() {
      return values.stream().mapToLong(Long::longValue).sum();
    }
  }

  /**
   * The label of a product in a ranking: its name and its business's. Always both, not only when
   * two products of one name meet in a list: a product then reads the same in every list, period
   * and export (a workbook of May compares with one of June), and a ranking of products is read to
   * see which businesses sell, which the name alone does not say.
   */
  public static String productLabel(String product, String business) {
    return business == null ? product : product + " — " + business;
  }

  public Chart {
    Objects.requireNonNull(key, "A chart needs a title key");
    if (!sheet.matches("[a-z_]{1,31}")) {
      throw new IllegalArgumentException("A sheet name is short lower-case words: " + sheet);
    }
    labels = List.copyOf(labels);
    series = List.copyOf(series);
    for (Series s : series) {
      if (s.values().size() != labels.size()) {
        throw new IllegalArgumentException(key + ": " + s.key() + " has not one value a label");
      }
    }
  }

  /** The value of a series at a label, for tests and the report. */
  public long value(String seriesKey, String label) {
    int at = labels.indexOf(label);
    if (at < 0) {
      throw new IllegalArgumentException(key + " has no label " + label);
    }
    return series.stream()
        .filter(s -> s.key().equals(seriesKey))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(key + " has no series " + seriesKey))
        .values()
        .get(at);
  }
}
