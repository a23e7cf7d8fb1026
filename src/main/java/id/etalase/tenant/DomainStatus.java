package id.etalase.tenant;

/** Whether a tenant's custom domain is proven to be the tenant's; only a verified one is served. */
public enum DomainStatus {
  PENDING,
  VERIFIED
}
