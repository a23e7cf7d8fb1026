package id.etalase.web.konsol.impor;

import id.etalase.importing.ColumnMapping;
import id.etalase.importing.ImportSheet;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** One header of an imported file and the template column the operator maps it to. */
public final class HeaderChoice implements Serializable {
  private static final long serialVersionUID = 1L;
  private final String header;
  private String column;

  HeaderChoice(String header, String column) {
    this.header = header;
    this.column = column;
  }

  public String getHeader() {
    return header;
  }

  public String getColumn() {
    return column;
  }

  public void setColumn(String column) {
    this.column = column;
  }

  /** Each header of a file, preset to the column {@code known} maps it to (or ignored). */
  static List<HeaderChoice> of(List<String> headers, ColumnMapping known) {
    List<HeaderChoice> rows = new ArrayList<>();
    for (String header : headers) {
      var mapped = known.map(List.of(header));
      rows.add(
          new HeaderChoice(
              header,
              mapped.columns().isEmpty()
                  ? ColumnMapping.IGNORED
                  : mapped.columns().iterator().next()));
    }
    return rows;
  }

  /** The mapping of a sheet the operator's choices make. */
  static ColumnMapping mapping(ImportSheet sheet, List<HeaderChoice> choices) {
    ColumnMapping mapping = ColumnMapping.automatic(sheet);
    for (HeaderChoice choice : choices) {
      String column = choice.getColumn() == null ? ColumnMapping.IGNORED : choice.getColumn();
      try {
        mapping = mapping.with(choice.getHeader(), column);
      } catch (IllegalArgumentException notAHeader) {
        // a header of punctuation only, or a column of the other sheet: left out
      }
    }
    return mapping;
  }
}
