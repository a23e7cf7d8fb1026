package id.etalase.account;

/** What a console account of one tenant may do. Platform admins are not tenant accounts. */
public enum Role {
  /** A government officer who owns the directory: accounts, branding, the audit log. */
  TENANT_ADMIN,
  /** Manages the tenant's catalog on behalf of the businesses. */
  OPERATOR,
  /** Edits only their own business; changes wait for an operator's approval. */
  BUSINESS_OWNER;

  /** MFA is required for the officers who govern a directory. */
  public boolean requiresMfa() {
    return this == TENANT_ADMIN;
  }
}
