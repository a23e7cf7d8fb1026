package id.etalase.tenant;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the tenant folders named by {@code etalase.tenants.dir} at start-up, after the schema is
 * migrated. Production servers usually leave it unset and onboard regencies in the platform
 * console; the Run command points it at the repository's {@code tenants/}.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class TenantBootstrap {

  private static final Logger LOG = Logger.getLogger(TenantBootstrap.class.getName());

  @Inject
  @ConfigProperty(name = "etalase.tenants.dir")
  private Optional<String> tenantsDir;

  @Inject
  @ConfigProperty(name = "etalase.tenants.demo-data", defaultValue = "false")
  private boolean demoData;

  @Inject private TenantLoader loader;

  @Inject private TenantDirectory directory;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void load() {
    Optional<Path> dir = tenantsDir.filter(s -> !s.isBlank()).map(Path::of);
    if (dir.isEmpty()) {
      LOG.info("etalase.tenants.dir is not set: no tenant folders to load");
    } else if (!Files.isDirectory(dir.get())) {
      LOG.warning("etalase.tenants.dir is not a folder: " + dir.get());
    } else {
      try {
        loader.loadAll(dir.get(), demoData);
      } catch (TenantManifest.InvalidException e) {
        throw new IllegalStateException("A tenant folder is invalid: " + e.getMessage(), e);
      }
    }
    directory.refresh();
  }
}
