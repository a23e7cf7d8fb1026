package id.etalase.onboarding;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A tenant's branding as the government console edits it: colours, tagline, the office's contact
 * details, custom domains (pending or verified) with the one chosen for canonical URLs ({@code
 * null}: the platform's address), and new images ({@code null} keeps the published one). It lives
 * in the admin's view until it is published; nothing public reads it.
 */
public record BrandingDraft(
    String primaryColour,
    String secondaryColour,
    String accentColour,
    String tagline,
    String officeName,
    String officeAddress,
    String officePhone,
    String officeWhatsapp,
    String officeEmail,
    String officeWebsite,
    List<String> domains,
    String canonicalDomain,
    BrandingImage logo,
    BrandingImage hero)
    implements Serializable {

  public BrandingDraft {
    domains = domains == null ? List.of() : List.copyOf(domains);
  }

  /** The domains typed in one field, split at spaces, commas and line ends. */
  public static List<String> domainList(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.split("[\\s,;]+"))
        .filter(s -> !s.isBlank())
        .map(s -> s.toLowerCase(Locale.ROOT))
        .distinct()
        .toList();
  }

  public BrandingDraft withLogo(BrandingImage image) {
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
        domains,
        canonicalDomain,
        image,
        hero);
  }

  public BrandingDraft withHero(BrandingImage image) {
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
        domains,
        canonicalDomain,
        logo,
        image);
  }

  /** The same draft without its images, for comparing the text fields. */
  BrandingDraft text() {
    return withLogo(null).withHero(null);
  }

  // Getters for EL, which cannot call record accessors as properties.

  public String getPrimaryColour() {
    return primaryColour;
  }

  public String getSecondaryColour() {
    return secondaryColour;
  }

  public String getAccentColour() {
    return accentColour;
  }

  public String getTagline() {
    return tagline;
  }

  public String getOfficeName() {
    return officeName;
  }

  public String getOfficeAddress() {
    return officeAddress;
  }

  public String getOfficePhone() {
    return officePhone;
  }

  public String getOfficeWhatsapp() {
    return officeWhatsapp;
  }

  public String getOfficeEmail() {
    return officeEmail;
  }

  public String getOfficeWebsite() {
    return officeWebsite;
  }

  public List<String> getDomains() {
    return domains;
  }

  public String getCanonicalDomain() {
    return canonicalDomain;
  }

  public BrandingImage getLogo() {
    return logo;
  }

  public BrandingImage getHero() {
    return hero;
  }
}
