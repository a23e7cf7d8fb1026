package id.etalase.media;

/** What a photo belongs to, named the way callers know it: a kind and a slug. */
public record PhotoOwner(Kind kind, String slug) {

  public enum Kind {
    BUSINESS,
    PRODUCT,
    CLUSTER
  }

  public static PhotoOwner business(String slug) {
    return new PhotoOwner(Kind.BUSINESS, slug);
  }

  public static PhotoOwner product(String slug) {
    return new PhotoOwner(Kind.PRODUCT, slug);
  }

  public static PhotoOwner cluster(String slug) {
    return new PhotoOwner(Kind.CLUSTER, slug);
  }

  /** The owner found in the current tenant. */
  record Resolved(Kind kind, long id) {}
}
