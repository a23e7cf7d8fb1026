package id.etalase.web.consoles.common;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import id.etalase.access.ConsoleUser;
import id.etalase.account.ConsoleAuthenticationMechanism;
import id.etalase.account.LoginAttempt;
import id.etalase.account.LoginOutcome;
import id.etalase.account.PendingLogin;
import id.etalase.account.SecondFactorCredential;
import id.etalase.tenant.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The login pages of all three consoles ({@code konsol/masuk}, {@code platform/masuk}) and the code
 * page after them ({@code konsol/kode}, {@code platform/kode}). Each step goes through Jakarta
 * Security; the outcome says what comes next.
 */
@Named
@RequestScoped
public class LoginBacking {

  @Inject private SecurityContext securityContext;
  @Inject private LoginAttempt attempt;
  @Inject private SignedIn signedIn;
  @Inject private ConsoleMessages messages;
  @Inject private HttpServletRequest request;
  @Inject private CurrentTenant currentTenant;

  private String email;
  private String password;
  private String code;
  private String next;

  /** On the code page: without a password step behind it, back to the login. */
  public void requirePending() throws IOException {
    if (pending() == null || pending().isEnrol()) {
      external().redirect(signedIn.loginPage(!currentTenant.isResolved()));
    }
  }

  public void signIn() throws IOException {
    String typed = password == null ? "" : password;
    password = null;
    step(new UsernamePasswordCredential(email == null ? "" : email, new Password(typed)));
  }

  public void verifyCode() throws IOException {
    PendingLogin pending = pending();
    if (pending == null) {
      external().redirect(signedIn.loginPage(!currentTenant.isResolved()));
      return;
    }
    step(new SecondFactorCredential(pending, null, code == null ? "" : code));
    code = null;
  }

  private void step(Credential credential) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) faces.getExternalContext().getResponse(),
            withParams().credential(credential).newAuthentication(true));
    LoginOutcome outcome = attempt.outcome();
    if (status == AuthenticationStatus.SUCCESS
        && outcome instanceof LoginOutcome.SignedIn signedInOutcome) {
      external().redirect(target(signedInOutcome.user()));
    } else if (outcome instanceof LoginOutcome.SecondFactor second) {
      external().getSessionMap().put(ConsoleAuthenticationMechanism.PENDING, second.pending());
      String page = second.pending().isEnrol() ? "daftar-mfa" : "kode";
      external().redirect(consolePath(page) + keepNext());
    } else if (outcome instanceof LoginOutcome.Throttled throttled) {
      messages.error("login.throttled", throttled.seconds());
    } else {
      messages.error(
          credential instanceof SecondFactorCredential ? "login.badCode" : "login.refused");
    }
  }

  private PendingLogin pending() {
    return (PendingLogin) external().getSessionMap().get(ConsoleAuthenticationMechanism.PENDING);
  }

  /** The page a console sent the user from, if it is a page of this very console. */
  String target(ConsoleUser user) {
    if (next != null
        && !next.contains("//")
        && !next.contains("\\")
        && !next.contains("..")
        && next.length() < 500) {
      for (String root : consoleRoots(user)) {
        if (next.startsWith(root)) {
          return next;
        }
      }
    }
    return signedIn.home(user);
  }

  private String[] consoleRoots(ConsoleUser user) {
    if (user.isPlatformAdmin()) {
      return new String[] {request.getContextPath() + "/platform/"};
    }
    return new String[] {currentTenant.link("/konsol/"), currentTenant.link("/admin/")};
  }

  private String consolePath(String page) {
    return currentTenant.isResolved()
        ? currentTenant.link("/konsol/" + page)
        : request.getContextPath() + "/platform/" + page;
  }

  private String keepNext() {
    return next == null || next.isBlank()
        ? ""
        : "?lanjut=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
  }

  private static ExternalContext external() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
