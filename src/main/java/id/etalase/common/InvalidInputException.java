package id.etalase.common;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input refused with every problem found at once, so a form can mark them all. Thrown before
 * anything is written; inside a transaction it rolls it back.
 */
public class InvalidInputException extends RuntimeException {

  private final List<Problem> problems;

  public InvalidInputException(List<Problem> problems) {
    super(
        problems.stream()
            .map(p -> p.field() + ": " + p.messageKey() + " " + p.arguments())
            .collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }

  /** True when some problem concerns {@code field}. */
  public boolean concerns(String field) {
    return problems.stream().anyMatch(p -> p.field().equals(field));
  }
}
