package id.etalase.business;

import static id.etalase.platform.YamlFiles.text;

import id.etalase.platform.YamlFiles;
import id.etalase.tenant.TenantFolderLoaded;
import id.etalase.tenant.TenantWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Imports {@code demo/businesses.yaml} of a tenant folder through {@link BusinessService}, the same
 * path the console uses. Idempotent: businesses are matched by slug.
 */
@ApplicationScoped
public class BusinessDemoImporter {

  public static final String FILE = "businesses.yaml";
  private static final Logger LOG = Logger.getLogger(BusinessDemoImporter.class.getName());

  @Inject private TenantWork tenantWork;

  @Inject private BusinessService businesses;

  void onTenantLoaded(@Observes TenantFolderLoaded event) {
    Path file = event.demoFolder().resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return;
    }
    List<BusinessData> data = read(file);
    int written =
        tenantWork.callAs(
            event.tenant(), () -> (int) data.stream().filter(businesses::upsert).count());
    LOG.info(
        event.tenant().slug() + ": " + written + " of " + data.size() + " demo businesses written");
  }

  static List<BusinessData> read(Path file) {
    try {
      return YamlFiles.readList(file).stream().map(item -> toData(file, item)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BusinessData toData(Path file, Object item) {
    if (!(item instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException(file + ": every business is a mapping");
    }
    String status = text(map, "status");
    return new BusinessData(
        text(map, "slug"),
        text(map, "name"),
        text(map, "owner"),
        text(map, "description"),
        status == null
            ? PublicationStatus.PUBLISHED
            : PublicationStatus.valueOf(status.toUpperCase(Locale.ROOT)));
  }
}
