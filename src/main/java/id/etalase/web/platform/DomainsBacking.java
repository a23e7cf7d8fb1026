package id.etalase.web.platform;

import id.etalase.common.InvalidInputException;
import id.etalase.common.RecordNotFoundException;
import id.etalase.onboarding.CustomDomains;
import id.etalase.onboarding.CustomDomains.Pending;
import id.etalase.tenant.CustomDomain;
import id.etalase.tenant.DomainVerifier;
import id.etalase.web.consoles.common.ConsoleMessages;
import id.etalase.web.consoles.common.SignedIn;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The platform console's pending custom domains ({@code platform/domain.xhtml}): every tenant's
 * claim that is not proven yet, a check for its token now, the manual verification for regencies
 * that cannot edit their DNS, and the rejection of a claim. The last two need a note, which goes to
 * the tenant's audit log with the platform admin's name.
 */
@Named
@ViewScoped
public class DomainsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient CustomDomains domains;
  @Inject private transient ConsoleMessages messages;
  @Inject private transient SignedIn signedIn;

  private List<Pending> pending;

  /** Why a platform admin verifies or rejects by hand. */
  private String note;

  @PostConstruct
  void load() {
    pending = domains.pending(signedIn.require());
  }

  public void check(String domain) {
    try {
      DomainVerifier.Outcome outcome = domains.checkAny(domain);
      if (outcome.verified()) {
        messages.info("domains.verified", domain);
      } else {
        messages.error("domains.notVerified", domain, messages.domainCheck(outcome.notes()));
      }
    } catch (RecordNotFoundException gone) {
      messages.error("domains.unknown", domain);
    }
    load();
  }

  public void verifyManually(String domain) {
    act(domain, () -> domains.verifyManually(domain, note), "domains.verifiedManually");
  }

  public void reject(String domain) {
    act(domain, () -> domains.reject(domain, note), "domains.rejected");
  }

  private void act(String domain, Runnable action, String done) {
    try {
      action.run();
      messages.info(done, domain);
      note = null;
    } catch (InvalidInputException refused) {
      messages.problems(refused, Map.of("note", "pending:note"));
    } catch (RecordNotFoundException gone) {
      messages.error("domains.unknown", domain);
    }
    load();
  }

  public String lastCheck(CustomDomain domain) {
    return messages.domainCheck(domain.lastCheckResult());
  }

  public List<Pending> getPending() {
    return pending;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
