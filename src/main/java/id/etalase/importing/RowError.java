package id.etalase.importing;

import java.io.Serializable;
import java.util.List;

/**
 * One problem in one cell of an upload, located the way the operator finds it in Excel: sheet, row
 * number, column. The column is null for a problem of the whole row (a duplicate).
 */
public record RowError(
    ImportSheet sheet,
    int row,
    String column,
    String value,
    String messageKey,
    List<Object> arguments)
    implements Serializable {

  public RowError {
    arguments = arguments == null ? List.of() : List.copyOf(arguments);
  }
}
