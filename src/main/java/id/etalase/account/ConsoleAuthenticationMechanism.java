package id.etalase.account;

import id.etalase.access.ConsolePrincipal;
import id.etalase.access.ConsoleUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Set;

/**
 * How the consoles sign people in, for Jakarta Security. Login pages call {@code
 * SecurityContext.authenticate} with a credential; on success the session gets a new id (no
 * fixation) and holds the {@link ConsoleUser}, which every later request of that session restores
 * as the caller. Requests without a session stay anonymous and create none, so the public site
 * remains sessionless. Which pages need which role is decided per console, not here.
 */
@ApplicationScoped
public class ConsoleAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** The session attribute holding the signed-in {@link ConsoleUser}. */
  public static final String USER = ConsoleAuthenticationMechanism.class.getName() + ".user";

  /** The session attribute holding a {@link PendingLogin} between password and code. */
  public static final String PENDING = ConsoleAuthenticationMechanism.class.getName() + ".pending";

  @Inject private IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential =
        context.isAuthenticationRequest() ? context.getAuthParameters().getCredential() : null;
    if (credential != null) {
      return authenticate(request, context, credential);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(USER) instanceof ConsoleUser user) {
      return context.notifyContainerAboutLogin(
          new ConsolePrincipal(user), Set.of(user.role().name()));
    }
    return context.doNothing();
  }

  private AuthenticationStatus authenticate(
      HttpServletRequest request, HttpMessageContext context, Credential credential) {
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    ConsoleUser user = ((ConsolePrincipal) result.getCallerPrincipal()).user();
    HttpSession session = request.getSession(true);
    request.changeSessionId();
    session.removeAttribute(PENDING);
    session.setAttribute(USER, user);
    return context.notifyContainerAboutLogin(result);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }
}
