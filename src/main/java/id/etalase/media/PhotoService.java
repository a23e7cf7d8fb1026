package id.etalase.media;

import id.etalase.access.ConsoleUser;
import id.etalase.tenant.CurrentTenant;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Adds photos to businesses, products and clusters of the current tenant. The image is processed
 * and its files stored before the row is written, outside the transaction, so a refused or broken
 * upload leaves no record and a slow decode holds no database connection. Called inside a
 * transaction (the bulk import writes all its photos in its one), the files this call created are
 * removed again when that transaction rolls back, as they are when the row cannot be written.
 */
@ApplicationScoped
public class PhotoService {

  private static final Logger LOG = Logger.getLogger(PhotoService.class.getName());

  @Inject private ImagePipeline pipeline;
  @Inject private MediaStorage storage;
  @Inject private PhotoRecords records;
  @Inject private CurrentTenant currentTenant;
  @Resource private TransactionSynchronizationRegistry transactions;

  /**
   * @throws id.etalase.common.InvalidInputException when the file is refused or the owner is not in
   *     the current tenant; nothing is written then
   */
  public Photo add(ConsoleUser actor, PhotoOwner owner, byte[] upload, String altText) {
    records.authorise(actor, owner); // refuse before any work
    return store(owner, upload, altText, actor);
  }

  /** Adds a photo for the platform's own importers (tenant folders, demo data): no console user. */
  public Photo add(PhotoOwner owner, byte[] upload, String altText) {
    records.resolve(owner); // refuse an unknown owner before any work
    return store(owner, upload, altText, null);
  }

  /**
   * Processes and stores an image that belongs to a record's fields rather than its gallery (a
   * business's static QRIS code), with every check and re-encoding a photo gets. The record keeps
   * the returned file name ({@code <hash>-<width>}, at most 640 pixels wide: enough to scan, light
   * to load) through its own service, so its usual rules (and an owner's approval) apply to it.
   *
   * @throws id.etalase.common.InvalidInputException when the file is refused or the actor may not
   *     change the owner; nothing is stored then
   */
  public String storeImage(ConsoleUser actor, PhotoOwner owner, byte[] upload) {
    records.authorise(actor, owner);
    long tenantId = currentTenant.require().id();
    ProcessedImage image = pipeline.process(upload);
    ProcessedImage.Variant chosen = image.variants().get(0);
    for (ProcessedImage.Variant v : image.variants()) {
      if (v.width() <= 640 && v.width() > chosen.width()) {
        chosen = v;
      }
    }
    try {
      storage.put(key(tenantId, chosen.fileName(image.hash())), chosen.jpeg());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot store the image", e);
    }
    return image.hash() + "-" + chosen.width();
  }

  private Photo store(PhotoOwner owner, byte[] upload, String altText, ConsoleUser actor) {
    long tenantId = currentTenant.require().id();
    ProcessedImage image = pipeline.process(upload);
    // Only files this call created: another photo (same content) may use the others.
    List<String> created = new ArrayList<>();
    try {
      for (ProcessedImage.Variant v : image.variants()) {
        String key = key(tenantId, v.fileName(image.hash()));
        if (storage.put(key, v.jpeg())) {
          created.add(key);
        }
      }
      String alt = altText == null || altText.isBlank() ? null : altText.strip();
      Photo photo =
          records.insert(
              owner,
              image,
              alt == null || alt.length() <= 300 ? alt : alt.substring(0, 300),
              actor);
      removeOnRollback(created);
      return photo;
    } catch (IOException e) {
      remove(created);
      throw new UncheckedIOException("Cannot store the photo", e);
    } catch (RuntimeException e) {
      remove(created);
      throw e;
    }
  }

  /** In a caller's transaction, the new files go when it rolls back; nothing to do without one. */
  private void removeOnRollback(List<String> created) {
    if (created.isEmpty() || transactions.getTransactionKey() == null) {
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
              remove(created);
            }
          }
        });
  }

  private void remove(List<String> keys) {
    for (String key : keys) {
      try {
        storage.delete(key);
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.WARNING, "Photo file " + key + " of a photo not written stays behind", e);
      }
    }
  }

  public static String key(long tenantId, String fileName) {
    return tenantId + "/" + fileName;
  }
}
