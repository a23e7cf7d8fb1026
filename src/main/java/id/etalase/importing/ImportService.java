package id.etalase.importing;

import id.etalase.access.Access;
import id.etalase.access.ConsoleUser;
import id.etalase.audit.Actor;
import id.etalase.audit.AuditActor;
import id.etalase.audit.AuditLog;
import id.etalase.common.InputChecks;
import id.etalase.common.InvalidInputException;
import id.etalase.common.RecordNotFoundException;
import id.etalase.media.ImagePipeline;
import id.etalase.tenant.CurrentTenant;
import id.etalase.tenant.TenantSnapshot;
import id.etalase.tenant.TenantWork;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Bulk import of a tenant's businesses and products (issue 13), for the tenant's operators and
 * admins only. An upload is first previewed: read whole, every row validated and compared with what
 * the tenant has, counted, and kept as a {@code PREVIEWED} batch; nothing of the catalog is
 * written. Confirming writes the batch in the background ({@link ImportWriter}) in one transaction,
 * so it survives the operator leaving the page and commits whole or not at all. A done batch can be
 * undone while none of its records was edited since ({@link ImportUndo}); a previewed one's errors
 * come back as a marked copy of the file ({@link ImportErrors}).
 *
 * <p>Batches are tenant data: another tenant's batch id is not found, by the tenant filter and by
 * row-level security.
 */
@ApplicationScoped
@Transactional
public class ImportService {

  private static final Logger LOG = Logger.getLogger(ImportService.class.getName());
  private static final int UNSAFE_NAMES_SHOWN = 20;

  @Inject private Access access;
  @Inject private CurrentTenant currentTenant;
  @Inject private ImportRepository repository;
  @Inject private ImportReadings readings;
  @Inject private ImportStaging staging;
  @Inject private ImportWriter writer;
  @Inject private TenantWork work;
  @Inject private AuditLog audit;
  @Inject private AuditActor auditActor;
  @Inject private ImagePipeline pipeline;
  @Resource private ManagedExecutorService background;
  @Resource private TransactionSynchronizationRegistry transactions;

  /**
   * Reads and checks a whole upload against the tenant's regency, categories and catalog, and keeps
   * it as a previewed batch. The mappings are the operator's choices for headers the template does
   * not know ({@link ColumnMapping#serialise()}'s form, or null).
   *
   * <p>With a ZIP of photos, each photo a row names must be in it and pass the catalog's pipeline,
   * else the row has an error.
   *
   * @throws ImportFileException when the file cannot be read as an import, or the ZIP is refused
   * @throws InvalidInputException when a mapping names a column the sheet does not have, or the
   *     server is too busy decoding photos to check them now ({@code problem.photoBusy})
   */
  public ImportPreview preview(
      ConsoleUser actor, ImportUpload upload, String mappingUsaha, String mappingProduk) {
    access.staff(actor);
    ColumnMapping usaha = ImportMappings.parsed(ImportSheet.USAHA, mappingUsaha);
    ColumnMapping produk = ImportMappings.parsed(ImportSheet.PRODUK, mappingProduk);
    PhotoArchive archive = upload.photos() == null ? null : PhotoArchive.open(upload.photos());
    try {
      return preview(actor, upload, usaha, produk, archive);
    } finally {
      if (archive != null) {
        try {
          archive.close();
        } catch (IOException e) {
          LOG.log(Level.FINE, "Photo ZIP not closed", e);
        }
      }
    }
  }

  private ImportPreview preview(
      ConsoleUser actor,
      ImportUpload upload,
      ColumnMapping usaha,
      ColumnMapping produk,
      PhotoArchive archive) {
    ImportReading reading =
        readings
            .open()
            .photos(archive == null ? RowPhotos.none() : new RowPhotos(archive, pipeline::verify));
    Tally tally = new Tally();
    MappedHeader header =
        reading.businesses(
            upload.file(),
            usaha,
            row -> {
              if (!row.valid()) {
                tally.businessError++;
                tally.errors(row.errors());
              } else if (row.existing() != null) {
                tally.businessDuplicate++;
                tally.duplicates.add(
                    new ImportPreview.Duplicate(
                        ImportSheet.USAHA,
                        row.row(),
                        row.value().name(),
                        row.existing().id(),
                        row.existing().name(),
                        row.matchedBy(),
                        null));
              } else if (row.earlier() != null) {
                tally.businessDuplicate++;
                tally.duplicates.add(
                    new ImportPreview.Duplicate(
                        ImportSheet.USAHA,
                        row.row(),
                        row.value().name(),
                        0,
                        row.earlier().name(),
                        row.matchedBy(),
                        row.earlier().row()));
              } else {
                tally.businessNew++;
              }
            });
    tally.ignored.addAll(header.ignored());
    Path productFile = productFile(upload);
    if (productFile != null) {
      try {
        MappedHeader products =
            reading.products(
                productFile,
                produk,
                row -> {
                  if (!row.valid()) {
                    tally.productError++;
                    tally.errors(row.errors());
                  } else if (row.existing() != null) {
                    tally.productDuplicate++;
                    tally.duplicates.add(
                        new ImportPreview.Duplicate(
                            ImportSheet.PRODUK,
                            row.row(),
                            row.value().name(),
                            row.existing().id(),
                            row.existing().name(),
                            "name",
                            null));
                  } else {
                    tally.productNew++;
                  }
                });
        tally.ignored.addAll(products.ignored());
      } catch (ImportFileException e) {
        if (!"import.file.noSheet".equals(e.messageKey())) {
          throw e;
        }
      }
    }
    ImportPreview.Counts counts = tally.counts();
    ImportBatch batch = new ImportBatch(actor.id(), actorName(actor), upload.fileName(), counts);
    batch.mappings(usaha.serialise(), produk.serialise());
    repository.persist(batch);
    repository.flush();
    staging.keep(currentTenant.require().id(), batch.getId(), upload);
    List<String> unsafe = archive == null ? List.of() : archive.unsafeNames();
    ImportPreview.Photos photos =
        new ImportPreview.Photos(
            archive != null,
            archive == null ? 0 : archive.size(),
            unsafe.subList(0, Math.min(unsafe.size(), UNSAFE_NAMES_SHOWN)),
            reading.photos().rowsNamingPhotos());
    return new ImportPreview(
        batch.getId(), counts, tally.errors, tally.duplicates, List.copyOf(tally.ignored), photos);
  }

  /**
   * The header of a sheet as the file has it, for the mapping step when the template's columns were
   * not recognised: the fullest of the first rows (titles above it have fewer cells).
   */
  public List<String> headers(ConsoleUser actor, Path file, ImportSheet sheet) {
    access.staff(actor);
    List<List<String>> rows = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      new SpreadsheetReader(ImportLimits.DEFAULT)
          .read(
              in,
              sheet,
              row -> {
                rows.add(row.cells());
                if (rows.size() >= SheetParser.HEADER_SEARCH_ROWS) {
                  throw new EnoughRows();
                }
              });
    } catch (EnoughRows enough) {
      // the first rows are all the mapping step shows
    } catch (IOException e) {
      throw new ImportFileException(e, "import.file.unreadable");
    }
    List<String> fullest = List.of();
    for (List<String> row : rows) {
      long filled = row.stream().filter(c -> !c.isBlank()).count();
      if (filled > fullest.stream().filter(c -> !c.isBlank()).count()) {
        fullest = row;
      }
    }
    return fullest.stream().map(String::strip).filter(c -> !c.isEmpty()).distinct().toList();
  }

  private static final class EnoughRows extends RuntimeException {
    private static final long serialVersionUID = 1L;

    EnoughRows() {
      super(null, null, false, false);
    }
  }

  /**
   * Confirms a previewed batch without errors and starts writing it in the background, once this
   * transaction commits. Each repeated row is treated as {@code choices} says by its {@link
   * ImportPreview.Duplicate#key()}, the others as {@code otherwise}; new records are published when
   * {@code publish}, else submitted for review.
   *
   * @throws RecordNotFoundException when this tenant has no such batch
   * @throws InvalidInputException when the batch is not a previewed one (also when it expired
   *     unconfirmed, {@link ImportRecovery}), or has errors
   */
  public ImportBatch confirm(
      ConsoleUser actor,
      long batchId,
      Map<String, DuplicateChoice> choices,
      DuplicateChoice otherwise,
      boolean publish) {
    access.staff(actor);
    ImportBatch batch =
        repository
            .lockedBatch(batchId)
            .orElseThrow(() -> new RecordNotFoundException("Import", batchId));
    InputChecks in = new InputChecks();
    if (batch.getStatus() == ImportStatus.EXPIRED) {
      in.problem("batch", "import.confirm.expired");
    } else if (batch.getStatus() != ImportStatus.PREVIEWED) {
      in.problem("batch", "import.confirm.notPreviewed", batch.getStatus().name());
    } else if (batch.errorCount() > 0) {
      in.problem("batch", "import.confirm.errors", batch.errorCount());
    }
    in.verify();
    batch.start(publish, batch.getBusinessRows() + batch.getProductRows());
    TenantSnapshot tenant = currentTenant.require();
    Actor named = audit.actor();
    Map<String, DuplicateChoice> chosen = choices == null ? Map.of() : Map.copyOf(choices);
    DuplicateChoice rest = otherwise == null ? DuplicateChoice.SKIP : otherwise;
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              background.execute(() -> run(tenant, actor, named, batchId, chosen, rest, publish));
            }
          }
        });
    return batch;
  }

  /** The background write: one transaction, progress in short ones beside it. */
  private void run(
      TenantSnapshot tenant,
      ConsoleUser actor,
      Actor named,
      long batchId,
      Map<String, DuplicateChoice> choices,
      DuplicateChoice otherwise,
      boolean publish) {
    try {
      work.runAs(
          tenant,
          () -> {
            auditActor.set(named);
            writer.write(
                actor,
                batchId,
                choices,
                otherwise,
                publish,
                done ->
                    work.runAs(
                        tenant, () -> repository.batch(batchId).ifPresent(b -> b.progress(done))));
          });
      LOG.info(tenant.slug() + ": import " + batchId + " written");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, tenant.slug() + ": import " + batchId + " failed, nothing written", e);
      String why = failure(e);
      try {
        work.runAs(tenant, () -> repository.batch(batchId).ifPresent(b -> b.fail(why)));
      } catch (RuntimeException e2) {
        LOG.log(Level.SEVERE, tenant.slug() + ": import " + batchId + " not marked failed", e2);
      }
    } finally {
      // Done or failed, the batch is never written again: its upload is not needed any more.
      try {
        staging.delete(tenant.id(), batchId);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, tenant.slug() + ": upload of import " + batchId + " not removed", e);
      }
    }
  }

  /**
   * A failure as the history shows it: a message key, then {@code |} and details. The readers wrap
   * what a row's consumer throws (a row refused while writing) in their own exception, so the cause
   * that stopped the write is looked for first.
   */
  static String failure(Throwable e) {
    ImportFileException file = null;
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof RowChanged changed) {
        return changed.getMessage();
      }
      if (t instanceof InvalidInputException refused) {
        return "import.failed.refused|" + refused.getMessage();
      }
      if (file == null && t instanceof ImportFileException unreadable) {
        file = unreadable;
      }
    }
    return file != null
        ? file.messageKey()
        : "import.failed.unexpected|" + e.getClass().getSimpleName();
  }

  /** A batch of this tenant, for its progress and outcome. */
  public Optional<ImportBatch> batch(ConsoleUser actor, long id) {
    access.staff(actor);
    return repository.batch(id);
  }

  /** The tenant's imports, newest first. */
  public List<ImportBatch> history(ConsoleUser actor, int first, int max) {
    access.staff(actor);
    return repository.history(first, max);
  }

  public long count(ConsoleUser actor) {
    access.staff(actor);
    return repository.countBatches();
  }

  /** The products' file of an upload: its workbook, or its second CSV; null when none. */
  private static Path productFile(ImportUpload upload) {
    if (ImportReading.isWorkbook(upload.file())) {
      return upload.file();
    }
    return upload.productFile();
  }

  private static String actorName(ConsoleUser actor) {
    return actor.displayName() + " <" + actor.email() + ">";
  }

  /** Counts of a preview, the errors shown and the repeated rows. */
  private static final class Tally {
    int businessNew;
    int businessDuplicate;
    int businessError;
    int productNew;
    int productDuplicate;
    int productError;
    final List<RowError> errors = new ArrayList<>();
    final List<ImportPreview.Duplicate> duplicates = new ArrayList<>();
    final Set<String> ignored = new LinkedHashSet<>();

    void errors(List<RowError> more) {
      for (RowError e : more) {
        if (errors.size() < ImportPreview.ERRORS_SHOWN) {
          errors.add(e);
        }
      }
    }

    ImportPreview.Counts counts() {
      return new ImportPreview.Counts(
          businessNew + businessDuplicate + businessError,
          businessNew,
          businessDuplicate,
          businessError,
          productNew + productDuplicate + productError,
          productNew,
          productDuplicate,
          productError);
    }
  }
}
