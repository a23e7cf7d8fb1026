package id.etalase.importing;

import java.util.List;

/**
 * A file that cannot be read as an import at all: empty, not a spreadsheet, too big, a ZIP bomb. It
 * carries a message key of the {@code import.file.} family and its arguments, so the console shows
 * a sentence in the operator's language instead of a stack trace.
 */
public class ImportFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final transient List<Object> arguments;

  public ImportFileException(String messageKey, Object... arguments) {
    this(null, messageKey, arguments);
  }

  public ImportFileException(Throwable cause, String messageKey, Object... arguments) {
    super(messageKey + List.of(arguments), cause);
    this.messageKey = messageKey;
    this.arguments = List.of(arguments);
  }

  public String messageKey() {
    return messageKey;
  }

  public List<Object> arguments() {
    return arguments;
  }
}
