package id.etalase.account;

import id.etalase.access.ConsoleUser;
import jakarta.security.enterprise.CallerPrincipal;

/** The caller of a console request: the signed-in user, named by e-mail. */
public class ConsolePrincipal extends CallerPrincipal {

  private static final long serialVersionUID = 1L;

  private final ConsoleUser user;

  public ConsolePrincipal(ConsoleUser user) {
    super(user.email());
    this.user = user;
  }

  public ConsoleUser user() {
    return user;
  }
}
