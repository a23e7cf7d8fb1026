package id.etalase.business;

import id.etalase.curation.PublicationStatus;
import jakarta.json.bind.annotation.JsonbCreator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A business profile as an operator or a demo file gives it, before {@link BusinessService} checks
 * and normalises it. Areas are official codes; the cluster is named by its slug.
 */
public record BusinessData(
    String slug,
    String name,
    String ownerName,
    String description,
    String sector,
    String districtCode,
    String villageCode,
    String streetAddress,
    BigDecimal latitude,
    BigDecimal longitude,
    String phone,
    String whatsapp,
    String email,
    Integer foundedYear,
    String nib,
    String clusterSlug,
    List<Link> links,
    List<CertificationData> certifications,
    PublicationStatus status,
    PaymentDetails payment) {

  /**
   * The creator of JSON-B too (pending changes and undo data are kept as JSON). Data kept before
   * payment instructions existed, and the importers and forms that do not know them, give none.
   */
  @JsonbCreator
  public BusinessData {
    links = links == null ? List.of() : List.copyOf(links);
    certifications = certifications == null ? List.of() : List.copyOf(certifications);
    payment = payment == null ? PaymentDetails.NONE : payment;
  }

  /** A business as data: its links in order, its certificates by kind. */
  public static BusinessData of(Business b) {
    return new BusinessData(
        b.getSlug(),
        b.getName(),
        b.getOwnerName(),
        b.getDescription(),
        b.getSector(),
        b.getDistrictCode(),
        b.getVillageCode(),
        b.getStreetAddress(),
        b.getLatitude(),
        b.getLongitude(),
        b.getPhone(),
        b.getWhatsapp(),
        b.getEmail(),
        b.getFoundedYear(),
        b.getNib(),
        b.getCluster() == null ? null : b.getCluster().getSlug(),
        b.getLinks().stream().map(l -> new Link(l.getKind(), l.getUrl())).toList(),
        b.getCertifications().stream()
            .map(c -> new CertificationData(c.getKind(), c.getNumber(), c.getExpiresOn()))
            .sorted(Comparator.comparing(CertificationData::kind))
            .toList(),
        b.getStatus(),
        b.getPayment());
  }

  public BusinessData withPayment(PaymentDetails newPayment) {
    return copy(slug, status, newPayment);
  }

  public BusinessData withStatus(PublicationStatus newStatus) {
    return copy(slug, newStatus, payment);
  }

  public BusinessData withSlugAndStatus(String newSlug, PublicationStatus newStatus) {
    return copy(newSlug, newStatus, payment);
  }

  private BusinessData copy(
      String newSlug, PublicationStatus newStatus, PaymentDetails newPayment) {
    return new BusinessData(
        newSlug,
        name,
        ownerName,
        description,
        sector,
        districtCode,
        villageCode,
        streetAddress,
        latitude,
        longitude,
        phone,
        whatsapp,
        email,
        foundedYear,
        nib,
        clusterSlug,
        links,
        certifications,
        newStatus,
        newPayment);
  }

  /** Only the basics; the rest empty. */
  public static BusinessData basic(
      String slug, String name, String ownerName, String description, PublicationStatus status) {
    return new BusinessData(
        slug,
        name,
        ownerName,
        description,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        List.of(),
        status,
        null);
  }

  public record Link(LinkKind kind, String url) {}

  public record CertificationData(CertificationKind kind, String number, LocalDate expiresOn) {}
}
