package id.etalase.tenant;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An immutable copy of a tenant as the web layer needs it on every request. Requests read this,
 * never the managed entity, so nothing a page does can write to the registry by accident.
 */
public record TenantSnapshot(
    long id,
    String slug,
    String name,
    String regencyCode,
    TenantStatus status,
    String defaultLanguage,
    String tagline,
    Branding branding,
    Office office,
    List<CustomDomain> customDomains,
    String canonicalDomain,
    Map<AssetKind, String> assetFiles) {

  public TenantSnapshot {
    customDomains =
        customDomains.stream().sorted(Comparator.comparing(CustomDomain::domain)).toList();
    assetFiles = Map.copyOf(assetFiles);
    if (canonicalDomain != null
        && customDomains.stream()
            .noneMatch(d -> d.isVerified() && d.domain().equals(canonicalDomain))) {
      throw new IllegalArgumentException(
          "The canonical domain must be a verified domain of " + slug + ": " + canonicalDomain);
    }
  }

  static TenantSnapshot of(Tenant tenant, Map<AssetKind, String> assetFiles) {
    return new TenantSnapshot(
        tenant.getId(),
        tenant.getSlug(),
        tenant.getName(),
        tenant.getRegencyCode(),
        tenant.getStatus(),
        tenant.getDefaultLanguage(),
        tenant.getTagline(),
        tenant.getBranding(),
        tenant.getOffice(),
        tenant.domains().all().stream().map(CustomDomain::of).toList(),
        tenant.getCanonicalDomain(),
        assetFiles);
  }

  public boolean isActive() {
    return status == TenantStatus.ACTIVE;
  }

  /** The verified custom domains: the only ones the tenant is served on. */
  public Set<String> domains() {
    return customDomains.stream()
        .filter(CustomDomain::isVerified)
        .map(CustomDomain::domain)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Every custom domain the tenant claimed, pending or verified, sorted. */
  public Set<String> claimedDomains() {
    return customDomains.stream()
        .map(CustomDomain::domain)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  public Optional<CustomDomain> customDomain(String domain) {
    return customDomains.stream().filter(d -> d.domain().equals(domain)).findFirst();
  }

  public String logoFile() {
    return assetFiles.get(AssetKind.LOGO);
  }

  public String heroFile() {
    return assetFiles.get(AssetKind.HERO);
  }
}
