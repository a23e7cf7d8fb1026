package id.etalase.importing;

import id.etalase.access.Access;
import id.etalase.access.ConsoleUser;
import id.etalase.business.Business;
import id.etalase.business.BusinessData;
import id.etalase.business.BusinessRepository;
import id.etalase.business.BusinessService;
import id.etalase.catalog.Product;
import id.etalase.catalog.ProductData;
import id.etalase.catalog.ProductRepository;
import id.etalase.catalog.ProductService;
import id.etalase.common.InvalidInputException;
import id.etalase.common.Problem;
import id.etalase.common.RecordNotFoundException;
import id.etalase.curation.RecordType;
import id.etalase.media.PhotoRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Undo of a done import, through the same services as any edit (their checks, audit entries and
 * history), so taking a batch back is as accountable as writing it. A batch whose records moved on
 * since is refused whole, naming the record, rather than undone in part.
 */
@ApplicationScoped
@Transactional
public class ImportUndo {

  @Inject private Access access;
  @Inject private ImportRepository repository;
  @Inject private BusinessService businessService;
  @Inject private ProductService productService;
  @Inject private BusinessRepository businesses;
  @Inject private ProductRepository products;
  @Inject private PhotoRecords photoRecords;

  /**
   * Takes a done batch back in one transaction: its new records removed (their photos with them),
   * its updated records' data before the import put back and the photos it added to them removed.
   * Refused, naming the record, when any of them was edited since (its version moved on), removed,
   * or got products the import did not bring.
   *
   * @throws RecordNotFoundException when this tenant has no such batch
   * @throws InvalidInputException with the reason, writing nothing
   */
  public void undo(ConsoleUser actor, long batchId) {
    access.staff(actor);
    ImportBatch batch =
        repository
            .lockedBatch(batchId)
            .orElseThrow(() -> new RecordNotFoundException("Import", batchId));
    if (batch.getStatus() != ImportStatus.DONE) {
      throw refused("import.undo.notDone", batch.getStatus().name());
    }
    List<ImportRecord> records = repository.records(batchId);
    Set<Long> createdProducts = new HashSet<>();
    for (ImportRecord r : records) {
      if (r.getRecordType() == RecordType.Product && r.getAction() == ImportRecord.Action.CREATED) {
        createdProducts.add(r.getRecordId());
      }
    }
    for (ImportRecord r : records) {
      long version;
      if (r.getRecordType() == RecordType.Business) {
        Business b =
            businesses
                .findById(r.getRecordId())
                .orElseThrow(() -> refused("import.undo.gone", r.getRecordName()));
        version = b.getVersion();
        if (r.getAction() == ImportRecord.Action.CREATED
            && !createdProducts.containsAll(repository.productIdsOf(r.getRecordId()))) {
          throw refused("import.undo.newProducts", b.getName());
        }
      } else {
        Product p =
            products
                .findById(r.getRecordId())
                .orElseThrow(() -> refused("import.undo.gone", r.getRecordName()));
        version = p.getVersion();
      }
      if (version != r.getVersionAfter()) {
        throw refused("import.undo.edited", r.getRecordName());
      }
    }
    // Photos the import added to records it updated go first, then the data goes back.
    for (ImportRecord r : records) {
      if (!r.getAddedPhotos().isEmpty()) {
        photoRecords.removeImported(actor, r.getRecordType(), r.getRecordId(), r.getAddedPhotos());
      }
    }
    // Products before businesses: a business is removed once its products are.
    for (ImportRecord r : records) {
      if (r.getRecordType() == RecordType.Product) {
        if (r.getAction() == ImportRecord.Action.CREATED) {
          productService.delete(actor, r.getRecordId());
        } else {
          productService.update(
              actor,
              r.getRecordId(),
              ImportWriter.Json.JSONB.fromJson(r.getBeforeData(), ProductData.class));
        }
      }
    }
    for (ImportRecord r : records) {
      if (r.getRecordType() == RecordType.Business) {
        if (r.getAction() == ImportRecord.Action.CREATED) {
          businessService.delete(actor, r.getRecordId());
        } else {
          businessService.update(
              actor,
              r.getRecordId(),
              ImportWriter.Json.JSONB.fromJson(r.getBeforeData(), BusinessData.class));
        }
      }
    }
    batch.undone();
  }

  private static InvalidInputException refused(String key, Object... arguments) {
    return new InvalidInputException(List.of(new Problem("batch", key, List.of(arguments))));
  }
}
