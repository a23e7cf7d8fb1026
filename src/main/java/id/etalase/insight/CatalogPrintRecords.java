package id.etalase.insight;

import id.etalase.tenant.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The {@code catalog_print} rows of the current tenant. Found by JPQL, which carries the tenant
 * predicate, and changed only after being loaded (never an UPDATE by id alone). Callers check who
 * asks: {@link CatalogPrints} for people, the background writer for itself.
 */
@ApplicationScoped
@Transactional
class CatalogPrintRecords {

  @Inject private TenantEntityManager tenantEm;

  CatalogPrint create(CatalogPrint print) {
    tenantEm.get().persist(print);
    tenantEm.get().flush();
    return print;
  }

  Optional<CatalogPrint> find(long id) {
    return tenantEm
        .get()
        .createQuery("SELECT p FROM CatalogPrint p WHERE p.id = :id", CatalogPrint.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  List<CatalogPrint> latest(int max) {
    return tenantEm
        .get()
        .createQuery(
            "SELECT p FROM CatalogPrint p ORDER BY p.createdAt DESC, p.id DESC", CatalogPrint.class)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Whether a catalog is being written since {@code since}: one at a time per tenant. An older
   * running row is one a stopped node left behind, and blocks nothing.
   */
  boolean anyRunning(OffsetDateTime since) {
    return tenantEm
            .get()
            .createQuery(
                "SELECT COUNT(p) FROM CatalogPrint p WHERE p.status = :running"
                    + " AND p.createdAt > :since",
                Long.class)
            .setParameter("running", CatalogPrint.Status.RUNNING)
            .setParameter("since", since)
            .getSingleResult()
        > 0;
  }

  void progress(long id, int done, int total) {
    find(id).ifPresent(p -> p.progress(done, total));
  }

  void finish(long id, String fileKey, long size) {
    find(id).ifPresent(p -> p.finish(fileKey, size));
  }

  void fail(long id, String why) {
    find(id).ifPresent(p -> p.fail(why));
  }
}
