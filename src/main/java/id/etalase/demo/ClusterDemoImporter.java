package id.etalase.demo;

import static id.etalase.common.YamlFiles.text;

import id.etalase.cluster.ClusterData;
import id.etalase.cluster.ClusterService;
import id.etalase.common.YamlFiles;
import id.etalase.curation.PublicationStatus;
import id.etalase.region.RegionNames;
import id.etalase.region.RegionRepository;
import id.etalase.tenant.TenantFolderLoaded;
import id.etalase.tenant.TenantWork;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/** Imports {@code demo/clusters.yaml} through {@link ClusterService}; idempotent by slug. */
@ApplicationScoped
public class ClusterDemoImporter {

  private static final Logger LOG = Logger.getLogger(ClusterDemoImporter.class.getName());

  @Inject private TenantWork tenantWork;
  @Inject private ClusterService clusters;
  @Inject private RegionRepository regions;

  void onTenantLoaded(@Observes @Priority(DemoImportOrder.CLUSTERS) TenantFolderLoaded event) {
    List<Map<?, ?>> rows =
        YamlFiles.readMappingsIfPresent(event.demoFolder().resolve("clusters.yaml"));
    if (rows.isEmpty()) {
      return;
    }
    String regency = event.tenant().regencyCode();
    long written =
        tenantWork.callAs(
            event.tenant(),
            () -> rows.stream().map(r -> toData(regency, r)).filter(clusters::upsert).count());
    LOG.info(
        event.tenant().slug() + ": " + written + " of " + rows.size() + " demo clusters written");
  }

  private ClusterData toData(String regency, Map<?, ?> m) {
    String kecamatan = text(m, "kecamatan");
    String district =
        kecamatan == null
            ? null
            : regions
                .districtBySlug(regency, RegionNames.slug(kecamatan))
                .map(d -> d.getCode())
                .orElse(kecamatan);
    String lat = text(m, "lat");
    String lon = text(m, "lon");
    String status = text(m, "status");
    return new ClusterData(
        text(m, "slug"),
        text(m, "name"),
        text(m, "description"),
        district,
        lat == null ? null : new BigDecimal(lat),
        lon == null ? null : new BigDecimal(lon),
        text(m, "openingHours"),
        text(m, "activities"),
        text(m, "visitorPrices"),
        text(m, "directions"),
        text(m, "contactName"),
        text(m, "contactPhone"),
        status == null
            ? PublicationStatus.PUBLISHED
            : PublicationStatus.valueOf(status.toUpperCase(Locale.ROOT)));
  }
}
