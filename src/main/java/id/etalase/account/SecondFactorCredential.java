package id.etalase.account;

import jakarta.security.enterprise.credential.Credential;

/**
 * The second step of a login: a TOTP or recovery code for a pending login, or, when {@code secret}
 * is given, the first code of a new authenticator during enrolment.
 */
public record SecondFactorCredential(PendingLogin pending, String secret, String code)
    implements Credential {

  @Override
  public boolean isCleared() {
    return code == null;
  }

  @Override
  public String toString() {
    return "SecondFactorCredential[" + pending.email() + "]";
  }
}
