package id.etalase.importing;

import id.etalase.business.BusinessData;
import id.etalase.business.CertificationKind;
import id.etalase.business.LinkKind;
import id.etalase.catalog.Availability;
import id.etalase.catalog.ProductData;
import java.util.ArrayList;
import java.util.List;

/**
 * What an imported row becomes: the data of a new business or product, or the existing one's data
 * with the row's filled cells over it (a blank cell keeps what is there). Pure, so the rules are
 * tested without a database ({@code ImportPiecesTest}).
 */
final class ImportedData {

  /** The number halal certificates get from a spreadsheet, which says "ya" without a number. */
  static final String UNNUMBERED = "-";

  private ImportedData() {}

  static BusinessData created(ImportedBusiness b, String slug) {
    List<BusinessData.Link> links =
        b.instagram() == null ? List.of() : List.of(instagram(b.instagram()));
    List<BusinessData.CertificationData> certifications =
        b.halalCertified()
            ? List.of(new BusinessData.CertificationData(CertificationKind.HALAL, UNNUMBERED, null))
            : List.of();
    return new BusinessData(
        slug,
        b.name(),
        b.ownerName(),
        b.description(),
        b.category(),
        b.districtCode(),
        b.villageCode(),
        b.streetAddress(),
        b.latitude(),
        b.longitude(),
        b.phone(),
        b.whatsapp(),
        b.email(),
        b.foundedYear(),
        b.nib(),
        null,
        links,
        certifications,
        null,
        null);
  }

  /**
   * The existing business with the row's filled cells over it; a blank cell keeps what the business
   * has. A new Instagram account replaces the old one; "ya" for halal adds the certificate when the
   * business has none, "tidak" takes no certificate away.
   */
  static BusinessData merged(BusinessData current, ImportedBusiness b) {
    String village =
        b.villageCode() != null
            ? b.villageCode()
            : b.districtCode().equals(current.districtCode()) ? current.villageCode() : null;
    List<BusinessData.Link> links = new ArrayList<>(current.links());
    if (b.instagram() != null) {
      BusinessData.Link wanted = instagram(b.instagram());
      int at = -1;
      for (int i = 0; i < links.size(); i++) {
        if (links.get(i).kind() == LinkKind.INSTAGRAM) {
          at = i;
          break;
        }
      }
      if (at >= 0) {
        // The same account under another spelling of its address stays as it is.
        if (!handle(links.get(at).url()).equalsIgnoreCase(b.instagram())) {
          links.set(at, wanted);
        }
      } else {
        links.add(wanted);
      }
    }
    List<BusinessData.CertificationData> certifications = new ArrayList<>(current.certifications());
    if (b.halalCertified()
        && certifications.stream().noneMatch(c -> c.kind() == CertificationKind.HALAL)) {
      certifications.add(
          new BusinessData.CertificationData(CertificationKind.HALAL, UNNUMBERED, null));
    }
    return new BusinessData(
        current.slug(),
        b.name(),
        or(b.ownerName(), current.ownerName()),
        or(b.description(), current.description()),
        or(b.category(), current.sector()),
        b.districtCode(),
        village,
        or(b.streetAddress(), current.streetAddress()),
        or(b.latitude(), current.latitude()),
        or(b.longitude(), current.longitude()),
        or(b.phone(), current.phone()),
        or(b.whatsapp(), current.whatsapp()),
        or(b.email(), current.email()),
        or(b.foundedYear(), current.foundedYear()),
        or(b.nib(), current.nib()),
        current.clusterSlug(),
        links,
        certifications,
        current.status(),
        current.payment());
  }

  static ProductData created(
      ImportedProduct p, String slug, String businessSlug, String categorySlug) {
    PriceText.Price price = p.price();
    Long min = price == null ? null : price.min();
    return new ProductData(
        slug,
        businessSlug,
        categorySlug,
        p.name(),
        p.description(),
        min,
        price == null ? null : price.max(),
        min == null || price.negotiable(),
        p.unit(),
        p.minOrder(),
        Availability.READY,
        false,
        null);
  }

  /** The existing product with the row's filled cells over it; its business stays. */
  static ProductData merged(ProductData current, ImportedProduct p, String categorySlug) {
    PriceText.Price price = p.price();
    return new ProductData(
        current.slug(),
        current.businessSlug(),
        or(categorySlug, current.categorySlug()),
        p.name(),
        or(p.description(), current.description()),
        price == null ? current.priceMin() : price.min(),
        price == null ? current.priceMax() : price.max(),
        price == null ? current.negotiable() : price.min() == null || price.negotiable(),
        or(p.unit(), current.unit()),
        or(p.minOrder(), current.minOrder()),
        current.availability(),
        current.featured(),
        current.status());
  }

  /** The link an Instagram handle becomes, and the handle back from such a link. */
  static BusinessData.Link instagram(String handle) {
    return new BusinessData.Link(LinkKind.INSTAGRAM, "https://www.instagram.com/" + handle);
  }

  /** The Instagram handle of a profile link. */
  static String handle(String url) {
    String h = url.replaceFirst("^https?://(www\\.)?instagram\\.com/", "");
    int end = h.indexOf('/');
    return end < 0 ? h : h.substring(0, end);
  }

  private static <T> T or(T value, T otherwise) {
    return value != null ? value : otherwise;
  }
}
