package id.etalase.curation;

/** The curated record types, named as their entities. */
public enum RecordType {
  Business,
  Product,
  Cluster
}
