package id.etalase.importing;

import id.etalase.business.Business;
import id.etalase.catalog.Category;
import id.etalase.catalog.Product;
import id.etalase.curation.RecordType;
import id.etalase.tenant.TenantEntityManager;
import id.etalase.tenant.TrackedTenantEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Import batches, their records and saved mappings of the current tenant, and the small tuples of
 * the catalog the import compares rows with. Every query runs through {@link TenantEntityManager}.
 */
@ApplicationScoped
public class ImportRepository {

  @Inject private TenantEntityManager tenantEm;

  public Optional<ImportBatch> batch(long id) {
    return Optional.ofNullable(tenantEm.get().find(ImportBatch.class, id));
  }

  /** A batch locked for this transaction, so that two confirmations or undos wait in line. */
  public Optional<ImportBatch> lockedBatch(long id) {
    return Optional.ofNullable(
        tenantEm.get().find(ImportBatch.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public List<ImportBatch> history(int first, int max) {
    return tenantEm
        .get()
        .createQuery(
            "SELECT b FROM ImportBatch b ORDER BY b.createdAt DESC, b.id DESC", ImportBatch.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * The running batches whose last heartbeat is before {@code staleBefore} (or that never beat),
   * locked: the ones no node writes any more.
   */
  public List<ImportBatch> staleRunning(OffsetDateTime staleBefore) {
    return tenantEm
        .get()
        .createQuery(
            "SELECT b FROM ImportBatch b WHERE b.status = :status"
                + " AND (b.heartbeatAt IS NULL OR b.heartbeatAt < :before) ORDER BY b.id",
            ImportBatch.class)
        .setParameter("status", ImportStatus.RUNNING)
        .setParameter("before", staleBefore)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  /**
   * The previewed batches created before {@code createdBefore}, locked, so that a confirmation at
   * the same moment either comes first (and the batch is running) or waits and finds it expired.
   */
  public List<ImportBatch> unconfirmed(OffsetDateTime createdBefore) {
    return tenantEm
        .get()
        .createQuery(
            "SELECT b FROM ImportBatch b WHERE b.status = :status AND b.createdAt < :before"
                + " ORDER BY b.id",
            ImportBatch.class)
        .setParameter("status", ImportStatus.PREVIEWED)
        .setParameter("before", createdBefore)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  public long countBatches() {
    return tenantEm
        .get()
        .createQuery("SELECT COUNT(b) FROM ImportBatch b", Long.class)
        .getSingleResult();
  }

  public List<ImportRecord> records(long batchId) {
    return tenantEm
        .get()
        .createQuery(
            "SELECT r FROM ImportRecord r WHERE r.batchId = :batch ORDER BY r.id",
            ImportRecord.class)
        .setParameter("batch", batchId)
        .getResultList();
  }

  public void persist(Object entity) {
    tenantEm.get().persist(entity);
  }

  /**
   * Writes what is pending and forgets the entities read so far, so that a long import's
   * persistence context does not grow with every row.
   */
  /**
   * The version a batch's records have now, for records the batch itself changed again after
   * recording them (a later row of the file updating an earlier one).
   */
  public void revise(long batchId, RecordType type, Map<Long, Long> versions) {
    versions.forEach(
        (id, version) ->
            tenantEm
                .get()
                .createQuery(
                    "UPDATE ImportRecord r SET r.versionAfter = :version WHERE r.batchId = :batch"
                        + " AND r.recordType = :type AND r.recordId = :id")
                .setParameter("version", version)
                .setParameter("batch", batchId)
                .setParameter("type", type)
                .setParameter("id", id)
                .executeUpdate());
  }

  /**
   * Plans each statement of this transaction for its own values. The import's statements repeat
   * hundreds of times, so the driver prepares them on the server, and PostgreSQL would then reuse a
   * generic plan costed on statistics that do not know the rows the import adds: the check of 250
   * product slugs went from a unique-index lookup to reading the tenant's whole table.
   */
  public void planEachStatementForItsValues() {
    tenantEm
        .get()
        .createNativeQuery("SET LOCAL plan_cache_mode = force_custom_plan")
        .executeUpdate();
  }

  public void flushAndClear() {
    tenantEm.get().flush();
    tenantEm.get().clear();
  }

  public void flush() {
    tenantEm.get().flush();
  }

  /** The tenant's businesses and products as the import compares rows with them. */
  public CatalogIndex catalog() {
    CatalogIndex index = new CatalogIndex();
    tenantEm
        .get()
        .createQuery(
            "SELECT b.id, b.slug, b.name, b.nib, b.phone, b.whatsapp FROM Business b ORDER BY b.id",
            Object[].class)
        .getResultList()
        .forEach(
            r ->
                index.addBusiness(
                    (Long) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5]));
    tenantEm
        .get()
        .createQuery(
            "SELECT p.id, b.id, p.slug, p.name FROM Product p JOIN p.business b ORDER BY p.id",
            Object[].class)
        .getResultList()
        .forEach(r -> index.addProduct((Long) r[0], (Long) r[1], (String) r[2], (String) r[3]));
    return index;
  }

  public List<CategoryMatcher.Entry> categories() {
    return tenantEm
        .get()
        .createQuery("SELECT c FROM Category c ORDER BY c.position, c.name", Category.class)
        .getResultList()
        .stream()
        .map(c -> new CategoryMatcher.Entry(c.getSlug(), c.getName(), c.getNameEn()))
        .toList();
  }

  /**
   * The version of records this transaction holds, after a flush: from the persistence context,
   * without a query. (A query by id during an import is planned on statistics that do not know the
   * rows the import is adding, and may scan the tenant's whole table.)
   */
  public Map<Long, Long> versionsHeld(RecordType type, Collection<Long> ids) {
    Class<? extends TrackedTenantEntity> entity =
        type == RecordType.Business ? Business.class : Product.class;
    Map<Long, Long> versions = new HashMap<>();
    for (Long id : ids) {
      TrackedTenantEntity held = tenantEm.get().find(entity, id);
      if (held != null) {
        versions.put(id, held.getVersion());
      }
    }
    return versions;
  }

  /** The ids of a business's products. */
  public List<Long> productIdsOf(long businessId) {
    return tenantEm
        .get()
        .createQuery("SELECT p.id FROM Product p WHERE p.business.id = :b", Long.class)
        .setParameter("b", businessId)
        .getResultList();
  }

  public List<ImportMapping> mappings() {
    return tenantEm
        .get()
        .createQuery("SELECT m FROM ImportMapping m ORDER BY m.name", ImportMapping.class)
        .getResultList();
  }

  public Optional<ImportMapping> mapping(long id) {
    return Optional.ofNullable(tenantEm.get().find(ImportMapping.class, id));
  }

  public Optional<ImportMapping> mappingNamed(String name) {
    return tenantEm
        .get()
        .createQuery("SELECT m FROM ImportMapping m WHERE m.name = :name", ImportMapping.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }
}
