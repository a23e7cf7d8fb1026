package id.etalase.account;

import id.etalase.access.ConsolePrincipal;
import id.etalase.access.ConsoleUser;
import id.etalase.common.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * Jakarta Security's view of the console accounts in the database. It validates the password step
 * and the second-factor step through {@link LoginService}; a password that still needs a second
 * factor is valid for that step only, with no groups, and the mechanism does not sign it in.
 */
@ApplicationScoped
public class ConsoleIdentityStore implements IdentityStore {

  @Inject private LoginService login;
  @Inject private LoginAttempt attempt;
  @Inject private ClientAddress clientAddress;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    LoginClient client = new LoginClient(clientAddress.get(), clientAddress.userAgent());
    LoginOutcome outcome;
    if (credential instanceof UsernamePasswordCredential password) {
      outcome = login.password(password.getCaller(), password.getPasswordAsString(), client);
    } else if (credential instanceof SecondFactorCredential second) {
      outcome =
          second.secret() == null
              ? login.code(second.pending(), second.code(), client)
              : login.enrol(second.pending(), second.secret(), second.code(), client);
    } else {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    attempt.set(outcome);
    if (outcome instanceof LoginOutcome.SignedIn signedIn) {
      ConsoleUser user = signedIn.user();
      return new CredentialValidationResult(new ConsolePrincipal(user), Set.of(user.role().name()));
    }
    return CredentialValidationResult.INVALID_RESULT;
  }
}
