package id.etalase.common;

import java.util.List;

/**
 * One thing wrong with a user's input: the field, a message key of the {@code messages} bundle, and
 * the message's arguments (such as what the user typed). The UI words it in the user's language.
 */
public record Problem(String field, String messageKey, List<Object> arguments) {

  public Problem {
    arguments = List.copyOf(arguments);
  }
}
