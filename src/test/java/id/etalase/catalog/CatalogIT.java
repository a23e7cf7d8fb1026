package id.etalase.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.access.ConsoleUser;
import id.etalase.account.AccountService;
import id.etalase.audit.AuditLog;
import id.etalase.audit.AuditQuery;
import id.etalase.business.Business;
import id.etalase.business.BusinessData;
import id.etalase.business.BusinessFilter;
import id.etalase.business.BusinessRepository;
import id.etalase.business.BusinessService;
import id.etalase.business.CertificationKind;
import id.etalase.business.LinkKind;
import id.etalase.cluster.Cluster;
import id.etalase.cluster.ClusterRepository;
import id.etalase.common.InvalidInputException;
import id.etalase.common.NotAllowedException;
import id.etalase.common.RecordNotFoundException;
import id.etalase.curation.PublicationStatus;
import id.etalase.tenant.TenantDirectory;
import id.etalase.tenant.TenantSnapshot;
import id.etalase.tenant.TenantWork;
import id.etalase.testing.Actors;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The catalog services on the real database: the demo import, checks on every field, and isolation
 * of clusters, categories, products and business profiles between Bondowoso (A) and Situbondo (B).
 */
@ExtendWith(ArquillianExtension.class)
class CatalogIT {

  @Inject TenantDirectory directory;
  @Inject TenantWork work;
  @Inject BusinessService businessService;
  @Inject BusinessRepository businesses;
  @Inject ProductService productService;
  @Inject ProductRepository products;
  @Inject CategoryRepository categories;
  @Inject ClusterRepository clusters;
  @Inject CategoryService categoryService;
  @Inject AccountService accountService;
  @Inject AuditLog auditLog;

  @Test
  void theServicesLetAnOwnerReachTheirOwnBusinessAndProductsOnly() {
    work.runAs(
        a(),
        () -> {
          long kopi = businesses.findBySlug("kopi-lereng-ijen-sumberwringin").orElseThrow().getId();
          Business batik = businesses.findBySlug("batik-sekar-tamanan").orElseThrow();
          Product victim = products.findBySlug("batik-tulis-motif-kopi").orElseThrow();
          Product own = products.findBySlug("kopi-arabika-ijen-250g").orElseThrow();
          ConsoleUser owner = Actors.owner(a(), kopi);
          ProductData victimData = victim.toData();

          // Another business's records: as if they did not exist.
          assertTrue(productService.find(owner, victim.getId()).isEmpty());
          assertTrue(productService.dataOf(owner, victim.getId()).isEmpty());
          assertTrue(businessService.find(owner, batik.getId()).isEmpty());
          assertThrows(
              RecordNotFoundException.class,
              () -> productService.update(owner, victim.getId(), victimData));
          assertThrows(
              RecordNotFoundException.class,
              () -> businessService.update(owner, batik.getId(), batik.toData()));
          // Nor can their own product move under another business, or a new one be made there.
          assertThrows(
              NotAllowedException.class,
              () -> productService.update(owner, own.getId(), under(own.toData(), batik)));
          // A published product of their own changes through approval, not directly.
          assertEquals(PublicationStatus.PUBLISHED, own.getStatus());
          assertThrows(
              NotAllowedException.class,
              () -> productService.update(owner, own.getId(), own.toData()));
          assertThrows(
              NotAllowedException.class,
              () -> productService.create(owner, victimData.withSlugAndStatus("baru-x", null)));
          // Their lists hold their own business only, whatever the filter asks.
          assertTrue(
              productService
                  .find(
                      owner,
                      new ProductFilter(null, null, null, null, batik.getId()),
                      0,
                      100,
                      ProductFilter.Sort.NAME,
                      true)
                  .stream()
                  .allMatch(p -> p.getBusiness().getId() == kopi));
          assertEquals(
              1,
              businessService.countMatching(
                  owner, new BusinessFilter(null, null, null, null, null)));
          // Staff's work, not an owner's.
          assertThrows(
              NotAllowedException.class,
              () -> productService.setFeatured(owner, own.getId(), true));
          assertThrows(
              NotAllowedException.class,
              () -> categoryService.create(owner, new CategoryData("x-kat", "X", "X", null, 1)));
          assertThrows(
              NotAllowedException.class,
              () -> businessService.create(owner, batik.toData().withStatus(null)));
          assertEquals(victimData, products.findById(victim.getId()).orElseThrow().toData());
        });
  }

  private static ProductData under(ProductData d, Business business) {
    return new ProductData(
        d.slug(),
        business.getSlug(),
        d.categorySlug(),
        d.name(),
        d.description(),
        d.priceMin(),
        d.priceMax(),
        d.negotiable(),
        d.unit(),
        d.minOrder(),
        d.availability(),
        d.featured(),
        d.status());
  }

  @Test
  void theServicesRefuseTheWrongRoleAndEveryoneOfAnotherTenant() {
    work.runAs(
        a(),
        () -> {
          Product kopi = products.findBySlug("kopi-arabika-ijen-250g").orElseThrow();
          ConsoleUser operator = Actors.operator(a());
          ConsoleUser otherAdmin = Actors.admin(b());
          // Operators edit the catalog, but featuring, accounts and the audit log are the admins'.
          assertThrows(
              NotAllowedException.class,
              () -> productService.setFeatured(operator, kopi.getId(), true));
          assertThrows(NotAllowedException.class, () -> accountService.all(operator));
          assertThrows(
              NotAllowedException.class,
              () -> auditLog.count(operator, new AuditQuery(null, null, null)));
          // Another tenant's admin is nobody here, even with ids of this tenant.
          assertThrows(
              NotAllowedException.class, () -> productService.find(otherAdmin, kopi.getId()));
          assertThrows(
              NotAllowedException.class,
              () -> productService.update(otherAdmin, kopi.getId(), kopi.toData()));
          assertThrows(NotAllowedException.class, () -> accountService.all(otherAdmin));
          assertThrows(
              NotAllowedException.class,
              () ->
                  productService.countMatching(
                      otherAdmin, new ProductFilter(null, null, null, null, null)));
          assertThrows(
              NotAllowedException.class,
              () -> auditLog.count(otherAdmin, new AuditQuery(null, null, null)));
          assertEquals(kopi.toData(), products.findById(kopi.getId()).orElseThrow().toData());
        });
  }

  private TenantSnapshot a() {
    return directory.bySlug("bondowoso").orElseThrow();
  }

  private TenantSnapshot b() {
    return directory.bySlug("situbondo").orElseThrow();
  }

  @Test
  void theDemoProfileIsNormalisedAndLinked() {
    work.runAs(
        a(),
        () -> {
          Business batik = businesses.findBySlug("batik-sekar-tamanan").orElseThrow();
          assertEquals("+6281234901123", batik.getPhone());
          assertEquals("+6281234901123", batik.getWhatsapp());
          assertEquals("35.11.02", batik.getDistrictCode());
          assertEquals("35.11.02.2005", batik.getVillageCode());
          assertEquals("9120108452311", batik.getNib());
          assertEquals(new BigDecimal("-7.982200"), batik.getLatitude());
          assertEquals("sentra-batik-tamanan", batik.getCluster().getSlug());
          assertEquals(
              List.of(LinkKind.INSTAGRAM, LinkKind.SHOPEE),
              batik.getLinks().stream().map(l -> l.getKind()).toList());
          assertEquals(CertificationKind.SNI, batik.getCertifications().get(0).getKind());
          Cluster sentra = clusters.findBySlug("sentra-batik-tamanan").orElseThrow();
          assertEquals("+6282331124456", sentra.getContactPhone());
          assertEquals(PublicationStatus.PUBLISHED, sentra.getStatus());
          assertEquals(CategoryService.DEFAULTS.size(), categories.count());
          Product coffee = products.findBySlug("kopi-arabika-ijen-250g").orElseThrow();
          assertEquals(65000L, coffee.getPriceMin());
          assertEquals("kopi", coffee.getCategory().getSlug());
          Product basket = products.findBySlug("keranjang-anyaman-bambu").orElseThrow();
          assertTrue(basket.isNegotiable());
          assertEquals(Availability.PRE_ORDER, basket.getAvailability());
        });
  }

  @Test
  void tenantBCannotFindCountOrUseTenantAsCatalog() {
    long productOfA =
        work.callAs(a(), () -> products.findBySlug("kopi-arabika-ijen-250g").orElseThrow().getId());
    long clusterOfA =
        work.callAs(a(), () -> clusters.findBySlug("sentra-batik-tamanan").orElseThrow().getId());
    long categoryOfA = work.callAs(a(), () -> categories.findBySlug("kopi").orElseThrow().getId());
    long productsOfA = work.callAs(a(), products::count);
    assertTrue(productsOfA >= 4);

    work.runAs(
        b(),
        () -> {
          assertTrue(products.findBySlug("kopi-arabika-ijen-250g").isEmpty());
          assertTrue(products.findById(productOfA).isEmpty());
          assertTrue(clusters.findBySlug("sentra-batik-tamanan").isEmpty());
          assertTrue(clusters.findById(clusterOfA).isEmpty());
          assertTrue(categories.findById(categoryOfA).isEmpty());
          // B has its own "kopi" category: same slug, another row.
          assertNotEquals(categoryOfA, categories.findBySlug("kopi").orElseThrow().getId());
          assertTrue(products.findAll().stream().noneMatch(p -> p.getId() == productOfA));
          assertTrue(productService.publishedBySlug("batik-tulis-motif-kopi").isEmpty());
          assertEquals(0, clusters.count());
          assertTrue(products.count() < productsOfA);
          assertTrue(!products.delete(productOfA));
        });
    assertTrue(work.callAs(a(), () -> products.findById(productOfA)).isPresent());
  }

  @Test
  void tenantBCannotAttachItsRecordsToTenantAsRecords() {
    InvalidInputException product =
        assertThrows(
            InvalidInputException.class,
            () ->
                work.callAs(
                    b(),
                    () ->
                        productService.upsert(
                            new ProductData(
                                "curian",
                                "batik-sekar-tamanan",
                                null,
                                "Curian",
                                null,
                                1000L,
                                null,
                                false,
                                null,
                                null,
                                null,
                                false,
                                PublicationStatus.PUBLISHED))));
    assertTrue(product.concerns("businessSlug"), product.getMessage());

    InvalidInputException business =
        assertThrows(
            InvalidInputException.class,
            () ->
                work.callAs(
                    b(),
                    () ->
                        businessService.upsert(
                            withCluster(
                                BusinessData.basic("penyusup", "Penyusup", null, null, null),
                                "sentra-batik-tamanan"))));
    assertTrue(business.concerns("clusterSlug"), business.getMessage());
    assertTrue(work.callAs(b(), () -> businesses.findBySlug("penyusup")).isEmpty());
  }

  private static BusinessData withCluster(BusinessData d, String cluster) {
    return new BusinessData(
        d.slug(),
        d.name(),
        d.ownerName(),
        d.description(),
        d.sector(),
        d.districtCode(),
        d.villageCode(),
        d.streetAddress(),
        d.latitude(),
        d.longitude(),
        d.phone(),
        d.whatsapp(),
        d.email(),
        d.foundedYear(),
        d.nib(),
        cluster,
        d.links(),
        d.certifications(),
        d.status(),
        null);
  }
}
