package id.etalase.importing;

import java.util.List;

/** A row that no longer passes when the batch is written. */
final class RowChanged extends RuntimeException {
  private static final long serialVersionUID = 1L;

  RowChanged(ImportSheet sheet, int row, List<RowError> errors) {
    super(
        "import.failed.changed|"
            + sheet.sheetName()
            + " "
            + row
            + " "
            + errors.stream().map(e -> e.column() + ":" + e.messageKey()).toList());
  }
}
