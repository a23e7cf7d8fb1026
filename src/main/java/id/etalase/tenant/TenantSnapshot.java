package id.etalase.tenant;

import java.util.Map;
import java.util.Set;

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
    Set<String> domains,
    Map<AssetKind, String> assetFiles) {

  public TenantSnapshot {
    domains = Set.copyOf(domains);
    assetFiles = Map.copyOf(assetFiles);
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
        tenant.getDomains(),
        assetFiles);
  }

  public boolean isActive() {
    return status == TenantStatus.ACTIVE;
  }

  /** The first custom domain, used for canonical URLs; null when the tenant has none. */
  public String primaryDomain() {
    return domains.stream().sorted().findFirst().orElse(null);
  }

  public String logoFile() {
    return assetFiles.get(AssetKind.LOGO);
  }

  public String heroFile() {
    return assetFiles.get(AssetKind.HERO);
  }
}
