package id.etalase.cluster;

import id.etalase.curation.PublicationStatus;
import java.math.BigDecimal;

/** A cluster as an operator or a demo file gives it, before validation. */
public record ClusterData(
    String slug,
    String name,
    String description,
    String districtCode,
    BigDecimal latitude,
    BigDecimal longitude,
    String openingHours,
    String activities,
    String visitorPrices,
    String directions,
    String contactName,
    String contactPhone,
    PublicationStatus status) {

  public ClusterData withSlugAndStatus(String newSlug, PublicationStatus newStatus) {
    return new ClusterData(
        newSlug,
        name,
        description,
        districtCode,
        latitude,
        longitude,
        openingHours,
        activities,
        visitorPrices,
        directions,
        contactName,
        contactPhone,
        newStatus);
  }
}
