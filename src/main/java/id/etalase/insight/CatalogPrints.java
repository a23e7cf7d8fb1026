package id.etalase.insight;

import id.etalase.access.Access;
import id.etalase.access.ConsoleUser;
import id.etalase.cluster.Cluster;
import id.etalase.cluster.ClusterRepository;
import id.etalase.common.InputChecks;
import id.etalase.common.RecordNotFoundException;
import id.etalase.region.RegionRepository;
import id.etalase.tenant.CurrentTenant;
import id.etalase.tenant.TenantSnapshot;
import id.etalase.tenant.TenantWork;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Printable catalogs of the current tenant: asked for by its admins, written in the background
 * ({@link CatalogPdf} on the container's managed executor), followed by their progress, and
 * downloaded. The file lies under {@code etalase.data.dir}/catalogs/{tenant id}/, named by the
 * record's id only, and is read only after the record was found in the asking admin's tenant.
 */
@ApplicationScoped
public class CatalogPrints {

  private static final Logger LOG = Logger.getLogger(CatalogPrints.class.getName());

  /** A catalog still running after this long was left by a stopped node. */
  static final Duration STALE = Duration.ofMinutes(30);

  @Inject private Access access;
  @Inject private CatalogPrintRecords records;
  @Inject private CatalogPdf writer;
  @Inject private CurrentTenant currentTenant;
  @Inject private TenantWork work;
  @Inject private RegionRepository regions;
  @Inject private ClusterRepository clusters;
  @Resource private ManagedExecutorService background;

  @Inject
  @ConfigProperty(name = "etalase.data.dir", defaultValue = "data")
  String dataDir;

  /**
   * Starts a catalog of the whole tenant ({@code key} null), one kecamatan (its code) or one
   * cluster (its id), in the tenant's default language.
   *
   * @return the catalog's id, to follow its progress
   * @throws id.etalase.common.InvalidInputException for a kecamatan or cluster not of this tenant,
   *     or while another catalog of the tenant is being written
   */
  public long request(ConsoleUser actor, CatalogPrint.Scope scope, String key, String language) {
    access.admin(actor);
    TenantSnapshot tenant = currentTenant.require();
    CatalogPdf.Selection selection = work.callAs(tenant, () -> selection(tenant, scope, key));
    long id =
        work.callAs(
            tenant,
            () -> {
              if (records.anyRunning(OffsetDateTime.now(ZoneOffset.UTC).minus(STALE))) {
                InputChecks in = new InputChecks();
                in.problem("scope", "insight.catalog.busy");
                in.verify();
              }
              return records
                  .create(
                      new CatalogPrint(
                          scope,
                          selection.key(),
                          selection.name(),
                          actor.id(),
                          actor.displayName()))
                  .getId();
            });
    background.submit(() -> run(tenant, id, selection, language));
    return id;
  }

  /** The tenant's latest catalogs, newest first. */
  public List<CatalogPrint> latest(ConsoleUser actor, int max) {
    access.admin(actor);
    return work.callAs(currentTenant.require(), () -> records.latest(max));
  }

  /** One catalog of the tenant, for its progress. */
  public CatalogPrint find(ConsoleUser actor, long id) {
    access.admin(actor);
    return work.callAs(currentTenant.require(), () -> records.find(id))
        .orElseThrow(() -> new RecordNotFoundException("CatalogPrint", id));
  }

  /**
   * Copies a finished catalog to {@code out}.
   *
   * @throws RecordNotFoundException when the tenant has no such finished catalog
   */
  public void download(ConsoleUser actor, long id, OutputStream out) {
    CatalogPrint print = find(actor, id);
    if (print.getStatus() != CatalogPrint.Status.DONE) {
      throw new RecordNotFoundException("CatalogPrint", id);
    }
    try {
      Files.copy(file(currentTenant.require().id(), id), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private CatalogPdf.Selection selection(
      TenantSnapshot tenant, CatalogPrint.Scope scope, String key) {
    InputChecks in = new InputChecks();
    CatalogPdf.Selection selection = null;
    switch (scope) {
      case TENANT -> selection = new CatalogPdf.Selection(scope, null, tenant.name());
      case DISTRICT -> {
        if (key != null && regions.isDistrictOf(tenant.regencyCode(), key)) {
          selection =
              new CatalogPdf.Selection(
                  scope, key, "Kecamatan " + regions.district(key).orElseThrow().getName());
        } else {
          in.problem("scope", "problem.district", String.valueOf(key));
        }
      }
      case CLUSTER -> {
        Cluster cluster = null;
        if (key != null && key.matches("[0-9]{1,18}")) {
          cluster = clusters.findById(Long.parseLong(key)).orElse(null);
        }
        if (cluster == null) {
          in.problem("scope", "insight.catalog.noCluster");
        } else {
          selection =
              new CatalogPdf.Selection(scope, cluster.getId().toString(), cluster.getName());
        }
      }
    }
    in.verify();
    return selection;
  }

  private void run(TenantSnapshot tenant, long id, CatalogPdf.Selection selection, String lang) {
    Path target = file(tenant.id(), id);
    Path partial = target.resolveSibling(id + ".part");
    int[] total = {0};
    try {
      Files.createDirectories(target.getParent());
      try (OutputStream out = Files.newOutputStream(partial)) {
        writer.write(
            tenant,
            selection,
            lang,
            out,
            done -> {
              if (done < 0) {
                total[0] = -done;
              }
              int shown = Math.max(done, 0);
              work.runAs(tenant, () -> records.progress(id, shown, total[0]));
            });
      }
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      long size = Files.size(target);
      work.runAs(tenant, () -> records.finish(id, id + ".pdf", size));
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, tenant.slug() + ": catalog " + id + " failed", e);
      try {
        Files.deleteIfExists(partial);
      } catch (IOException ignored) {
        LOG.fine("A partial catalog stays behind: " + partial);
      }
      work.runAs(tenant, () -> records.fail(id, e.getClass().getSimpleName()));
    }
  }

  /** Where a catalog's file lies: from the tenant's and the record's ids only. */
  Path file(long tenantId, long id) {
    return Path.of(dataDir)
        .toAbsolutePath()
        .normalize()
        .resolve("catalogs")
        .resolve(Long.toString(tenantId))
        .resolve(id + ".pdf");
  }
}
