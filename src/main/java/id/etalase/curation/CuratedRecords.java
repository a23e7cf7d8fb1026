package id.etalase.curation;

import id.etalase.access.ConsoleUser;
import java.util.Optional;

/**
 * The curated records of one type in the current tenant (businesses, products or clusters), as
 * curation, pending changes and photos need them. Each record's own package implements it, and
 * those services find the implementations through {@link CuratedRecordsByType}: they depend on no
 * record package, and a new curated type is one more implementation instead of one more case in
 * each of them. Methods run in the caller's transaction.
 *
 * @param <E> the entity
 * @param <D> its data, in the shape the console edits and the audit log compares
 */
public interface CuratedRecords<E extends CuratedEntity, D extends Record> {

  /** The type of these records: the key they are found by. */
  RecordType type();

  /** The entity class, for queries and row locks. */
  Class<E> entityType();

  /** The data class, in which a pending change keeps its proposal. */
  Class<D> dataType();

  /** A record of the current tenant; empty for an id of another tenant. */
  Optional<E> find(long id);

  Optional<E> findBySlug(String slug);

  /**
   * The JPQL path from a record {@code e} to the id of the business it belongs to (see {@link
   * Curated#owningBusinessId()}), for counting one business's records; empty when such records
   * belong to no business.
   */
  Optional<String> owningBusinessPath();

  /** A record's data, for services that have checked who acts themselves. */
  Optional<D> dataOf(long id);

  /**
   * Checks and normalises an edit as the record's service does before writing, writing nothing.
   *
   * @throws id.etalase.common.InvalidInputException with every problem
   */
  D checked(D edit);

  /**
   * Writes an edit from the console through the record's service, which checks who acts.
   *
   * @throws id.etalase.common.RecordNotFoundException when the actor may not reach the record
   * @throws id.etalase.common.InvalidInputException with every problem, writing nothing
   */
  void update(ConsoleUser actor, long id, D data);
}
