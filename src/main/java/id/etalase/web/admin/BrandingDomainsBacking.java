package id.etalase.web.admin;

import id.etalase.common.RecordNotFoundException;
import id.etalase.onboarding.CustomDomains;
import id.etalase.tenant.CurrentTenant;
import id.etalase.tenant.CustomDomain;
import id.etalase.tenant.DomainVerifier;
import id.etalase.web.consoles.common.ConsoleMessages;
import id.etalase.web.consoles.common.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The state of the custom domains on the branding page ({@code admin/merek.xhtml}, its {@code
 * domainState} form): each claim as published, a pending one with the token to publish and a button
 * to check it now. The claims themselves change only when the branding form is published ({@link
 * BrandingBacking}); this part is about their proof, which {@link CustomDomains} checks, so it
 * keeps apart from the form's draft. It holds nothing between requests: the claims are read from
 * the directory each time, so a domain just proven shows at once.
 */
@Named
@RequestScoped
public class BrandingDomainsBacking {

  @Inject private CustomDomains customDomains;
  @Inject private SignedIn signedIn;
  @Inject private CurrentTenant currentTenant;
  @Inject private ConsoleMessages messages;

  /** Checks one of the tenant's pending domains for its token, now. */
  public void check(String domain) {
    try {
      DomainVerifier.Outcome outcome =
          customDomains.check(signedIn.require(), currentTenant.require(), domain);
      if (outcome.verified()) {
        messages.info("domains.verified", domain);
      } else {
        messages.error("domains.notVerified", domain, messages.domainCheck(outcome.notes()));
      }
    } catch (RecordNotFoundException gone) {
      messages.error("domains.unknown", domain);
    }
  }

  /** The tenant's custom domains as published: pending ones with their token. */
  public List<CustomDomain> getCustomDomains() {
    return currentTenant.latest().customDomains();
  }

  /** Why the last check of a domain did not prove it, in the admin's language. */
  public String lastCheck(CustomDomain domain) {
    return messages.domainCheck(domain.lastCheckResult());
  }
}
