package id.etalase.importing;

import java.util.List;

/** A data row below the header, with its cells as the file holds them. */
public record ImportRow(MappedHeader header, int number, List<String> cells) {

  public ImportRow {
    cells = List.copyOf(cells);
  }

  public ImportSheet sheet() {
    return header.sheet();
  }

  /** The raw text of a template column in this row, empty when the file lacks the column. */
  public String value(String column) {
    int position = header.positionOf(column);
    return position >= 0 && position < cells.size() ? cells.get(position) : "";
  }
}
