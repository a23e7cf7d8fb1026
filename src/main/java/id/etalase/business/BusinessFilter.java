package id.etalase.business;

import id.etalase.curation.PublicationStatus;

/**
 * What the console's business list is narrowed to; every part may be null. {@code ownBusinessId}
 * keeps a business owner to their own record.
 */
public record BusinessFilter(
    String text,
    PublicationStatus status,
    String districtCode,
    Long categoryId,
    Long ownBusinessId) {

  /** The same filter, narrowed to one business (a business owner's list). */
  public BusinessFilter ofBusiness(Long businessId) {
    return new BusinessFilter(text, status, districtCode, categoryId, businessId);
  }

  /** Sortable columns of the list, and the attribute each sorts by. */
  public enum Sort {
    NAME("b.name"),
    STATUS("b.status"),
    UPDATED("b.updatedAt"),
    DISTRICT("b.districtCode");

    final String path;

    Sort(String path) {
      this.path = path;
    }
  }
}
