package id.etalase.insight;

import java.util.List;
import java.util.Optional;

/** The government's dashboard for one filter: numbers first, then charts, source by source. */
public record Dashboard(InsightFilter filter, List<Figure> figures, List<Chart> charts) {

  public Dashboard {
    figures = List.copyOf(figures);
    charts = List.copyOf(charts);
  }

  public Optional<Chart> chart(String key) {
    return charts.stream().filter(c -> c.key().equals(key)).findFirst();
  }

  public Figure figure(String key) {
    return figures.stream()
        .filter(f -> f.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No figure " + key));
  }

  /** For EL. */
  public List<Figure> getFigures() {
    return figures;
  }

  public List<Chart> getCharts() {
    return charts;
  }
}
