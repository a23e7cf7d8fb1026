package id.etalase.importing;

import java.util.List;

/**
 * One row of a sheet as the file holds it: its 1-based row number (the number the operator sees in
 * Excel) and its cells as text, blanks included so that cell positions match the header.
 */
public record SheetRow(int number, List<String> cells) {

  public SheetRow {
    cells = List.copyOf(cells);
  }

  /** The cell at a 0-based position, or an empty string past the end of the row. */
  public String cell(int index) {
    return index < cells.size() ? cells.get(index) : "";
  }

  boolean isBlank() {
    return cells.stream().allMatch(String::isBlank);
  }
}
