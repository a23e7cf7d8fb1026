package id.etalase.importing;

import id.etalase.curation.RecordType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a write changed and has not yet recorded in its batch's history: each record with the
 * version it has once written out (undo refuses a record edited since), and the records of this
 * batch that a later row changed again.
 */
final class WrittenRecords {

  /** A record the batch created or updated, as its history line will say. */
  record Written(
      RecordType type,
      long id,
      String name,
      ImportRecord.Action action,
      String before,
      List<Long> photos) {

    static Written created(RecordType type, long id, String name) {
      return new Written(type, id, name, ImportRecord.Action.CREATED, null, List.of());
    }

    /** Updated from {@code before} (kept as JSON for undo), with the photos it got. */
    static Written updated(
        RecordType type, long id, String name, Record before, List<Long> photos) {
      return new Written(
          type,
          id,
          name,
          ImportRecord.Action.UPDATED,
          ImportWriter.Json.JSONB.toJson(before),
          photos);
    }
  }

  private final ImportRepository repository;
  private final long batchId;
  private final List<Written> unrecorded = new ArrayList<>();
  private final Set<Long> revised = new HashSet<>();

  WrittenRecords(ImportRepository repository, long batchId) {
    this.repository = repository;
    this.batchId = batchId;
  }

  void add(Written written) {
    unrecorded.add(written);
  }

  /** A business this batch created, changed again by a later row of the file. */
  void revised(long businessId) {
    revised.add(businessId);
  }

  int waiting() {
    return unrecorded.size();
  }

  /** Writes out what waits, records it, and empties the persistence context. */
  void record() {
    repository.flush();
    if (!unrecorded.isEmpty()) {
      Map<Long, Long> versions = new HashMap<>();
      for (RecordType type : RecordType.values()) {
        List<Long> ids =
            unrecorded.stream().filter(w -> w.type() == type).map(Written::id).toList();
        if (!ids.isEmpty()) {
          versions.putAll(repository.versionsHeld(type, ids));
        }
      }
      for (Written w : unrecorded) {
        ImportRecord record =
            new ImportRecord(
                batchId, w.type(), w.id(), w.name(), w.action(), versions.get(w.id()), w.before());
        record.addedPhotos(w.photos());
        repository.persist(record);
      }
      unrecorded.clear();
    }
    if (!revised.isEmpty()) {
      repository.revise(
          batchId, RecordType.Business, repository.versionsHeld(RecordType.Business, revised));
      revised.clear();
    }
    repository.flushAndClear();
  }
}
