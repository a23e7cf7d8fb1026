package id.etalase.common;

/** An action the signed-in role may not take; the console answers 403. */
public class NotAllowedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotAllowedException(String message) {
    super(message);
  }
}
