package id.etalase.web.consoles.common;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import id.etalase.account.ConsoleAuthenticationMechanism;
import id.etalase.account.LoginAttempt;
import id.etalase.account.LoginOutcome;
import id.etalase.account.PendingLogin;
import id.etalase.account.SecondFactorCredential;
import id.etalase.account.Totp;
import id.etalase.tenant.CurrentTenant;
import id.etalase.web.QrCodes;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * MFA enrolment during login ({@code konsol/daftar-mfa}, {@code platform/daftar-mfa}), for a role
 * that requires MFA and has none yet: scan the QR code, prove it with a code, keep the recovery
 * codes, which are shown this once.
 */
@Named
@ViewScoped
public class EnrolBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient SecurityContext securityContext;
  @Inject private transient LoginAttempt attempt;
  @Inject private transient SignedIn signedIn;
  @Inject private transient ConsoleMessages messages;
  @Inject private transient HttpServletRequest request;
  @Inject private transient CurrentTenant currentTenant;

  private String secret;
  private String code;
  private List<String> recoveryCodes = List.of();
  private String home;

  public void start() throws IOException {
    if (secret != null) {
      return;
    }
    if (!(external().getSessionMap().get(ConsoleAuthenticationMechanism.PENDING)
            instanceof PendingLogin pending)
        || !pending.isEnrol()) {
      external().redirect(signedIn.loginPage(!currentTenant.isResolved()));
      return;
    }
    secret = Totp.newSecret();
  }

  public void confirm() {
    if (!(external().getSessionMap().get(ConsoleAuthenticationMechanism.PENDING)
        instanceof PendingLogin pending)) {
      messages.error("login.expired");
      return;
    }
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external().getResponse(),
            withParams()
                .credential(new SecondFactorCredential(pending, secret, code))
                .newAuthentication(true));
    code = null;
    if (status == AuthenticationStatus.SUCCESS
        && attempt.outcome() instanceof LoginOutcome.SignedIn done) {
      recoveryCodes = done.recoveryCodes();
      home = signedIn.home(done.user());
    } else if (attempt.outcome() instanceof LoginOutcome.Throttled throttled) {
      messages.error("login.throttled", throttled.seconds());
    } else {
      messages.error("login.badCode");
    }
  }

  public String getQrCode() {
    return secret == null ? "" : QrCodes.svgDataUri(otpauthUri());
  }

  private String otpauthUri() {
    PendingLogin pending =
        (PendingLogin) external().getSessionMap().get(ConsoleAuthenticationMechanism.PENDING);
    String issuer = currentTenant.get().map(t -> "Etalase " + t.name()).orElse("Etalase Platform");
    return Totp.uri(issuer, pending == null ? "" : pending.getEmail(), secret);
  }

  /** The secret in groups of four, for typing it in when the camera will not do. */
  public String getSecretForTyping() {
    return secret == null ? "" : secret.replaceAll("(.{4})(?!$)", "$1 ");
  }

  public boolean isDone() {
    return !recoveryCodes.isEmpty();
  }

  public List<String> getRecoveryCodes() {
    return recoveryCodes;
  }

  public String getHome() {
    return home;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  private static ExternalContext external() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }
}
