package id.etalase.curation;

/**
 * The curated record types, named as their entities: the key of {@link CuratedRecordsByType}, of
 * pending changes and of photos' owners, and the record type the audit log names.
 */
public enum RecordType {
  Business,
  Product,
  Cluster
}
