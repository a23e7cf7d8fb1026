package id.etalase.importing;

import id.etalase.access.ConsoleUser;
import id.etalase.business.BusinessService;
import id.etalase.catalog.ProductService;
import id.etalase.curation.CurationService;
import id.etalase.media.PhotoService;
import id.etalase.tenant.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * Writes a confirmed batch in the caller's transaction: the kept upload read again, row by row,
 * each record created or updated through {@link BusinessService}, {@link ProductService} and {@link
 * CurationService}, exactly as the console's forms write them (checks, authorisation, audit log). A
 * row that no longer passes (a category removed since the preview) or that a service refuses stops
 * the write with an exception, and the transaction takes everything back.
 *
 * <p>With a ZIP of photos, each created or updated record gets the photos its row names through
 * {@link PhotoService}, as the console's photo card adds them: one photo at a time, read from its
 * ZIP entry, and a photo the record has already (same content) is not added twice. A photo refused
 * now stops the write like a refused row; the photo files made so far go with the rollback.
 */
@ApplicationScoped
public class ImportWriter {

  /** JSON of a record's data before an update, made on first use (the server provides JSON-B). */
  static final class Json {
    static final Jsonb JSONB = JsonbBuilder.create();

    private Json() {}
  }

  @Inject private ImportRepository repository;
  @Inject private ImportReadings readings;
  @Inject private ImportStaging staging;
  @Inject private CurrentTenant currentTenant;
  @Inject private BusinessService businesses;
  @Inject private ProductService products;
  @Inject private CurationService curation;
  @Inject private ImportPhotoWriter photos;

  /** Writes batch {@code batchId}, reporting the rows done so far to {@code progress}. */
  public void write(
      ConsoleUser actor,
      long batchId,
      Map<String, DuplicateChoice> choices,
      DuplicateChoice otherwise,
      boolean publish,
      IntConsumer progress) {
    long tenantId = currentTenant.require().id();
    repository.planEachStatementForItsValues();
    ImportBatch batch = repository.batch(batchId).orElseThrow();
    String mappingUsaha = batch.getMappingUsaha();
    String mappingProduk = batch.getMappingProduk();
    int total = batch.getBusinessRows() + batch.getProductRows();
    Path usaha =
        staging
            .file(tenantId, batchId, ImportSheet.USAHA)
            .orElseThrow(() -> new ImportFileException("import.file.unreadable"));
    Optional<Path> produk =
        batch.getProductRows() == 0
            ? Optional.empty()
            : staging.file(tenantId, batchId, ImportSheet.PRODUK);
    Optional<Path> zip = staging.photos(tenantId, batchId);
    try (PhotoArchive archive = zip.map(PhotoArchive::open).orElse(null)) {
      ImportReading reading = readings.open();
      ImportRun run =
          new ImportRun(
              new ImportRun.Services(repository, businesses, products, curation, photos),
              actor,
              batchId,
              reading,
              choices,
              otherwise,
              publish,
              progress,
              Math.max(50, total / 100),
              archive);
      reading.businesses(
          usaha, ColumnMapping.parse(ImportSheet.USAHA, mappingUsaha), run::business);
      // Products name businesses of the file: those must have their ids first.
      run.writeBusinesses();
      produk.ifPresent(
          file ->
              reading.products(
                  file, ColumnMapping.parse(ImportSheet.PRODUK, mappingProduk), run::product));
      run.writeProducts();
      run.recordWritten();
      // The batch read again: progress updates in their own transactions moved its version on.
      repository.batch(batchId).orElseThrow().finish(run.created, run.updated, run.skipped);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
