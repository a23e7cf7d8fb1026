package id.etalase.access;

import jakarta.security.enterprise.CallerPrincipal;

/**
 * The caller of a console request: the signed-in user, named by e-mail. It lives beside {@link
 * ConsoleUser} so that signing in (account) and the audit log, which names who acted, both read it
 * without depending on each other.
 */
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
