package id.etalase.web.admin;

import id.etalase.cluster.Cluster;
import id.etalase.cluster.ClusterService;
import id.etalase.common.InvalidInputException;
import id.etalase.common.RecordNotFoundException;
import id.etalase.insight.CatalogPrint;
import id.etalase.insight.CatalogPrints;
import id.etalase.region.District;
import id.etalase.region.RegionRepository;
import id.etalase.tenant.CurrentTenant;
import id.etalase.web.consoles.common.ConsoleMessages;
import id.etalase.web.consoles.common.Downloads;
import id.etalase.web.consoles.common.SignedIn;
import id.etalase.web.konsol.ExportBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /admin/katalog}: asks for a printable catalog of the whole tenant, a kecamatan or a
 * cluster, shows the latest ones with their progress (polled while one runs) and downloads the
 * finished ones. {@link CatalogPrints} checks who asks, and finds a catalog by id in the asking
 * admin's tenant only.
 */
@Named
@RequestScoped
public class CatalogBacking {

  @Inject private CatalogPrints prints;
  @Inject private SignedIn signedIn;
  @Inject private CurrentTenant currentTenant;
  @Inject private RegionRepository regions;
  @Inject private ClusterService clusters;
  @Inject private ConsoleMessages messages;

  private CatalogPrint.Scope scope = CatalogPrint.Scope.TENANT;
  private String districtCode;
  private Long clusterId;
  private List<CatalogPrint> latest;

  public void request() {
    String key =
        switch (scope) {
          case TENANT -> null;
          case DISTRICT -> districtCode;
          case CLUSTER -> clusterId == null ? null : clusterId.toString();
        };
    try {
      prints.request(signedIn.require(), scope, key, currentTenant.require().defaultLanguage());
      messages.info("insight.catalog.started");
      latest = null;
    } catch (InvalidInputException refused) {
      messages.problems(refused, Map.of());
    }
  }

  public void download(long id) {
    try {
      CatalogPrint print = prints.find(signedIn.require(), id);
      Downloads.send(
          ExportBacking.fileName(currentTenant.require().slug(), "katalog-" + id, "pdf"),
          "application/pdf",
          out -> prints.download(signedIn.require(), print.getId(), out));
    } catch (RecordNotFoundException e) {
      messages.error("insight.catalog.notFound");
    }
  }

  public List<CatalogPrint> getLatest() {
    if (latest == null) {
      latest = prints.latest(signedIn.require(), 10);
    }
    return latest;
  }

  public boolean isAnyRunning() {
    return getLatest().stream().anyMatch(p -> p.getStatus() == CatalogPrint.Status.RUNNING);
  }

  public Map<String, String> getDistricts() {
    Map<String, String> names = new LinkedHashMap<>();
    for (District d : regions.districtsOf(currentTenant.require().regencyCode())) {
      names.put(d.getCode(), d.getName());
    }
    return names;
  }

  public List<Cluster> getClusters() {
    return clusters.all(signedIn.require());
  }

  public CatalogPrint.Scope[] getScopes() {
    return CatalogPrint.Scope.values();
  }

  public CatalogPrint.Scope getScope() {
    return scope;
  }

  public void setScope(CatalogPrint.Scope scope) {
    this.scope = scope == null ? CatalogPrint.Scope.TENANT : scope;
  }

  public String getDistrictCode() {
    return districtCode;
  }

  public void setDistrictCode(String districtCode) {
    this.districtCode = districtCode;
  }

  public Long getClusterId() {
    return clusterId;
  }

  public void setClusterId(Long clusterId) {
    this.clusterId = clusterId;
  }
}
