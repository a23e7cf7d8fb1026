package id.etalase.importing;

import java.util.List;

/** What became of one row: its record when every cell was fine, its errors otherwise. */
public record RowResult<T>(int row, T value, List<RowError> errors) {

  public RowResult {
    errors = List.copyOf(errors);
  }

  public boolean isValid() {
    return errors.isEmpty();
  }
}
