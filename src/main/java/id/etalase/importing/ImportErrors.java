package id.etalase.importing;

import id.etalase.access.Access;
import id.etalase.access.ConsoleUser;
import id.etalase.common.RecordNotFoundException;
import id.etalase.media.ImagePipeline;
import id.etalase.tenant.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The error workbook of a previewed import: the kept upload read again with the batch's mapping,
 * each refused row marked with its reasons, so the operator fixes the file they know rather than a
 * list of row numbers. For the tenant's staff only; another tenant's batch is not found.
 */
@ApplicationScoped
@Transactional
public class ImportErrors {

  @Inject private Access access;
  @Inject private CurrentTenant currentTenant;
  @Inject private ImportRepository repository;
  @Inject private ImportReadings readings;
  @Inject private ImportStaging staging;
  @Inject private ImagePipeline pipeline;

  /**
   * The kept upload of a previewed batch, one sheet, with each error marked ({@link
   * ErrorWorkbook}).
   *
   * @throws RecordNotFoundException when this tenant has no such batch, or its file is gone
   */
  public void write(ConsoleUser actor, long batchId, ImportSheet sheet, OutputStream out) {
    access.staff(actor);
    ImportBatch batch =
        repository.batch(batchId).orElseThrow(() -> new RecordNotFoundException("Import", batchId));
    Path file =
        staging
            .file(currentTenant.require().id(), batchId, sheet)
            .orElseThrow(() -> new RecordNotFoundException("Import file", batchId));
    List<ImportRow> rows = new ArrayList<>();
    Map<Integer, List<RowError>> errors = new HashMap<>();
    MappedHeader header;
    // The kept photos checked again, so the workbook has the photo errors the preview counted.
    Optional<Path> zip = staging.photos(currentTenant.require().id(), batchId);
    try (PhotoArchive archive = zip.map(PhotoArchive::open).orElse(null)) {
      ImportReading reading =
          readings
              .open()
              .photos(
                  archive == null ? RowPhotos.none() : new RowPhotos(archive, pipeline::verify));
      if (sheet == ImportSheet.USAHA) {
        // Products link to the businesses above them, so both sheets are read in order.
        header = readAll(reading, file, sheet, batch, rows, errors);
      } else {
        reading.businesses(
            staging.file(currentTenant.require().id(), batchId, ImportSheet.USAHA).orElseThrow(),
            ImportMappings.parsed(ImportSheet.USAHA, batch.getMappingUsaha()),
            row -> {});
        header = readAll(reading, file, sheet, batch, rows, errors);
      }
      new ErrorWorkbook().write(header, rows, errors, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static MappedHeader readAll(
      ImportReading reading,
      Path file,
      ImportSheet sheet,
      ImportBatch batch,
      List<ImportRow> rows,
      Map<Integer, List<RowError>> errors) {
    ColumnMapping mapping =
        ColumnMapping.parse(
            sheet, sheet == ImportSheet.USAHA ? batch.getMappingUsaha() : batch.getMappingProduk());
    try (InputStream in = Files.newInputStream(file)) {
      // The rows as read, for the workbook; the errors from the same reading as the preview's.
      SheetParser.parse(new SpreadsheetReader(ImportLimits.DEFAULT), in, mapping, r -> rows.add(r));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sheet == ImportSheet.USAHA
        ? reading.businesses(
            file,
            mapping,
            r -> {
              if (!r.valid()) {
                errors.put(r.row(), r.errors());
              }
            })
        : reading.products(
            file,
            mapping,
            r -> {
              if (!r.valid()) {
                errors.put(r.row(), r.errors());
              }
            });
  }
}
