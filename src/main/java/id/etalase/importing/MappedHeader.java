package id.etalase.importing;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A header row as {@link ColumnMapping} understood it: where each template column is, which headers
 * were left out (to tell the operator), and which required columns are missing.
 */
public record MappedHeader(
    ImportSheet sheet,
    List<String> headers,
    Map<String, Integer> positions,
    List<String> ignored,
    List<String> missing) {

  public MappedHeader {
    headers = headers.stream().map(h -> h == null ? "" : h).toList();
    positions = Map.copyOf(positions);
    ignored = List.copyOf(ignored);
    missing = List.copyOf(missing);
  }

  /** Whether this row can be the header: it maps every required column. */
  public boolean complete() {
    return missing.isEmpty();
  }

  public Set<String> columns() {
    return positions.keySet();
  }

  /** The 0-based position of a column in the file, or -1 when the file lacks it. */
  public int positionOf(String column) {
    return positions.getOrDefault(column, -1);
  }
}
