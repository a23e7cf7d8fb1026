package id.etalase.account;

import id.etalase.access.ConsoleUser;
import java.util.List;

/** What came of one step of a login. */
public sealed interface LoginOutcome {

  /** Signed in. Recovery codes are there only right after enrolment, to be shown once. */
  record SignedIn(ConsoleUser user, List<String> recoveryCodes) implements LoginOutcome {}

  /** The password was right; a code, or MFA enrolment, comes next. */
  record SecondFactor(PendingLogin pending) implements LoginOutcome {}

  /** Wrong e-mail, password or code; the message never says which. */
  record Refused() implements LoginOutcome {}

  /** Too many failures: wait before trying again. */
  record Throttled(long seconds) implements LoginOutcome {}
}
