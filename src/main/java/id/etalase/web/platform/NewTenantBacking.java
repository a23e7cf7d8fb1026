package id.etalase.web.platform;

import id.etalase.account.AccountMail;
import id.etalase.common.InvalidInputException;
import id.etalase.onboarding.TenantOnboarding;
import id.etalase.onboarding.TenantOnboarding.NewTenant;
import id.etalase.onboarding.TenantOnboarding.Onboarded;
import id.etalase.region.Regency;
import id.etalase.region.RegionNames;
import id.etalase.region.RegionRepository;
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

/**
 * Onboarding a regency in the platform console ({@code platform/baru.xhtml}): pick the official
 * regency, take the suggested slug or type one, add colours, a domain and the first admin.
 */
@Named
@ViewScoped
public class NewTenantBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient TenantOnboarding onboarding;
  @Inject private transient SignedIn signedIn;
  @Inject private transient RegionRepository regions;
  @Inject private transient AccountMail mail;
  @Inject private transient ConsoleMessages messages;
  @Inject private transient TenantUrls urls;

  private List<Regency> regencies;
  private String regencyCode;
  private String slug;
  private String domain;
  private String primaryColour = TenantOnboarding.DEFAULT_PRIMARY;
  private String secondaryColour = TenantOnboarding.DEFAULT_SECONDARY;
  private String accentColour = TenantOnboarding.DEFAULT_ACCENT;
  private String adminEmail;
  private String adminName;
  private String siteUrl;
  private String invitationUrl;

  @PostConstruct
  void load() {
    regencies = regions.regencies();
  }

  /** Suggests the slug from the regency's name: "Kabupaten Bondowoso" becomes "bondowoso". */
  public void regencyChosen() {
    regions
        .regency(regencyCode)
        .ifPresent(
            r -> {
              String name = r.getName().replaceFirst("^(Kabupaten|Kota) ", "");
              slug = (r.getName().startsWith("Kota ") ? "kota-" : "") + RegionNames.slug(name);
            });
  }

  public void create() {
    try {
      Onboarded done =
          onboarding.create(
              signedIn.require(),
              new NewTenant(
                  regencyCode,
                  slug,
                  domain,
                  primaryColour,
                  secondaryColour,
                  accentColour,
                  adminEmail,
                  adminName));
      siteUrl = urls.tenant(done.tenant(), "/");
      String link = urls.tenant(done.tenant(), "/konsol/undangan?t=" + done.invitationToken());
      boolean sent =
          mail.send(
              done.adminEmail(),
              messages.text("mail.invitation.subject", done.tenant().name()),
              messages.text("mail.invitation.text", done.tenant().name(), link));
      invitationUrl = sent ? null : link;
      messages.info(
          sent ? "onboarding.createdMailed" : "onboarding.created",
          done.tenant().name(),
          done.adminEmail());
    } catch (InvalidInputException refused) {
      messages.problems(
          refused,
          Map.of(
              "regencyCode", "tenant:regency",
              "slug", "tenant:slug",
              "domain", "tenant:domain",
              "primaryColour", "tenant:primary",
              "secondaryColour", "tenant:secondary",
              "accentColour", "tenant:accent",
              "adminEmail", "tenant:adminEmail",
              "adminName", "tenant:adminName"));
    }
  }

  public boolean isDone() {
    return siteUrl != null;
  }

  public List<Regency> getRegencies() {
    return regencies;
  }

  public String getRegencyCode() {
    return regencyCode;
  }

  public void setRegencyCode(String regencyCode) {
    this.regencyCode = regencyCode;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getDomain() {
    return domain;
  }

  public void setDomain(String domain) {
    this.domain = domain;
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

  public String getAdminEmail() {
    return adminEmail;
  }

  public void setAdminEmail(String adminEmail) {
    this.adminEmail = adminEmail;
  }

  public String getAdminName() {
    return adminName;
  }

  public void setAdminName(String adminName) {
    this.adminName = adminName;
  }

  public String getSiteUrl() {
    return siteUrl;
  }

  public String getInvitationUrl() {
    return invitationUrl;
  }
}
