package id.etalase.importing;

import id.etalase.access.ConsoleUser;
import id.etalase.business.BusinessData;
import id.etalase.business.BusinessService;
import id.etalase.catalog.ProductData;
import id.etalase.catalog.ProductService;
import id.etalase.curation.CurationAction;
import id.etalase.curation.CurationService;
import id.etalase.curation.RecordType;
import id.etalase.media.PhotoOwner;
import id.etalase.region.RegionNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * The state of one write: what each business row became, the new records waiting to be created a
 * chunk at a time (one query per chunk instead of several per row), and what was written but not
 * yet recorded in the batch's history.
 */
final class ImportRun {

  /** Rows created per service call, and written out together. */
  static final int CHUNK = 250;

  final ConsoleUser actor;
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
  final WrittenRecords written;
  int created;
  int updated;
  int skipped;
  int done;

  private final Services services;

  /** The services a write goes through. */
  record Services(
      ImportRepository repository,
      BusinessService businesses,
      ProductService products,
      CurationService curation,
      ImportPhotoWriter photos) {}

  ImportRun(
      Services services,
      ConsoleUser actor,
      long batchId,
      ImportReading reading,
      Map<String, DuplicateChoice> choices,
      DuplicateChoice otherwise,
      boolean publish,
      IntConsumer progress,
      int reportEvery,
      PhotoArchive archive) {
    this.services = services;
    this.written = new WrittenRecords(services.repository(), batchId);
    this.archive = archive;
    this.actor = actor;
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
        BusinessData before = services.businesses().dataOf(actor, id).orElseThrow();
        boolean changed = services.businesses().update(actor, id, ImportedData.merged(before, b));
        List<Long> added =
            attach(PhotoOwner.business(before.slug()), b.photos(), ImportSheet.USAHA, row.row());
        if (changed || !added.isEmpty()) {
          written.add(
              WrittenRecords.Written.updated(RecordType.Business, id, b.name(), before, added));
          updated++;
        } else {
          skipped++;
        }
        remember(row.row(), id, before.slug());
      }
      case NEW -> {
        String slug = reading.freeSlug(true, RegionNames.slug(b.name()), "usaha");
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
            new NewBusiness(earlierRow, b.name(), ImportedData.merged(waiting.data(), b), photos));
        updated++;
        return;
      }
    }
    long id = fileBusinesses.get(earlierRow);
    BusinessData before = services.businesses().dataOf(actor, id).orElseThrow();
    boolean changed = services.businesses().update(actor, id, ImportedData.merged(before, b));
    // Photos added to a business this batch created leave with it on undo.
    boolean added =
        !attach(PhotoOwner.business(before.slug()), b.photos(), ImportSheet.USAHA, row).isEmpty();
    if (changed || added) {
      written.revised(id);
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
        services
            .businesses()
            .createAll(actor, businessesToCreate.stream().map(NewBusiness::data).toList());
    for (int i = 0; i < ids.size(); i++) {
      NewBusiness b = businessesToCreate.get(i);
      long id = ids.get(i);
      attach(PhotoOwner.business(b.data().slug()), b.photos(), ImportSheet.USAHA, b.row());
      curate(RecordType.Business, id);
      written.add(WrittenRecords.Written.created(RecordType.Business, id, b.name()));
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
        ProductData before = services.products().dataOf(actor, id).orElseThrow();
        boolean changed =
            services
                .products()
                .update(actor, id, ImportedData.merged(before, p, row.categorySlug()));
        List<Long> added =
            attach(PhotoOwner.product(before.slug()), p.photos(), ImportSheet.PRODUK, row.row());
        if (changed || !added.isEmpty()) {
          written.add(
              WrittenRecords.Written.updated(RecordType.Product, id, p.name(), before, added));
          updated++;
        } else {
          skipped++;
        }
      }
      case NEW -> {
        String slug = reading.freeSlug(false, RegionNames.slug(p.name()), "produk");
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
        services
            .products()
            .createAll(actor, productsToCreate.stream().map(NewProduct::data).toList());
    for (int i = 0; i < ids.size(); i++) {
      NewProduct p = productsToCreate.get(i);
      long id = ids.get(i);
      attach(PhotoOwner.product(p.data().slug()), p.photos(), ImportSheet.PRODUK, p.row());
      curate(RecordType.Product, id);
      written.add(WrittenRecords.Written.created(RecordType.Product, id, p.name()));
      created++;
    }
    productsToCreate.clear();
    recordWritten();
  }

  /** Writes out what waits and records it: see {@link WrittenRecords#record}. */
  void recordWritten() {
    written.record();
  }

  private void remember(int row, long id, String slug) {
    fileBusinesses.put(row, id);
    slugs.put(id, slug);
  }

  private void curate(RecordType type, long id) {
    services.curation().apply(type, id, CurationAction.SUBMIT, null, actor);
    if (publish) {
      services.curation().apply(type, id, CurationAction.PUBLISH, null, actor);
    }
  }

  private void tick() {
    done++;
    if (written.waiting() >= CHUNK) {
      recordWritten();
    }
    if (done % reportEvery == 0) {
      progress.accept(done);
    }
  }

  /** The photos a row names, added to its record: see {@link ImportPhotoWriter#attach}. */
  private List<Long> attach(PhotoOwner owner, List<String> names, ImportSheet sheet, int row) {
    return services.photos().attach(actor, archive, owner, names, sheet, row);
  }

  record NewBusiness(int row, String name, BusinessData data, List<String> photos) {}

  record NewProduct(int row, String name, ProductData data, List<String> photos) {}
}
