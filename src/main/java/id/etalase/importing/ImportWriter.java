package id.etalase.importing;

import id.etalase.access.ConsoleUser;
import id.etalase.business.BusinessData;
import id.etalase.business.BusinessService;
import id.etalase.catalog.ProductData;
import id.etalase.catalog.ProductService;
import id.etalase.common.InvalidInputException;
import id.etalase.curation.CurationAction;
import id.etalase.curation.CurationService;
import id.etalase.curation.RecordType;
import id.etalase.media.ImagePipeline;
import id.etalase.media.PhotoOwner;
import id.etalase.media.PhotoRecords;
import id.etalase.media.PhotoService;
import id.etalase.region.RegionNames;
import id.etalase.tenant.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

  /** Rows created per service call, and written out together. */
  private static final int CHUNK = 250;

  @Inject private ImportRepository repository;
  @Inject private ImportReadings readings;
  @Inject private ImportStaging staging;
  @Inject private CurrentTenant currentTenant;
  @Inject private BusinessService businesses;
  @Inject private ProductService products;
  @Inject private CurationService curation;
  @Inject private PhotoService photoService;
  @Inject private PhotoRecords photoRecords;

  /** How often a photo is tried again when the server is busy decoding others, 5 s apart. */
  private static final int BUSY_TRIES = 24;

  /** A row that no longer passes when the batch is written. */
  static final class RowChanged extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RowChanged(ImportSheet sheet, int row, List<RowError> errors) {
      super(
          "import.failed.changed|"
              + sheet.sheetName()
              + " "
              + row
              + " "
              + errors.stream().map(e -> e.column() + ":" + e.messageKey()).toList());
    }
  }

  private record Written(
      RecordType type,
      long id,
      String name,
      ImportRecord.Action action,
      String before,
      List<Long> photos) {}

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
      Run run =
          new Run(
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

  /**
   * The state of one write: what each business row became, the new records waiting to be created a
   * chunk at a time (one query per chunk instead of several per row), and what was written but not
   * yet recorded in the batch's history.
   */
  private final class Run {
    final ConsoleUser actor;
    final long batchId;
    final ImportReading reading;
    final Map<String, DuplicateChoice> choices;
    final DuplicateChoice otherwise;
    final boolean publish;
    final IntConsumer progress;
    final int reportEvery;
    final PhotoArchive archive;
    final Map<Integer, Long> fileBusinesses = new HashMap<>();
    final Map<Long, String> slugs = new HashMap<>();
    final Set<Long> newBusinesses = new HashSet<>();
    final List<NewBusiness> businessesToCreate = new ArrayList<>();
    final List<NewProduct> productsToCreate = new ArrayList<>();
    final List<Written> unrecorded = new ArrayList<>();
    final Set<Long> revised = new HashSet<>();
    int created;
    int updated;
    int skipped;
    int done;

    Run(
        ConsoleUser actor,
        long batchId,
        ImportReading reading,
        Map<String, DuplicateChoice> choices,
        DuplicateChoice otherwise,
        boolean publish,
        IntConsumer progress,
        int reportEvery,
        PhotoArchive archive) {
      this.archive = archive;
      this.actor = actor;
      this.batchId = batchId;
      this.reading = reading;
      this.choices = choices;
      this.otherwise = otherwise == null ? DuplicateChoice.SKIP : otherwise;
      this.publish = publish;
      this.progress = progress;
      this.reportEvery = reportEvery;
    }

    void business(ImportReading.BusinessRow row) {
      if (!row.valid()) {
        throw new RowChanged(ImportSheet.USAHA, row.row(), row.errors());
      }
      ImportedBusiness b = row.value();
      DuplicateChoice choice =
          !row.repeats()
              ? DuplicateChoice.NEW
              : choices.getOrDefault(
                  ImportPreview.Duplicate.key(ImportSheet.USAHA, row.row()), otherwise);
      if (row.earlier() != null && choice != DuplicateChoice.NEW) {
        // Skipped, its products go to the earlier row's business, found by the same NIB or name.
        if (choice == DuplicateChoice.UPDATE) {
          updateEarlier(row.row(), row.earlier().row(), b);
        } else {
          skipped++;
        }
        tick();
        return;
      }
      switch (choice) {
        case SKIP -> {
          remember(row.row(), row.existing().id(), row.existing().slug());
          skipped++;
        }
        case UPDATE -> {
          long id = row.existing().id();
          BusinessData before = businesses.dataOf(actor, id).orElseThrow();
          boolean changed = businesses.update(actor, id, ImportedData.merged(before, b));
          List<Long> added =
              attach(PhotoOwner.business(before.slug()), b.photos(), ImportSheet.USAHA, row.row());
          if (changed || !added.isEmpty()) {
            unrecorded.add(
                new Written(
                    RecordType.Business,
                    id,
                    b.name(),
                    ImportRecord.Action.UPDATED,
                    Json.JSONB.toJson(before),
                    added));
            updated++;
          } else {
            skipped++;
          }
          remember(row.row(), id, before.slug());
        }
        case NEW -> {
          String slug = freeSlug(RegionNames.slug(b.name()), "usaha", true);
          businessesToCreate.add(
              new NewBusiness(row.row(), b.name(), ImportedData.created(b, slug), b.photos()));
          if (businessesToCreate.size() >= CHUNK) {
            writeBusinesses();
          }
        }
      }
      tick();
    }

    /** A later row's filled cells over the business an earlier row of the file creates. */
    private void updateEarlier(int row, int earlierRow, ImportedBusiness b) {
      for (int i = 0; i < businessesToCreate.size(); i++) {
        NewBusiness waiting = businessesToCreate.get(i);
        if (waiting.row() == earlierRow) {
          List<String> photos = new ArrayList<>(waiting.photos());
          photos.addAll(b.photos());
          businessesToCreate.set(
              i,
              new NewBusiness(
                  earlierRow, b.name(), ImportedData.merged(waiting.data(), b), photos));
          updated++;
          return;
        }
      }
      long id = fileBusinesses.get(earlierRow);
      BusinessData before = businesses.dataOf(actor, id).orElseThrow();
      boolean changed = businesses.update(actor, id, ImportedData.merged(before, b));
      // Photos added to a business this batch created leave with it on undo.
      boolean added =
          !attach(PhotoOwner.business(before.slug()), b.photos(), ImportSheet.USAHA, row).isEmpty();
      if (changed || added) {
        revised.add(id);
        updated++;
      } else {
        skipped++;
      }
    }

    /** Creates the businesses waiting, submits (or publishes) them, and records them. */
    void writeBusinesses() {
      if (businessesToCreate.isEmpty()) {
        return;
      }
      List<Long> ids =
          businesses.createAll(actor, businessesToCreate.stream().map(NewBusiness::data).toList());
      for (int i = 0; i < ids.size(); i++) {
        NewBusiness b = businessesToCreate.get(i);
        long id = ids.get(i);
        attach(PhotoOwner.business(b.data().slug()), b.photos(), ImportSheet.USAHA, b.row());
        curate(RecordType.Business, id);
        unrecorded.add(
            new Written(
                RecordType.Business, id, b.name(), ImportRecord.Action.CREATED, null, List.of()));
        newBusinesses.add(id);
        remember(b.row(), id, b.data().slug());
        created++;
      }
      businessesToCreate.clear();
      recordWritten();
    }

    void product(ImportReading.ProductRow row) {
      if (!row.valid()) {
        throw new RowChanged(ImportSheet.PRODUK, row.row(), row.errors());
      }
      ImportedProduct p = row.value();
      ImportReading.BusinessLink link = row.business();
      long businessId =
          link.fileRow() != null ? fileBusinesses.get(link.fileRow()) : link.existing().id();
      String businessSlug = link.fileRow() != null ? slugs.get(businessId) : link.existing().slug();
      boolean repeats = row.existing() != null && !newBusinesses.contains(businessId);
      DuplicateChoice choice =
          !repeats
              ? DuplicateChoice.NEW
              : choices.getOrDefault(
                  ImportPreview.Duplicate.key(ImportSheet.PRODUK, row.row()), otherwise);
      switch (choice) {
        case SKIP -> skipped++;
        case UPDATE -> {
          long id = row.existing().id();
          ProductData before = products.dataOf(actor, id).orElseThrow();
          boolean changed =
              products.update(actor, id, ImportedData.merged(before, p, row.categorySlug()));
          List<Long> added =
              attach(PhotoOwner.product(before.slug()), p.photos(), ImportSheet.PRODUK, row.row());
          if (changed || !added.isEmpty()) {
            unrecorded.add(
                new Written(
                    RecordType.Product,
                    id,
                    p.name(),
                    ImportRecord.Action.UPDATED,
                    Json.JSONB.toJson(before),
                    added));
            updated++;
          } else {
            skipped++;
          }
        }
        case NEW -> {
          String slug = freeSlug(RegionNames.slug(p.name()), "produk", false);
          productsToCreate.add(
              new NewProduct(
                  row.row(),
                  p.name(),
                  ImportedData.created(p, slug, businessSlug, row.categorySlug()),
                  p.photos()));
          if (productsToCreate.size() >= CHUNK) {
            writeProducts();
          }
        }
      }
      tick();
    }

    /** Creates the products waiting, submits (or publishes) them, and records them. */
    void writeProducts() {
      if (productsToCreate.isEmpty()) {
        return;
      }
      List<Long> ids =
          products.createAll(actor, productsToCreate.stream().map(NewProduct::data).toList());
      for (int i = 0; i < ids.size(); i++) {
        NewProduct p = productsToCreate.get(i);
        long id = ids.get(i);
        attach(PhotoOwner.product(p.data().slug()), p.photos(), ImportSheet.PRODUK, p.row());
        curate(RecordType.Product, id);
        unrecorded.add(
            new Written(
                RecordType.Product, id, p.name(), ImportRecord.Action.CREATED, null, List.of()));
        created++;
      }
      productsToCreate.clear();
      recordWritten();
    }

    /**
     * Writes out what waits, then records each written record in the batch with the version it has
     * now (undo refuses a record edited since), and empties the persistence context so that memory
     * stays flat however long the file.
     */
    void recordWritten() {
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
                  batchId,
                  w.type(),
                  w.id(),
                  w.name(),
                  w.action(),
                  versions.get(w.id()),
                  w.before());
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

    /**
     * Adds the photos a row names to its record, those it has already (same content) left out; the
     * ids of those added, for undo. Nothing without a ZIP: the preview told the operator so.
     */
    private List<Long> attach(PhotoOwner owner, List<String> names, ImportSheet sheet, int row) {
      if (archive == null || names.isEmpty()) {
        return List.of();
      }
      Set<String> has = new HashSet<>();
      photoRecords.of(owner).forEach(photo -> has.add(photo.getHash()));
      List<Long> added = new ArrayList<>();
      for (String name : names) {
        if (!archive.has(name) || archive.isAmbiguous(name)) {
          throw new RowChanged(sheet, row, List.of(photoError(sheet, row, name, "photoMissing")));
        }
        byte[] bytes;
        try {
          bytes = archive.read(name);
        } catch (IOException brokenEntry) {
          throw new RowChanged(sheet, row, List.of(photoError(sheet, row, name, "photoBroken")));
        }
        if (has.add(ImagePipeline.hashOf(bytes))) {
          added.add(add(owner, bytes, name, sheet, row));
        }
      }
      return added;
    }

    /** One photo through the console's service, tried again while the server is busy. */
    private long add(PhotoOwner owner, byte[] bytes, String name, ImportSheet sheet, int row) {
      for (int tries = 1; ; tries++) {
        try {
          return photoService.add(actor, owner, bytes, null).getId();
        } catch (InvalidInputException refused) {
          String key = refused.problems().get(0).messageKey();
          if (!"problem.photoBusy".equals(key)) {
            throw new RowChanged(
                sheet,
                row,
                List.of(photoError(sheet, row, name, key.substring("problem.".length()))));
          }
          if (tries >= BUSY_TRIES) {
            throw refused;
          }
        }
      }
    }

    private static RowError photoError(ImportSheet sheet, int row, String name, String problem) {
      return new RowError(sheet, row, Column.FOTO, name, "import.error." + problem, List.of(name));
    }

    private void remember(int row, long id, String slug) {
      fileBusinesses.put(row, id);
      slugs.put(id, slug);
    }

    private void curate(RecordType type, long id) {
      curation.apply(type, id, CurationAction.SUBMIT, null, actor);
      if (publish) {
        curation.apply(type, id, CurationAction.PUBLISH, null, actor);
      }
    }

    private void tick() {
      done++;
      if (unrecorded.size() >= CHUNK) {
        recordWritten();
      }
      if (done % reportEvery == 0) {
        progress.accept(done);
      }
    }

    /** A slug from a name, free in the tenant and in this batch: {@code name}, {@code name-2}… */
    private String freeSlug(String base, String fallback, boolean business) {
      String stem = base.isEmpty() ? fallback : base;
      if (stem.length() > 110) {
        stem = stem.substring(0, 110).replaceAll("-+$", "");
      }
      return reading.freeSlug(business, stem);
    }
  }

  private record NewBusiness(int row, String name, BusinessData data, List<String> photos) {}

  private record NewProduct(int row, String name, ProductData data, List<String> photos) {}
}
