package id.etalase.importing;

import java.util.List;

/**
 * A cell's normalised value, or why it has none: a message key of the {@code import.error.} family
 * with its arguments. A blank optional cell is a result with a null value and no error.
 */
public record FieldResult<T>(T value, String errorKey, List<Object> arguments) {

  public FieldResult {
    arguments = arguments == null ? List.of() : List.copyOf(arguments);
  }

  public static <T> FieldResult<T> of(T value) {
    return new FieldResult<>(value, null, List.of());
  }

  public static <T> FieldResult<T> empty() {
    return new FieldResult<>(null, null, List.of());
  }

  public static <T> FieldResult<T> error(String key, Object... arguments) {
    return new FieldResult<>(null, key, List.of(arguments));
  }

  public boolean isError() {
    return errorKey != null;
  }
}
