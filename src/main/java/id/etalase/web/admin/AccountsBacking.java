package id.etalase.web.admin;

import id.etalase.access.Role;
import id.etalase.account.Account;
import id.etalase.account.AccountMail;
import id.etalase.account.AccountService;
import id.etalase.common.InvalidInputException;
import id.etalase.common.RecordNotFoundException;
import id.etalase.tenant.CurrentTenant;
import id.etalase.tenant.TenantUrls;
import id.etalase.web.consoles.common.ConsoleMessages;
import id.etalase.web.consoles.common.SignedIn;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The government console's accounts page ({@code admin/akun.xhtml}): who may work in this tenant's
 * consoles. The admin invites people (the link is mailed, or shown here when no mail server is
 * configured), disables them, changes roles, and resets MFA or passwords. Links are the tenant's
 * configured URLs ({@link TenantUrls}), whatever host the admin's request named.
 */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Parameters that fill in the invitation: an applicant of self-registration as owner. */
  public static final String INVITE_BUSINESS = "undang_usaha";

  public static final String INVITE_EMAIL = "undang_email";
  public static final String INVITE_NAME = "undang_nama";

  @Inject private transient AccountService accounts;
  @Inject private transient AccountMail mail;
  @Inject private transient CurrentTenant currentTenant;
  @Inject private transient SignedIn signedIn;
  @Inject private transient ConsoleMessages messages;
  @Inject private transient TenantUrls urls;

  private List<Account> list;
  private String email;
  private String displayName;
  private Role role = Role.OPERATOR;
  private String businessSlug;

  /** The last link made here, when it could not be mailed. */
  private String link;

  /** The role picked in each row, by account id, before it is saved. */
  private final Map<Long, Role> roles = new java.util.HashMap<>();

  @PostConstruct
  void open() {
    load();
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    String business = params.get(INVITE_BUSINESS);
    if (business != null && business.length() <= 120) {
      // Only filled in: the admin still sends it, and the service checks it like any other.
      businessSlug = business;
      role = Role.BUSINESS_OWNER;
      email = params.get(INVITE_EMAIL);
      displayName = params.get(INVITE_NAME);
    }
  }

  void load() {
    list = accounts.all(signedIn.require());
    roles.clear();
    list.forEach(a -> roles.put(a.getId(), a.getRole()));
  }

  public Map<Long, Role> getRoles() {
    return roles;
  }

  public void invite() {
    try {
      AccountService.Invitation invitation =
          accounts.invite(signedIn.require(), email, displayName, role, businessSlug);
      String url = urls.tenant(currentTenant.require(), "/konsol/undangan?t=" + invitation.token());
      deliver(invitation.account().getEmail(), "mail.invitation", url);
      email = null;
      displayName = null;
      businessSlug = null;
      load();
    } catch (InvalidInputException refused) {
      messages.problems(
          refused,
          Map.of(
              "email", "invite:email",
              "displayName", "invite:displayName",
              "role", "invite:role",
              "businessSlug", "invite:business"));
    }
  }

  public void resetPassword(long accountId) {
    act(
        () -> {
          Account account = find(accountId);
          String url =
              urls.tenant(
                  currentTenant.require(),
                  "/konsol/atur-sandi?t=" + accounts.resetLink(signedIn.require(), accountId));
          deliver(account.getEmail(), "mail.reset", url);
        });
  }

  public void resetMfa(long accountId) {
    act(
        () -> {
          accounts.resetMfa(signedIn.require(), accountId);
          messages.info("accounts.mfaReset");
        });
  }

  public void setEnabled(long accountId, boolean enabled) {
    act(() -> accounts.setEnabled(signedIn.require(), accountId, enabled));
  }

  public void changeRole(long accountId) {
    Role newRole = roles.get(accountId);
    act(() -> accounts.changeRole(signedIn.require(), accountId, newRole));
  }

  private void deliver(String to, String subjectKey, String url) {
    String tenant = currentTenant.require().name();
    boolean sent =
        mail.send(
            to,
            messages.text(subjectKey + ".subject", tenant),
            messages.text(subjectKey + ".text", tenant, url));
    link = sent ? null : url;
    if (sent) {
      messages.info("accounts.mailed", to);
    } else if (mail.isConfigured()) {
      messages.info("accounts.mailFailed", to);
    } else {
      messages.info("accounts.linkShown", to);
    }
  }

  private void act(Runnable action) {
    link = null;
    try {
      action.run();
      load();
    } catch (InvalidInputException refused) {
      messages.problems(refused, Map.of());
    } catch (RecordNotFoundException gone) {
      try {
        FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
        FacesContext.getCurrentInstance().responseComplete();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  private Account find(long accountId) {
    return list.stream()
        .filter(a -> a.getId() == accountId)
        .findFirst()
        .orElseThrow(() -> new RecordNotFoundException("Account", accountId));
  }

  public List<Account> getAccounts() {
    return list;
  }

  public Role[] getInvitableRoles() {
    return new Role[] {Role.OPERATOR, Role.TENANT_ADMIN, Role.BUSINESS_OWNER};
  }

  public Role[] getSwitchableRoles() {
    return new Role[] {Role.OPERATOR, Role.TENANT_ADMIN};
  }

  public String getLink() {
    return link;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public String getBusinessSlug() {
    return businessSlug;
  }

  public void setBusinessSlug(String businessSlug) {
    this.businessSlug = businessSlug;
  }
}
