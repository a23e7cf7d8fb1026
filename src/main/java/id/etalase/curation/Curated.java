package id.etalase.curation;

/**
 * A catalog record that goes through curation (businesses, products, clusters): only a published
 * one is public. Its status changes through {@link CurationService} only.
 */
public interface Curated {

  Long getId();

  String getName();

  /**
   * The id of the business this record belongs to, whose owner may reach it: a business's own id, a
   * product's business; null for a record that belongs to no business (a cluster).
   */
  Long owningBusinessId();

  PublicationStatus getStatus();

  /** Why the record was last sent back; null unless it is rejected. */
  String getRejectionReason();

  /** Moves the record; called by {@link CurationService} after checking the transition. */
  void curate(PublicationStatus status, String rejectionReason);
}
