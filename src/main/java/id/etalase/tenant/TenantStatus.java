package id.etalase.tenant;

/** Whether a tenant's directory is served. A suspended tenant answers 503 with a short notice. */
public enum TenantStatus {
  ACTIVE,
  SUSPENDED
}
