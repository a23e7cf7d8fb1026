package id.etalase.web.admin;

import id.etalase.common.InvalidInputException;
import id.etalase.onboarding.BrandingDraft;
import id.etalase.onboarding.BrandingImage;
import id.etalase.onboarding.TenantBrandingService;
import id.etalase.tenant.AssetKind;
import id.etalase.tenant.CurrentTenant;
import id.etalase.tenant.TenantSnapshot;
import id.etalase.tenant.TenantUrls;
import id.etalase.web.consoles.common.ConsoleMessages;
import id.etalase.web.consoles.common.SignedIn;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;

/**
 * The government console's branding page ({@code admin/merek.xhtml}), its form: colours, tagline,
 * the office's contact details, custom domains with the choice of the canonical one among the
 * verified, logo and hero. Every edit changes a draft held by this view only; the public site
 * changes when the admin publishes. The tenant is always the request's own, never one named by the
 * form.
 *
 * <p>The page's other parts have beans of their own: {@link BrandingPreviewBacking} shows the
 * public header with this draft, {@link BrandingDomainsBacking} the proof of each custom domain.
 */
@Named
@ViewScoped
public class BrandingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Fields of the service's problems, and the components that show them. */
  private static final Map<String, String> FIELDS =
      Map.ofEntries(
          Map.entry("primaryColour", "brand:primaryColour"),
          Map.entry("secondaryColour", "brand:secondaryColour"),
          Map.entry("accentColour", "brand:accentColour"),
          Map.entry("tagline", "brand:tagline"),
          Map.entry("officeName", "brand:officeName"),
          Map.entry("officeAddress", "brand:officeAddress"),
          Map.entry("officePhone", "brand:officePhone"),
          Map.entry("officeWhatsapp", "brand:officeWhatsapp"),
          Map.entry("officeEmail", "brand:officeEmail"),
          Map.entry("officeWebsite", "brand:officeWebsite"),
          Map.entry("domains", "brand:domains"),
          Map.entry("canonicalDomain", "brand:canonicalDomain"));

  @Inject private transient TenantBrandingService branding;
  @Inject private transient SignedIn signedIn;
  @Inject private transient CurrentTenant currentTenant;
  @Inject private transient ConsoleMessages messages;
  @Inject private transient TenantUrls urls;

  /** What the form shows and the admin types. */
  private String primaryColour;

  private String secondaryColour;
  private String accentColour;
  private String tagline;
  private String officeName;
  private String officeAddress;
  private String officePhone;
  private String officeWhatsapp;
  private String officeEmail;
  private String officeWebsite;
  private String domains;
  private String canonicalDomain;

  /** The last draft that passed the checks: what the preview shows. */
  private BrandingDraft draft;

  @PostConstruct
  void load() {
    draft = branding.current(tenant());
    fill(draft);
  }

  private TenantSnapshot tenant() {
    return currentTenant.require();
  }

  private void fill(BrandingDraft d) {
    primaryColour = d.primaryColour();
    secondaryColour = d.secondaryColour();
    accentColour = d.accentColour();
    tagline = d.tagline();
    officeName = d.officeName();
    officeAddress = d.officeAddress();
    officePhone = d.officePhone();
    officeWhatsapp = d.officeWhatsapp();
    officeEmail = d.officeEmail();
    officeWebsite = d.officeWebsite();
    domains = String.join("\n", d.domains());
    canonicalDomain = d.canonicalDomain();
  }

  private BrandingDraft typed() {
    return new BrandingDraft(
        primaryColour,
        secondaryColour,
        accentColour,
        tagline,
        officeName,
        officeAddress,
        officePhone,
        officeWhatsapp,
        officeEmail,
        officeWebsite,
        BrandingDraft.domainList(domains),
        canonicalDomain,
        draft.logo(),
        draft.hero());
  }

  /** Checks what was typed and shows it in the preview; the public site does not change. */
  public void preview() {
    try {
      draft = branding.check(signedIn.require(), tenant(), typed());
      fill(draft);
      messages.info("branding.previewUpdated");
    } catch (InvalidInputException refused) {
      messages.problems(refused, FIELDS);
    }
  }

  public void uploadLogo(FileUploadEvent event) {
    upload(AssetKind.LOGO, event);
  }

  public void uploadHero(FileUploadEvent event) {
    upload(AssetKind.HERO, event);
  }

  private void upload(AssetKind kind, FileUploadEvent event) {
    try {
      BrandingImage image =
          branding.image(signedIn.require(), tenant(), kind, event.getFile().getContent());
      draft = kind == AssetKind.LOGO ? draft.withLogo(image) : draft.withHero(image);
      messages.info("branding.imageReady");
    } catch (InvalidInputException refused) {
      refused
          .problems()
          .forEach(
              p ->
                  messages.error(
                      "branding.imageRefused",
                      event.getFile().getFileName(),
                      messages.text(p.messageKey(), p.arguments().toArray())));
      jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
    }
  }

  /** Publishes what the form holds (checked again); the public site shows it at once. */
  public void publish() {
    try {
      TenantSnapshot published = branding.publish(signedIn.require(), tenant(), typed());
      draft = branding.current(published);
      fill(draft);
      messages.info("branding.published");
    } catch (InvalidInputException refused) {
      messages.problems(refused, FIELDS);
    }
  }

  /** Drops the draft and starts again from what is published. */
  public void discard() {
    load();
    messages.info("branding.discarded");
  }

  /** The domains that can be canonical: the verified ones. */
  public List<String> getVerifiedDomains() {
    return List.copyOf(currentTenant.latest().domains());
  }

  /** The tenant's address on the platform, used when no canonical domain is chosen. */
  public String getPlatformAddress() {
    return urls.onPlatform(tenant(), "/");
  }

  /** The last draft that passed the checks, which the preview shows. */
  public BrandingDraft getDraft() {
    return draft;
  }

  public String getPrimaryColour() {
    return primaryColour;
  }

  public void setPrimaryColour(String primaryColour) {
    this.primaryColour = primaryColour;
  }

  public String getSecondaryColour() {
    return secondaryColour;
  }

  public void setSecondaryColour(String secondaryColour) {
    this.secondaryColour = secondaryColour;
  }

  public String getAccentColour() {
    return accentColour;
  }

  public void setAccentColour(String accentColour) {
    this.accentColour = accentColour;
  }

  public String getTagline() {
    return tagline;
  }

  public void setTagline(String tagline) {
    this.tagline = tagline;
  }

  public String getOfficeName() {
    return officeName;
  }

  public void setOfficeName(String officeName) {
    this.officeName = officeName;
  }

  public String getOfficeAddress() {
    return officeAddress;
  }

  public void setOfficeAddress(String officeAddress) {
    this.officeAddress = officeAddress;
  }

  public String getOfficePhone() {
    return officePhone;
  }

  public void setOfficePhone(String officePhone) {
    this.officePhone = officePhone;
  }

  public String getOfficeWhatsapp() {
    return officeWhatsapp;
  }

  public void setOfficeWhatsapp(String officeWhatsapp) {
    this.officeWhatsapp = officeWhatsapp;
  }

  public String getOfficeEmail() {
    return officeEmail;
  }

  public void setOfficeEmail(String officeEmail) {
    this.officeEmail = officeEmail;
  }

  public String getOfficeWebsite() {
    return officeWebsite;
  }

  public void setOfficeWebsite(String officeWebsite) {
    this.officeWebsite = officeWebsite;
  }

  public String getDomains() {
    return domains;
  }

  public void setDomains(String domains) {
    this.domains = domains;
  }

  public String getCanonicalDomain() {
    return canonicalDomain;
  }

  public void setCanonicalDomain(String canonicalDomain) {
    this.canonicalDomain = canonicalDomain;
  }
}
