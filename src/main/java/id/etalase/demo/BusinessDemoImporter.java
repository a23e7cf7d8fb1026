package id.etalase.demo;

import static id.etalase.common.YamlFiles.text;

import id.etalase.business.BusinessData;
import id.etalase.business.BusinessService;
import id.etalase.business.CertificationKind;
import id.etalase.business.LinkKind;
import id.etalase.business.PaymentDetails;
import id.etalase.common.YamlFiles;
import id.etalase.curation.PublicationStatus;
import id.etalase.region.District;
import id.etalase.region.RegionNames;
import id.etalase.region.RegionRepository;
import id.etalase.region.Village;
import id.etalase.tenant.TenantFolderLoaded;
import id.etalase.tenant.TenantWork;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
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

  @Inject private RegionRepository regions;

  void onTenantLoaded(@Observes @Priority(DemoImportOrder.BUSINESSES) TenantFolderLoaded event) {
    Path file = event.demoFolder().resolve(FILE);
    List<Map<?, ?>> rows = YamlFiles.readMappingsIfPresent(file);
    if (rows.isEmpty()) {
      return;
    }
    int written =
        tenantWork.callAs(
            event.tenant(),
            () -> {
              String regency = event.tenant().regencyCode();
              return (int)
                  rows.stream()
                      .map(row -> toData(file, regency, row))
                      .filter(businesses::upsert)
                      .count();
            });
    LOG.info(
        event.tenant().slug() + ": " + written + " of " + rows.size() + " demo businesses written");
  }

  /** Demo files name areas as people do ("kecamatan: Tamanan"); the service takes codes. */
  private BusinessData toData(Path file, String regency, Map<?, ?> map) {
    String status = text(map, "status");
    String district = null;
    String village = null;
    String kecamatan = text(map, "kecamatan");
    if (kecamatan != null) {
      District d =
          regions
              .districtBySlug(regency, RegionNames.slug(kecamatan))
              .orElseThrow(
                  () -> new IllegalArgumentException(file + ": no kecamatan " + kecamatan));
      district = d.getCode();
      String desa = text(map, "desa");
      if (desa != null) {
        village =
            regions.villagesOf(district).stream()
                .filter(v -> RegionNames.slug(v.getName()).equals(RegionNames.slug(desa)))
                .findFirst()
                .map(Village::getCode)
                .orElseThrow(() -> new IllegalArgumentException(file + ": no desa " + desa));
      }
    }
    List<BusinessData.Link> links = new java.util.ArrayList<>();
    for (Map.Entry<?, ?> e : YamlFiles.section(map, "links").entrySet()) {
      links.add(
          new BusinessData.Link(
              LinkKind.valueOf(e.getKey().toString().toUpperCase(Locale.ROOT)),
              e.getValue().toString()));
    }
    List<BusinessData.CertificationData> certifications = new java.util.ArrayList<>();
    if (map.get("certifications") instanceof List<?> list) {
      for (Object o : list) {
        Map<?, ?> c = (Map<?, ?>) o;
        String expires = text(c, "expires");
        certifications.add(
            new BusinessData.CertificationData(
                CertificationKind.valueOf(text(c, "kind").toUpperCase(Locale.ROOT)),
                text(c, "number"),
                expires == null ? null : LocalDate.parse(expires)));
      }
    }
    String lat = text(map, "lat");
    String lon = text(map, "lon");
    String founded = text(map, "founded");
    return new BusinessData(
        text(map, "slug"),
        text(map, "name"),
        text(map, "owner"),
        text(map, "description"),
        text(map, "sector"),
        district,
        village,
        text(map, "address"),
        lat == null ? null : new BigDecimal(lat),
        lon == null ? null : new BigDecimal(lon),
        text(map, "phone"),
        text(map, "whatsapp"),
        text(map, "email"),
        founded == null ? null : Integer.valueOf(founded),
        text(map, "nib"),
        text(map, "cluster"),
        links,
        certifications,
        status == null
            ? PublicationStatus.PUBLISHED
            : PublicationStatus.valueOf(status.toUpperCase(Locale.ROOT)),
        payment(YamlFiles.section(map, "payment")));
  }

  /** Bank transfer details of the order pages ({@code payment: bank, account, holder}). */
  private static PaymentDetails payment(Map<?, ?> p) {
    return new PaymentDetails(text(p, "bank"), text(p, "account"), text(p, "holder"), null);
  }
}
