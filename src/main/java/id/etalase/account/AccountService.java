package id.etalase.account;

import id.etalase.business.BusinessRepository;
import id.etalase.platform.InputChecks;
import id.etalase.platform.InvalidInputException;
import id.etalase.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Console accounts of the current tenant: creating them and checking a password. Login pages,
 * invitations, throttling and MFA enrolment build on this (issue #4).
 */
@ApplicationScoped
@Transactional
public class AccountService {

  @Inject private AccountRepository accounts;
  @Inject private BusinessRepository businesses;

  /**
   * Creates an account with a password that passes {@link PasswordPolicy}.
   *
   * @throws InvalidInputException with every problem, writing nothing
   */
  public Account create(
      String email, String displayName, Role role, String businessSlug, String password) {
    InputChecks in = new InputChecks();
    if (email == null || email.isBlank()) {
      in.problem("email", "problem.required");
    }
    String mail = in.email("email", email);
    String name = in.required("displayName", displayName, 200);
    if (role == null) {
      in.problem("role", "problem.required");
    }
    Long businessId = null;
    if (role == Role.BUSINESS_OWNER) {
      businessId =
          businessSlug == null
              ? null
              : businesses.findBySlug(businessSlug).map(b -> b.getId()).orElse(null);
      if (businessId == null) {
        in.problem("businessSlug", "problem.business", String.valueOf(businessSlug));
      }
    }
    List<Problem> problems = new ArrayList<>(in.problems());
    problems.addAll(PasswordPolicy.check(password, name, mail));
    if (mail != null && accounts.findByEmail(mail).isPresent()) {
      problems.add(new Problem("email", "problem.emailTaken", List.of(mail)));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Account account = new Account(mail, name, role, businessId);
    account.getCredentials().setPassword(password);
    accounts.persist(account);
    return account;
  }

  /**
   * The enabled account whose password matches, in the current tenant only. Upgrades an old hash.
   * The same work is done for an unknown e-mail, so timing does not reveal which accounts exist.
   */
  public Optional<Account> checkPassword(String email, String password) {
    String mail = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    Optional<Account> account = accounts.findByEmail(mail).filter(Account::isEnabled);
    if (account.isEmpty()) {
      Credentials.checkWithoutAccount(password);
      return Optional.empty();
    }
    boolean matches = account.get().getCredentials().checkPassword(password);
    return matches ? account : Optional.empty();
  }
}
