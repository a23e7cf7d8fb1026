package id.etalase.tenant;

import java.nio.file.Path;

/**
 * Fired after a tenant folder is loaded, outside any transaction. Features observe it to import
 * their demo data from {@code demoFolder} through their own services.
 */
public record TenantFolderLoaded(TenantSnapshot tenant, Path demoFolder) {}
