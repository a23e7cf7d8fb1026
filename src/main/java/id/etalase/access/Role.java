package id.etalase.access;

/**
 * What a console user may do. Platform admins run the platform console and belong to no tenant;
 * every other role belongs to exactly one tenant.
 */
public enum Role {
  /** Runs the platform: creates, suspends and resumes tenants. */
  PLATFORM_ADMIN,
  /** A government officer who owns the directory: accounts, branding, the audit log. */
  TENANT_ADMIN,
  /** Manages the tenant's catalog on behalf of the businesses. */
  OPERATOR,
  /** Edits only their own business; changes wait for an operator's approval. */
  BUSINESS_OWNER;

  /** MFA is required for those who govern a directory or the platform. */
  public boolean requiresMfa() {
    return this == TENANT_ADMIN || this == PLATFORM_ADMIN;
  }

  /** The roles a tenant's console account can have. */
  public boolean isTenantRole() {
    return this != PLATFORM_ADMIN;
  }
}
