package id.etalase.tenant;

/** What a page needs to link to a branding image: everything but its bytes. */
public record AssetHeader(Long tenantId, AssetKind kind, String sha256, String contentType) {

  public String fileName() {
    return TenantAsset.fileName(kind, sha256, contentType);
  }
}
