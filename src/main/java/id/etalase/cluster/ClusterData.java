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
    PublicationStatus status) {}
