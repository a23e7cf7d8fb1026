package id.etalase.demo;

import static id.etalase.common.YamlFiles.text;
import static java.util.stream.Collectors.toSet;

import id.etalase.catalog.Availability;
import id.etalase.catalog.CategoryService;
import id.etalase.catalog.ProductData;
import id.etalase.catalog.ProductService;
import id.etalase.common.YamlFiles;
import id.etalase.curation.PublicationStatus;
import id.etalase.media.PhotoOwner;
import id.etalase.media.PhotoService;
import id.etalase.tenant.TenantFolderLoaded;
import id.etalase.tenant.TenantSnapshot;
import id.etalase.tenant.TenantWork;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gives a tenant the default categories, then imports {@code demo/products.yaml} through {@link
 * ProductService}; idempotent by slug.
 */
@ApplicationScoped
public class CatalogDemoImporter {

  private static final Logger LOG = Logger.getLogger(CatalogDemoImporter.class.getName());

  @Inject private TenantWork tenantWork;
  @Inject private CategoryService categories;
  @Inject private ProductService products;
  @Inject private PhotoService photoService;
  @Resource private ManagedExecutorService background;

  @Inject
  @ConfigProperty(name = "etalase.demo.photos", defaultValue = "true")
  private boolean demoPhotos;

  void seedCategories(@Observes @Priority(DemoImportOrder.CATEGORIES) TenantFolderLoaded event) {
    int added = tenantWork.callAs(event.tenant(), categories::seedDefaults);
    if (added > 0) {
      LOG.info(event.tenant().slug() + ": " + added + " default categories added");
    }
  }

  void importProducts(@Observes @Priority(DemoImportOrder.PRODUCTS) TenantFolderLoaded event) {
    List<Map<?, ?>> rows =
        YamlFiles.readMappingsIfPresent(event.demoFolder().resolve("products.yaml"));
    if (rows.isEmpty()) {
      return;
    }
    long written =
        tenantWork.callAs(
            event.tenant(),
            () -> rows.stream().map(CatalogDemoImporter::toData).filter(products::upsert).count());
    LOG.info(
        event.tenant().slug() + ": " + written + " of " + rows.size() + " demo products written");
    if (demoPhotos) {
      drawPhotos(event.tenant(), rows.stream().map(m -> text(m, "slug")).collect(toSet()));
    }
  }

  /**
   * Gives each demo product without photos a drawn one, through the real upload pipeline. In the
   * background, since drawing takes half a minute on two cores and the site is usable without them:
   * the page cache drops each page as its photo arrives, and a stop halfway is resumed at the next
   * start. Only the demo file's products: an operator's products are theirs to illustrate. Off in
   * the integration tests, which add their own photos.
   */
  private void drawPhotos(TenantSnapshot tenant, Set<String> demo) {
    List<Object[]> missing =
        tenantWork.callAs(tenant, products::withoutPhotos).stream()
            .filter(p -> demo.contains((String) p[0]))
            .toList();
    if (!missing.isEmpty()) {
      background.execute(() -> draw(tenant, missing));
    }
  }

  private void draw(TenantSnapshot tenant, List<Object[]> missing) {
    int drawn = 0;
    for (Object[] p : missing) {
      String slug = (String) p[0];
      String category = (String) p[1];
      try {
        // One transaction per photo, so a long import never holds one open.
        tenantWork.runAs(
            tenant,
            () ->
                photoService.add(PhotoOwner.product(slug), DemoPhotos.draw(slug, category), null));
        drawn++;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, tenant.slug() + ": no demo photo for " + slug, e);
      }
    }
    LOG.info(tenant.slug() + ": " + drawn + " demo product photos drawn");
  }

  private static ProductData toData(Map<?, ?> m) {
    String min = text(m, "price");
    String max = text(m, "priceMax");
    String minOrder = text(m, "minOrder");
    String availability = text(m, "availability");
    String status = text(m, "status");
    return new ProductData(
        text(m, "slug"),
        text(m, "business"),
        text(m, "category"),
        text(m, "name"),
        text(m, "description"),
        min == null ? null : Long.valueOf(min),
        max == null ? null : Long.valueOf(max),
        Boolean.parseBoolean(text(m, "negotiable")),
        text(m, "unit"),
        minOrder == null ? null : Integer.valueOf(minOrder),
        availability == null
            ? Availability.READY
            : Availability.valueOf(availability.toUpperCase(Locale.ROOT).replace('-', '_')),
        Boolean.parseBoolean(text(m, "featured")),
        status == null
            ? PublicationStatus.PUBLISHED
            : PublicationStatus.valueOf(status.toUpperCase(Locale.ROOT)));
  }
}
