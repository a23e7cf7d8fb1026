package id.etalase.account;

import id.etalase.common.InputChecks;
import id.etalase.common.InvalidInputException;
import id.etalase.common.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/** The platform team's accounts. */
@ApplicationScoped
@Transactional
public class PlatformAdminService {

  @Inject private PlatformAdminRepository admins;

  /**
   * Creates a platform admin with a password that passes {@link PasswordPolicy}. MFA is enrolled at
   * the first login.
   *
   * @throws InvalidInputException with every problem, writing nothing
   */
  public PlatformAdmin create(String email, String displayName, String password) {
    InputChecks in = new InputChecks();
    if (email == null || email.isBlank()) {
      in.problem("email", "problem.required");
    }
    String mail = in.email("email", email);
    String name = in.required("displayName", displayName, 200);
    List<Problem> problems = new ArrayList<>(in.problems());
    problems.addAll(PasswordPolicy.check(password, name, mail));
    if (mail != null && admins.findByEmail(mail).isPresent()) {
      problems.add(new Problem("email", "problem.emailTaken", List.of(mail)));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    PlatformAdmin admin = new PlatformAdmin(mail, name);
    admin.getCredentials().setPassword(password);
    admins.persist(admin);
    return admin;
  }

  public boolean exists() {
    return admins.count() > 0;
  }
}
