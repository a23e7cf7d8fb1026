package id.etalase.onboarding;

import id.etalase.access.Access;
import id.etalase.access.ConsoleUser;
import id.etalase.audit.Actor;
import id.etalase.audit.AuditLog;
import id.etalase.audit.FieldChange;
import id.etalase.common.InputChecks;
import id.etalase.common.InvalidInputException;
import id.etalase.common.Problem;
import id.etalase.common.RecordNotFoundException;
import id.etalase.tenant.AssetKind;
import id.etalase.tenant.Branding;
import id.etalase.tenant.Office;
import id.etalase.tenant.Tenant;
import id.etalase.tenant.TenantAsset;
import id.etalase.tenant.TenantDirectory;
import id.etalase.tenant.TenantRepository;
import id.etalase.tenant.TenantRules;
import id.etalase.tenant.TenantSnapshot;
import id.etalase.tenant.TenantWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A tenant's branding from the government console: checks a draft (every problem at once, in the
 * admin's language through message keys), and publishes it. Publishing writes the tenant, its
 * images and the audit entry in one transaction, then refreshes the {@link TenantDirectory} so the
 * public site shows it at once. A published edit also outlives restarts: the tenant loader applies
 * a tenant folder only when the folder itself changed (see {@code TenantLoader}).
 *
 * <p>A new custom domain is only claimed here: it stays pending, and unserved, until {@link
 * CustomDomains} finds its proof. Only a verified domain can be chosen as the canonical one.
 *
 * <p>Checking a draft, preparing an image and publishing are for the tenant's admins only (the
 * branding page is theirs): a check tells whether another tenant claimed a domain, and an image
 * costs the decoder's memory. {@link #current} reads what the public site shows anyway.
 */
@ApplicationScoped
public class TenantBrandingService {

  /** Text that ends up in HTML and meta tags; angle brackets have no business there. */
  private static final String MARKUP = ".*[<>\\p{Cntrl}&&[^\\n\\r\\t]].*";

  @Inject private TenantRepository tenants;
  @Inject private TenantDirectory directory;
  @Inject private TenantWork work;
  @Inject private AuditLog audit;
  @Inject private Access access;
  @Inject private BrandingImages images;

  @Inject
  @ConfigProperty(name = "etalase.platform.domain", defaultValue = "localhost")
  private String platformDomain;

  /** The published branding of a tenant, as a draft to start editing from. */
  public BrandingDraft current(TenantSnapshot tenant) {
    Branding b = tenant.branding();
    Office o = tenant.office();
    return new BrandingDraft(
        b.getPrimaryColour(),
        b.getSecondaryColour(),
        b.getAccentColour(),
        tenant.tagline(),
        o == null ? null : o.getName(),
        o == null ? null : o.getAddress(),
        o == null ? null : o.getPhone(),
        o == null ? null : o.getWhatsapp(),
        o == null ? null : o.getEmail(),
        o == null ? null : o.getWebsite(),
        new ArrayList<>(tenant.claimedDomains()),
        tenant.canonicalDomain(),
        null,
        null);
  }

  /**
   * Checks and re-encodes an uploaded logo or hero image for a tenant's draft.
   *
   * @param admin an admin of {@code tenant}
   * @throws id.etalase.common.NotAllowedException when {@code admin} is not one
   */
  public BrandingImage image(
      ConsoleUser admin, TenantSnapshot tenant, AssetKind kind, byte[] upload) {
    access.adminOf(admin, tenant.id());
    return images.prepare(kind, upload);
  }

  /**
   * The draft, cleaned: colours in lower case, numbers in E.164, domains in lower case. Writes
   * nothing: the branding page's preview.
   *
   * @param admin an admin of {@code tenant}
   * @throws id.etalase.common.NotAllowedException when {@code admin} is not one
   * @throws InvalidInputException with every problem
   */
  public BrandingDraft check(ConsoleUser admin, TenantSnapshot tenant, BrandingDraft draft) {
    access.adminOf(admin, tenant.id());
    return clean(tenant, draft);
  }

  private BrandingDraft clean(TenantSnapshot tenant, BrandingDraft draft) {
    InputChecks in = new InputChecks();
    String primary = colour(in, "primaryColour", draft.primaryColour());
    String secondary = colour(in, "secondaryColour", draft.secondaryColour());
    String accent = colour(in, "accentColour", draft.accentColour());
    String tagline = plain(in, "tagline", draft.tagline(), 300);
    String name = plain(in, "officeName", draft.officeName(), 200);
    String address = plain(in, "officeAddress", draft.officeAddress(), 500);
    String phone = in.phone("officePhone", draft.officePhone());
    String whatsapp = in.whatsapp("officeWhatsapp", draft.officeWhatsapp());
    String email = in.email("officeEmail", draft.officeEmail());
    String website = in.url("officeWebsite", draft.officeWebsite());
    List<String> domains = new ArrayList<>();
    if (draft.domains().size() > TenantRules.MAX_DOMAINS) {
      in.problem("domains", "problem.tooMany", TenantRules.MAX_DOMAINS);
    }
    TenantRules rules = new TenantRules(platformDomain);
    for (String d : draft.domains()) {
      String domain = TenantRules.normaliseDomain(d);
      var refusal = rules.domain(domain);
      if (refusal.isPresent()) {
        in.problem("domains", refusal.get().messageKey(), refusal.get().arguments().toArray());
      } else if (directory.claimant(domain).filter(t -> t.id() != tenant.id()).isPresent()) {
        in.problem("domains", "problem.domainTaken", domain);
      } else if (!domains.contains(domain)) {
        domains.add(domain);
      }
    }
    String canonical =
        draft.canonicalDomain() == null || draft.canonicalDomain().isBlank()
            ? null
            : TenantRules.normaliseDomain(draft.canonicalDomain());
    if (canonical != null
        && !(domains.contains(canonical) && tenant.domains().contains(canonical))) {
      in.problem("canonicalDomain", "problem.canonicalNotVerified", canonical);
    }
    in.verify();
    return new BrandingDraft(
        primary,
        secondary,
        accent,
        tagline,
        name,
        address,
        phone,
        whatsapp,
        email,
        website,
        domains,
        canonical,
        draft.logo(),
        draft.hero());
  }

  /**
   * Publishes a draft: checks it again, writes the tenant, new images and an audit entry in one
   * transaction (all or nothing), and refreshes the directory.
   *
   * @return the tenant as the public site now shows it
   * @throws InvalidInputException when the draft is refused; nothing is written
   */
  public TenantSnapshot publish(ConsoleUser admin, TenantSnapshot tenant, BrandingDraft draft) {
    access.adminOf(admin, tenant.id());
    BrandingDraft clean = clean(tenant, draft);
    BrandingDraft before = current(tenant);
    Actor actor = audit.actor();
    try {
      work.runAs(tenant, () -> write(tenant, before, clean, actor));
    } catch (InvalidInputException refused) {
      throw refused;
    } catch (RuntimeException failed) {
      // Another tenant may have claimed one of the new domains at the same moment: the unique
      // index let only one through.
      directory.refresh();
      List<Problem> taken = new ArrayList<>();
      for (String domain : clean.domains()) {
        if (directory.claimant(domain).filter(t -> t.id() != tenant.id()).isPresent()) {
          taken.add(new Problem("domains", "problem.domainTaken", List.of(domain)));
        }
      }
      if (taken.isEmpty()) {
        throw failed;
      }
      throw new InvalidInputException(taken);
    }
    directory.refresh();
    return directory.bySlug(tenant.slug()).orElseThrow();
  }

  /** Runs inside the tenant's transaction of {@link TenantWork}. */
  private void write(
      TenantSnapshot snapshot, BrandingDraft before, BrandingDraft after, Actor actor) {
    Tenant tenant =
        tenants
            .findBySlug(snapshot.slug())
            .orElseThrow(() -> new RecordNotFoundException("Tenant", snapshot.slug()));
    for (String domain : after.domains()) {
      if (tenants.domainTakenByOther(domain, tenant.getSlug())) {
        throw new InvalidInputException(
            List.of(new Problem("domains", "problem.domainTaken", List.of(domain))));
      }
    }
    tenant.brand(
        new Branding(after.primaryColour(), after.secondaryColour(), after.accentColour()));
    tenant.describe(
        after.tagline(),
        new Office(
            after.officeName(),
            after.officeAddress(),
            after.officePhone(),
            after.officeWhatsapp(),
            after.officeEmail(),
            after.officeWebsite()),
        tenant.getDefaultLanguage());
    tenant.domains().request(new TreeSet<>(after.domains()));
    try {
      tenant.domains().chooseCanonical(after.canonicalDomain());
    } catch (IllegalArgumentException notVerified) {
      throw new InvalidInputException(
          List.of(
              new Problem(
                  "canonicalDomain",
                  "problem.canonicalNotVerified",
                  List.of(after.canonicalDomain()))));
    }
    Map<String, FieldChange> changes =
        new LinkedHashMap<>(AuditLog.diff(before.text(), after.text()));
    saveImage(snapshot, AssetKind.LOGO, after.logo(), changes);
    saveImage(snapshot, AssetKind.HERO, after.hero(), changes);
    tenants.flush();
    if (!changes.isEmpty()) {
      audit.record(actor, "Tenant", tenant.getId(), tenant.getName(), "BRANDING", changes);
    }
  }

  private void saveImage(
      TenantSnapshot tenant,
      AssetKind kind,
      BrandingImage image,
      Map<String, FieldChange> changes) {
    if (image == null) {
      return;
    }
    String field = kind.name().toLowerCase(Locale.ROOT);
    var existing = tenants.findAsset(tenant.id(), kind);
    boolean changed;
    if (existing.isPresent()) {
      changed = existing.get().replace(image.contentType(), image.content());
    } else {
      tenants.persist(new TenantAsset(tenant.id(), kind, image.contentType(), image.content()));
      changed = true;
    }
    if (changed) {
      changes.put(
          field,
          new FieldChange(
              tenant.assetFiles().get(kind),
              TenantAsset.fileName(kind, image.sha256(), image.contentType())));
    }
  }

  private static String colour(InputChecks in, String field, String value) {
    if (value == null || value.isBlank()) {
      in.problem(field, "problem.required");
      return null;
    }
    return TenantRules.colour(value)
        .orElseGet(
            () -> {
              in.problem(field, "problem.colour", value);
              return null;
            });
  }

  private static String plain(InputChecks in, String field, String value, int max) {
    String v = in.text(field, value, max);
    if (v != null && v.matches("(?s)" + MARKUP)) {
      in.problem(field, "problem.markup");
      return null;
    }
    return v;
  }
}
