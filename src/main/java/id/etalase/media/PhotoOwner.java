package id.etalase.media;

import id.etalase.curation.RecordType;

/** What a photo belongs to, named the way callers know it: a curated record's type and slug. */
public record PhotoOwner(RecordType type, String slug) {

  public static PhotoOwner business(String slug) {
    return new PhotoOwner(RecordType.Business, slug);
  }

  public static PhotoOwner product(String slug) {
    return new PhotoOwner(RecordType.Product, slug);
  }

  public static PhotoOwner cluster(String slug) {
    return new PhotoOwner(RecordType.Cluster, slug);
  }

  /** The owner found in the current tenant. */
  record Resolved(RecordType type, long id) {}
}
