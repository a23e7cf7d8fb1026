package id.etalase.tenant;

/**
 * What a tenant folder did to a custom domain at start-up, for the tenant's audit log: it verified
 * a domain it lists, or it took a domain it lists from another tenant's pending claim (folders are
 * written by the platform team, so they win over an unproven claim).
 *
 * @param tenant the tenant whose domain changed
 * @param verified true when the folder verified the domain, false when the tenant lost its claim
 * @param note what the audit entry says about it
 */
public record FolderDomainChange(
    TenantSnapshot tenant, String domain, boolean verified, String note) {}
