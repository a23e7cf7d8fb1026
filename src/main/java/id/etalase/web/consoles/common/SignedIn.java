package id.etalase.web.consoles.common;

import id.etalase.access.ConsoleUser;
import id.etalase.access.Role;
import id.etalase.account.ConsoleAuthenticationMechanism;
import id.etalase.tenant.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;

/** The signed-in console user of this request, for pages and page beans; and signing out. */
@Named
@RequestScoped
public class SignedIn {

  @Inject private HttpServletRequest request;
  @Inject private CurrentTenant currentTenant;

  public Optional<ConsoleUser> get() {
    var session = request.getSession(false);
    return session != null
            && session.getAttribute(ConsoleAuthenticationMechanism.USER) instanceof ConsoleUser u
        ? Optional.of(u)
        : Optional.empty();
  }

  /** The user; the access filter lets no page of a console run without one. */
  public ConsoleUser require() {
    return get().orElseThrow(() -> new IllegalStateException("No console user in this session"));
  }

  public ConsoleUser getUser() {
    return get().orElse(null);
  }

  public boolean isTenantAdmin() {
    return get().map(u -> u.role() == Role.TENANT_ADMIN).orElse(false);
  }

  public boolean isBusinessOwner() {
    return get().map(u -> u.role() == Role.BUSINESS_OWNER).orElse(false);
  }

  /** Ends the session and returns to the console's login page. */
  public void signOut() throws ServletException, IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    boolean platform = get().map(ConsoleUser::isPlatformAdmin).orElse(!currentTenant.isResolved());
    request.logout();
    var session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    external.redirect(loginPage(platform) + "?keluar=1");
  }

  String loginPage(boolean platform) {
    return platform
        ? request.getContextPath() + "/platform/masuk"
        : currentTenant.link("/konsol/masuk");
  }

  /** Where a user goes after signing in, unless a console page sent them to the login. */
  String home(ConsoleUser user) {
    return switch (user.role()) {
      case PLATFORM_ADMIN -> request.getContextPath() + "/platform/";
      case TENANT_ADMIN -> currentTenant.link("/admin/");
      default -> currentTenant.link("/konsol/");
    };
  }
}
