package id.etalase.importing;

import id.etalase.tenant.TenantSnapshot;
import id.etalase.tenant.TenantWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Puts batches that nobody will finish to rest, one tenant at a time in that tenant's own
 * transaction: a running batch whose writer stopped (the server went down mid-write; its one
 * transaction wrote nothing) is failed, and a previewed batch never confirmed expires. Either way
 * its kept upload is removed, after the commit, so a rolled-back change never loses a file.
 */
@ApplicationScoped
public class ImportHousekeeping {

  /** The failure a batch interrupted by a restart shows in the history. */
  static final String INTERRUPTED = "import.failed.interrupted";

  private static final Logger LOG = Logger.getLogger(ImportHousekeeping.class.getName());

  @Inject private TenantWork work;
  @Inject private ImportRepository repository;
  @Inject private ImportStaging staging;

  /**
   * Fails the tenant's running batches whose last heartbeat is before {@code staleBefore}.
   *
   * @return the ids of the batches failed
   */
  public List<Long> failInterrupted(TenantSnapshot tenant, OffsetDateTime staleBefore) {
    Objects.requireNonNull(staleBefore, "staleBefore");
    List<Long> failed =
        work.callAs(
            tenant,
            () -> {
              List<Long> ids = new ArrayList<>();
              for (ImportBatch batch : repository.staleRunning(staleBefore)) {
                batch.fail(INTERRUPTED);
                ids.add(batch.getId());
              }
              return ids;
            });
    removeUploads(tenant, failed);
    if (!failed.isEmpty()) {
      LOG.warning(tenant.slug() + ": imports " + failed + " were interrupted; marked failed");
    }
    return failed;
  }

  /**
   * Expires the tenant's previewed batches created before {@code createdBefore}.
   *
   * @return the ids of the batches expired
   */
  public List<Long> expireUnconfirmed(TenantSnapshot tenant, OffsetDateTime createdBefore) {
    Objects.requireNonNull(createdBefore, "createdBefore");
    List<Long> expired =
        work.callAs(
            tenant,
            () -> {
              List<Long> ids = new ArrayList<>();
              for (ImportBatch batch : repository.unconfirmed(createdBefore)) {
                batch.expire();
                ids.add(batch.getId());
              }
              return ids;
            });
    removeUploads(tenant, expired);
    return expired;
  }

  private void removeUploads(TenantSnapshot tenant, List<Long> batchIds) {
    for (long id : batchIds) {
      try {
        staging.delete(tenant.id(), id);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, tenant.slug() + ": upload of import " + id + " not removed", e);
      }
    }
  }
}
