package id.etalase.tenant;

/**
 * Something a visitor could see changed: a tenant's catalog or branding, or (with no tenant) the
 * registry as a whole. Fired inside the writing transaction; observers that act on it observe
 * {@code during = AFTER_SUCCESS}, so a rolled-back change announces nothing.
 */
public record PublicDataChanged(Long tenantId) {

  public static PublicDataChanged everyTenant() {
    return new PublicDataChanged(null);
  }
}
