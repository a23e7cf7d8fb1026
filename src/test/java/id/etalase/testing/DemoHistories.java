package id.etalase.testing;

import id.etalase.business.BusinessData;
import id.etalase.business.BusinessRepository;
import id.etalase.business.BusinessService;
import id.etalase.catalog.Availability;
import id.etalase.catalog.ProductData;
import id.etalase.catalog.ProductService;
import id.etalase.curation.PublicationStatus;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.TreeSet;

/** What the tests of the demo histories share, to run them as a start with them on would. */
public final class DemoHistories {

  /**
   * The now they run at: fixed, so the calendar months the histories cover do not depend on the day
   * the suite runs; in the past, so the demo businesses imported at the server's start are as new
   * as the registrations' spread requires.
   */
  public static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 11, 15, 12, 0, 0, 0, ZoneOffset.UTC);

  private DemoHistories() {}

  /**
   * Gives each published demo business of the current tenant a priced, published product and a
   * WhatsApp number, so the generated orders can reach back to the oldest registration and the
   * generated leads reach every business: Situbondo's fixed catalog prices the products of only two
   * businesses, which its seed registers 9 and 45 days back, and gives none a contact. Only inside
   * a transaction the test rolls back.
   */
  public static void equipEveryDemoBusiness(
      BusinessRepository businesses,
      BusinessService businessService,
      ProductService products,
      String tenant) {
    int n = 0;
    for (String slug : new TreeSet<>(DemoData.of(tenant).publishedSlugs())) {
      BusinessData b = BusinessData.of(businesses.findBySlug(slug).orElseThrow());
      businessService.upsert(
          new BusinessData(
              b.slug(),
              b.name(),
              b.ownerName(),
              b.description(),
              b.sector(),
              b.districtCode(),
              b.villageCode(),
              b.streetAddress(),
              b.latitude(),
              b.longitude(),
              b.phone(),
              String.format("+62812345678%02d", n++),
              b.email(),
              b.foundedYear(),
              b.nib(),
              b.clusterSlug(),
              b.links(),
              b.certifications(),
              b.status(),
              b.payment()));
      products.upsert(
          new ProductData(
              "uji-riwayat-" + slug,
              slug,
              null,
              "Produk Riwayat Uji",
              null,
              25_000L,
              null,
              false,
              "pak",
              null,
              Availability.READY,
              false,
              PublicationStatus.PUBLISHED));
    }
  }
}
