package id.etalase.onboarding;

import id.etalase.access.Access;
import id.etalase.access.ConsoleUser;
import id.etalase.account.AccountService;
import id.etalase.audit.Actor;
import id.etalase.audit.AuditLog;
import id.etalase.audit.FieldChange;
import id.etalase.catalog.CategoryService;
import id.etalase.common.InputChecks;
import id.etalase.region.Regency;
import id.etalase.region.RegionRepository;
import id.etalase.tenant.Branding;
import id.etalase.tenant.TenantDirectory;
import id.etalase.tenant.TenantRules;
import id.etalase.tenant.TenantSnapshot;
import id.etalase.tenant.TenantWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts a new regency or city on the platform from its official code: the name comes from the region
 * data (and with it the kecamatan and desa the catalog offers), the platform admin adds the slug,
 * an optional domain, the colours and the first tenant admin, who gets an invitation link. The
 * tenant is live when this returns, on the platform's address; its domain is claimed, and served
 * once it is verified like any other ({@link CustomDomains}).
 */
@ApplicationScoped
public class TenantOnboarding {

  /** What the platform admin fills in. */
  public record NewTenant(
      String regencyCode,
      String slug,
      String domain,
      String primaryColour,
      String secondaryColour,
      String accentColour,
      String adminEmail,
      String adminName) {}

  /**
   * The colours of a new tenant for which none were typed; the onboarding form starts with them.
   */
  public static final String DEFAULT_PRIMARY = "#123c35";

  public static final String DEFAULT_SECONDARY = "#f3efe6";
  public static final String DEFAULT_ACCENT = "#b23a2a";

  /** The new tenant and the one-time link of its first admin. */
  public record Onboarded(TenantSnapshot tenant, String invitationToken, String adminEmail) {}

  @Inject private RegionRepository regions;
  @Inject private TenantRegistryWrites registry;
  @Inject private TenantDirectory directory;
  @Inject private TenantWork work;
  @Inject private AccountService accounts;
  @Inject private CategoryService categories;
  @Inject private AuditLog audit;
  @Inject private Access access;

  @Inject
  @ConfigProperty(name = "etalase.platform.domain", defaultValue = "localhost")
  private String platformDomain;

  /**
   * @throws id.etalase.common.InvalidInputException with every problem, creating nothing
   */
  public Onboarded create(ConsoleUser platformAdmin, NewTenant input) {
    access.platform(platformAdmin);
    InputChecks in = new InputChecks();
    String code = in.required("regencyCode", input.regencyCode(), 5);
    Regency regency = code == null ? null : regions.regency(code).orElse(null);
    if (code != null && regency == null) {
      in.problem("regencyCode", "problem.regency", code);
    } else if (regency != null
        && directory.all().stream().anyMatch(t -> t.regencyCode().equals(regency.getCode()))) {
      in.problem("regencyCode", "problem.regencyTaken", regency.getName());
    }
    String slug = in.required("slug", input.slug(), 200);
    if (slug != null) {
      String typed = slug;
      TenantRules.slug(slug)
          .ifPresentOrElse(
              refused -> in.problem("slug", refused.messageKey(), refused.arguments().toArray()),
              () -> {
                if (directory.bySlug(typed).isPresent()) {
                  in.problem("slug", "problem.tenantSlugTaken", typed);
                }
              });
    }
    String domain = in.text("domain", input.domain(), 253);
    if (domain != null) {
      domain = TenantRules.normaliseDomain(domain);
      var refusal = new TenantRules(platformDomain).domain(domain);
      if (refusal.isPresent()) {
        in.problem("domain", refusal.get().messageKey(), refusal.get().arguments().toArray());
      } else if (directory.claimant(domain).isPresent()) {
        in.problem("domain", "problem.domainTaken", domain);
      }
    }
    String primary = colour(in, "primaryColour", input.primaryColour(), DEFAULT_PRIMARY);
    String secondary = colour(in, "secondaryColour", input.secondaryColour(), DEFAULT_SECONDARY);
    String accent = colour(in, "accentColour", input.accentColour(), DEFAULT_ACCENT);
    if (input.adminEmail() == null || input.adminEmail().isBlank()) {
      in.problem("adminEmail", "problem.required");
    }
    String adminEmail = in.email("adminEmail", input.adminEmail());
    String adminName = in.required("adminName", input.adminName(), 200);
    in.verify();

    Actor actor = audit.actor();
    registry.create(
        slug,
        regency.getName(),
        regency.getCode(),
        new Branding(primary, secondary, accent),
        domain);
    directory.refresh();
    TenantSnapshot tenant = directory.bySlug(slug).orElseThrow();
    String token =
        work.callAs(
            tenant,
            () -> {
              categories.seedDefaults();
              Map<String, FieldChange> fields = new LinkedHashMap<>();
              fields.put("regencyCode", new FieldChange(null, regency.getCode()));
              fields.put("slug", new FieldChange(null, tenant.slug()));
              fields.put("domains", new FieldChange(null, tenant.claimedDomains()));
              audit.record(actor, "Tenant", tenant.id(), tenant.name(), "CREATE", fields);
              return accounts.inviteFirstAdmin(platformAdmin, adminEmail, adminName).token();
            });
    return new Onboarded(tenant, token, adminEmail);
  }

  private static String colour(InputChecks in, String field, String value, String fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    return TenantRules.colour(value)
        .orElseGet(
            () -> {
              in.problem(field, "problem.colour", value);
              return fallback;
            });
  }
}
