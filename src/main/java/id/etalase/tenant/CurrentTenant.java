package id.etalase.tenant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * The tenant of the current request, set once by {@link TenantFilter} (or by {@link TenantWork} for
 * work outside a request). Every tenant-scoped read and write goes through {@link
 * TenantEntityManager}, which takes the tenant from here.
 */
@Named
@RequestScoped
public class CurrentTenant {

  @Inject private TenantDirectory directory;

  private TenantSnapshot tenant;
  private String basePath = "";

  void enter(TenantSnapshot tenant, String basePath) {
    this.tenant = tenant;
    this.basePath = basePath;
  }

  void leave() {
    this.tenant = null;
    this.basePath = "";
  }

  public Optional<TenantSnapshot> get() {
    return Optional.ofNullable(tenant);
  }

  public boolean isResolved() {
    return tenant != null;
  }

  /** The tenant; fails when none was resolved, so tenant data is never read for "no tenant". */
  public TenantSnapshot require() {
    if (tenant == null) {
      throw new IllegalStateException("No tenant is set for this request or task");
    }
    return tenant;
  }

  /**
   * The tenant as the directory holds it now. After this request changed the tenant (published its
   * branding, proved a domain), that is newer than {@link #require()}, the snapshot taken when the
   * request began; pages that show what they just changed read this one.
   */
  public TenantSnapshot latest() {
    TenantSnapshot t = require();
    return directory.bySlug(t.slug()).orElse(t);
  }

  /** For EL: the tenant, or null outside a tenant. */
  public TenantSnapshot getTenant() {
    return tenant;
  }

  /**
   * The URL path that tenant-relative paths hang under: the context path plus {@code /slug} when
   * the tenant came from the path, or just the context path when it came from the host name.
   */
  public String getBasePath() {
    return basePath;
  }

  /** A URL path for a path inside the tenant's site, such as {@code /} or {@code /cari}. */
  public String link(String tenantPath) {
    return basePath + tenantPath;
  }
}
