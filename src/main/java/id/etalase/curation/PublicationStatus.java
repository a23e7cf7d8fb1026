package id.etalase.curation;

/** Where a catalog record stands in curation. Only PUBLISHED records are public. */
public enum PublicationStatus {
  DRAFT,
  SUBMITTED,
  PUBLISHED,
  REJECTED,
  ARCHIVED
}
