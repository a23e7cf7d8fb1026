package id.etalase.onboarding;

import id.etalase.access.Access;
import id.etalase.access.ConsoleUser;
import id.etalase.audit.Actor;
import id.etalase.audit.AuditEntry;
import id.etalase.audit.AuditLog;
import id.etalase.audit.FieldChange;
import id.etalase.common.InputChecks;
import id.etalase.common.RecordNotFoundException;
import id.etalase.tenant.CustomDomain;
import id.etalase.tenant.DomainProof;
import id.etalase.tenant.DomainVerifier;
import id.etalase.tenant.FolderDomainChange;
import id.etalase.tenant.TenantDirectory;
import id.etalase.tenant.TenantDomain;
import id.etalase.tenant.TenantRepository;
import id.etalase.tenant.TenantSnapshot;
import id.etalase.tenant.TenantWork;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Proves tenants' custom domains. A claim made on the branding page (or at onboarding) is pending:
 * the resolver serves nothing on it. A check looks for the claim's token in DNS or in a file on the
 * domain ({@link DomainVerifier}); a platform admin can also vouch for a domain by hand, with a
 * note, for regencies that cannot edit their DNS, or reject a claim. Every verification, by check,
 * by hand or by a tenant folder, and every rejection is written to the tenant's audit log.
 *
 * <p>A tenant's admin checks the tenant's own claims; a platform admin lists every tenant's pending
 * claims (with their tokens), checks any claim, verifies by hand and rejects. A console user who
 * may not list or check for the tenant is refused ({@link id.etalase.common.NotAllowedException})
 * before any domain is looked at; a domain that is not the tenant's, and any domain when someone
 * other than the request's platform admin checks, verifies or rejects, is answered as if it did not
 * exist. The consoles' filter keeps other roles off these pages already: these checks hold when the
 * service is called directly.
 *
 * <p>The network is used outside any transaction.
 */
@ApplicationScoped
public class CustomDomains {

  /** A claim waiting for its proof, with the tenant that made it. */
  public record Pending(TenantSnapshot tenant, CustomDomain domain) {}

  static final Duration TIMEOUT = Duration.ofSeconds(5);

  @Inject private TenantRepository tenants;
  @Inject private TenantDirectory directory;
  @Inject private TenantWork work;
  @Inject private AuditLog audit;
  @Inject private Access access;

  private DomainVerifier verifier;

  @PostConstruct
  void configure() {
    Config config = ConfigProvider.getConfig();
    verifier =
        new DomainVerifier(
            config.getOptionalValue("etalase.domains.verify.dns-server", String.class).orElse(null),
            config.getOptionalValue("etalase.domains.verify.connect-to", String.class).orElse(null),
            TIMEOUT);
  }

  /**
   * Every pending claim of every tenant, the oldest first: the platform console's list.
   *
   * @throws id.etalase.common.NotAllowedException unless a platform admin asks
   */
  public List<Pending> pending(ConsoleUser platformAdmin) {
    access.platform(platformAdmin);
    return directory.all().stream()
        .flatMap(
            t ->
                t.customDomains().stream().filter(d -> !d.isVerified()).map(d -> new Pending(t, d)))
        .sorted(
            Comparator.comparing((Pending p) -> p.domain().requestedAt())
                .thenComparing(p -> p.domain().domain()))
        .toList();
  }

  /**
   * Checks one of a tenant's own claims (the government console).
   *
   * @param admin an admin of {@code tenant}
   * @throws id.etalase.common.NotAllowedException when {@code admin} is not one
   * @throws RecordNotFoundException when the tenant did not claim the domain
   */
  public DomainVerifier.Outcome check(ConsoleUser admin, TenantSnapshot tenant, String domain) {
    access.adminOf(admin, tenant.id());
    TenantSnapshot owner = owner(domain);
    if (owner.id() != tenant.id()) {
      throw new RecordNotFoundException("Domain", domain);
    }
    return run(owner, domain);
  }

  /**
   * Checks any tenant's claim (the platform console).
   *
   * @throws RecordNotFoundException when nobody claimed the domain
   */
  public DomainVerifier.Outcome checkAny(String domain) {
    platformAdmin(domain);
    return run(owner(domain), domain);
  }

  /** The platform admin of the request; anyone else learns nothing about the domain. */
  private Actor platformAdmin(String domain) {
    Actor actor = audit.actor();
    if (actor.kind() != AuditEntry.ActorKind.PLATFORM_ADMIN) {
      throw new RecordNotFoundException("Domain", domain);
    }
    return actor;
  }

  private TenantSnapshot owner(String domain) {
    return directory
        .claimant(domain)
        .orElseThrow(() -> new RecordNotFoundException("Domain", domain));
  }

  private DomainVerifier.Outcome run(TenantSnapshot owner, String domain) {
    CustomDomain claim =
        owner.customDomain(domain).orElseThrow(() -> new RecordNotFoundException("Domain", domain));
    if (claim.isVerified()) {
      return new DomainVerifier.Outcome(claim.proof(), List.of());
    }
    Actor actor = audit.actor();
    DomainVerifier.Outcome outcome = verifier.verify(domain, claim.token());
    work.runAs(
        owner,
        () -> {
          TenantDomain d = load(owner, domain);
          if (!d.getToken().equals(claim.token())) {
            return; // released and claimed again meanwhile: this proof was for the old claim
          }
          if (outcome.verified()) {
            String by = outcome.proof() == DomainProof.DNS ? claim.txtName() : claim.fileUrl();
            if (d.verify(outcome.proof(), by)) {
              record(actor, owner, domain, "DOMAIN_VERIFIED", outcome.proof().name(), null);
            }
          } else {
            d.checked(outcome.notes());
          }
        });
    directory.refresh();
    return outcome;
  }

  /**
   * A platform admin vouches for a claim without a proof on the domain.
   *
   * @param note why, for the audit log: required
   * @throws id.etalase.common.InvalidInputException without a note
   */
  public void verifyManually(String domain, String note) {
    Actor actor = platformAdmin(domain);
    String why = note(note);
    TenantSnapshot owner = owner(domain);
    work.runAs(
        owner,
        () -> {
          TenantDomain d = load(owner, domain);
          if (d.verify(DomainProof.MANUAL, actor.name() + ": " + why)) {
            record(
                actor, owner, domain, "DOMAIN_VERIFIED_MANUALLY", DomainProof.MANUAL.name(), why);
          }
        });
    directory.refresh();
  }

  /**
   * A platform admin rejects a pending claim: the tenant no longer holds the domain, and another
   * tenant may claim it. A verified domain is not rejected here.
   *
   * @throws id.etalase.common.InvalidInputException without a note
   */
  public void reject(String domain, String note) {
    Actor actor = platformAdmin(domain);
    String why = note(note);
    TenantSnapshot owner = owner(domain);
    work.runAs(
        owner,
        () -> {
          TenantDomain d = load(owner, domain);
          if (d.isVerified()) {
            throw new RecordNotFoundException("Pending domain", domain);
          }
          d.getTenant().domains().release(domain);
          record(actor, owner, domain, "DOMAIN_REJECTED", null, why);
        });
    directory.refresh();
  }

  /** Audits what a tenant folder did to domains at start-up: folders vouch for their domains. */
  void onFolder(@Observes FolderDomainChange change) {
    work.runAs(
        change.tenant(),
        () ->
            record(
                Actor.SYSTEM,
                change.tenant(),
                change.domain(),
                change.verified() ? "DOMAIN_VERIFIED" : "DOMAIN_REJECTED",
                change.verified() ? DomainProof.FOLDER.name() : null,
                change.note()));
  }

  private TenantDomain load(TenantSnapshot owner, String domain) {
    return tenants
        .findDomain(domain)
        .filter(d -> d.getTenant().getId() == owner.id())
        .orElseThrow(() -> new RecordNotFoundException("Domain", domain));
  }

  private void record(
      Actor actor, TenantSnapshot owner, String domain, String action, String proof, String note) {
    Map<String, FieldChange> changes = new LinkedHashMap<>();
    changes.put(
        "domain",
        new FieldChange(domain + " PENDING", proof == null ? null : domain + " VERIFIED"));
    if (proof != null) {
      changes.put("proof", new FieldChange(null, proof));
    }
    if (note != null) {
      changes.put("note", new FieldChange(null, note));
    }
    audit.record(actor, "Tenant", owner.id(), owner.name(), action, changes);
  }

  private static String note(String note) {
    InputChecks in = new InputChecks();
    String why = in.required("note", note, 300);
    in.verify();
    return why;
  }
}
