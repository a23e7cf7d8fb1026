package id.etalase.account;

import id.etalase.access.Role;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A login whose password was right and which waits for the second factor: a TOTP or recovery code,
 * or, for a role that requires MFA and has none yet, enrolment. Kept in the session for a few
 * minutes only.
 */
public record PendingLogin(
    Long tenantId, long id, String email, Role role, boolean enrol, Instant passwordAt)
    implements Serializable {

  static final Duration VALID_FOR = Duration.ofMinutes(5);

  public boolean expired(Instant now) {
    return now.isAfter(passwordAt.plus(VALID_FOR));
  }

  public boolean isEnrol() {
    return enrol;
  }

  public String getEmail() {
    return email;
  }
}
