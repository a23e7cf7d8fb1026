package id.etalase.account;

import jakarta.enterprise.context.RequestScoped;

/**
 * The outcome of the login step taken in this request. The identity store can only answer valid or
 * invalid; the login page also needs to know "wait N seconds", "code next" or the recovery codes,
 * and reads them here.
 */
@RequestScoped
public class LoginAttempt {

  private LoginOutcome outcome;

  void set(LoginOutcome outcome) {
    this.outcome = outcome;
  }

  public LoginOutcome outcome() {
    return outcome == null ? new LoginOutcome.Refused() : outcome;
  }
}
