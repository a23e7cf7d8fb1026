package id.etalase.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.etalase.business.BusinessRepository;
import id.etalase.catalog.ProductRepository;
import id.etalase.cluster.ClusterRepository;
import id.etalase.tenant.TenantDirectory;
import id.etalase.tenant.TenantLoader;
import id.etalase.tenant.TenantSnapshot;
import id.etalase.tenant.TenantWork;
import id.etalase.testing.DemoData;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo import on the real database: importing it again, as every start does, writes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class DemoImportIT {

  @Inject TenantDirectory directory;
  @Inject TenantWork work;
  @Inject TenantLoader loader;
  @Inject BusinessRepository businesses;
  @Inject ProductRepository products;
  @Inject ClusterRepository clusters;

  @Test
  void importingTheDemoCatalogAgainChangesNothing() throws Exception {
    // The import a server start runs: other classes on this shared server edit demo records.
    loader.loadAll(DemoData.tenantsDir(), true);
    List<Long> before = versions();
    loader.loadAll(DemoData.tenantsDir(), true);
    assertEquals(before, versions());
  }

  private List<Long> versions() {
    return work.callAs(
        a(),
        () -> {
          List<Long> v = new java.util.ArrayList<>();
          products.findAll().forEach(p -> v.add(p.getVersion()));
          clusters.findAll().forEach(c -> v.add(c.getVersion()));
          businesses.findAll().forEach(b -> v.add(b.getVersion()));
          return v;
        });
  }

  private TenantSnapshot a() {
    return directory.bySlug("bondowoso").orElseThrow();
  }
}
