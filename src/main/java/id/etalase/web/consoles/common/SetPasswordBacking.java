package id.etalase.web.consoles.common;

import id.etalase.account.Account;
import id.etalase.account.AccountService;
import id.etalase.account.AccountToken;
import id.etalase.common.InvalidInputException;
import id.etalase.tenant.CurrentTenant;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;

/**
 * Choosing a password from a one-time link: accepting an invitation ({@code konsol/undangan}) or
 * resetting a password ({@code konsol/atur-sandi}). A spent or expired link says so, and a refused
 * password leaves the link usable.
 */
@Named
@ViewScoped
public class SetPasswordBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient AccountService accounts;
  @Inject private transient CurrentTenant currentTenant;
  @Inject private transient ConsoleMessages messages;

  private String token;
  private AccountToken.Purpose purpose;
  private String name;
  private String email;
  private boolean valid;
  private String password;
  private String repeat;

  public void load(String which) {
    if (purpose != null) {
      return;
    }
    purpose = AccountToken.Purpose.valueOf(which);
    accounts
        .holderOf(purpose, token)
        .ifPresent(
            (Account a) -> {
              valid = true;
              name = a.getDisplayName();
              email = a.getEmail();
            });
  }

  public void save() throws IOException {
    if (password == null || !password.equals(repeat)) {
      messages.problems(
          new InvalidInputException(
              java.util.List.of(
                  new id.etalase.common.Problem(
                      "repeat", "problem.passwordRepeat", java.util.List.of()))),
          Map.of("repeat", "setPassword:repeat"));
      return;
    }
    try {
      accounts.setPassword(purpose, token, password);
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .redirect(currentTenant.link("/konsol/masuk") + "?sandi=1");
    } catch (InvalidInputException refused) {
      messages.problems(
          refused, Map.of("password", "setPassword:password", "token", "setPassword:password"));
    } finally {
      password = null;
      repeat = null;
    }
  }

  public boolean isValid() {
    return valid;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getRepeat() {
    return repeat;
  }

  public void setRepeat(String repeat) {
    this.repeat = repeat;
  }
}
