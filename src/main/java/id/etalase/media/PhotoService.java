package id.etalase.media;

import id.etalase.access.ConsoleUser;
import id.etalase.tenant.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Adds photos to businesses, products and clusters of the current tenant. The image is processed
 * and its files stored before the row is written, outside the transaction, so a refused or broken
 * upload leaves no record and a slow decode holds no database connection.
 */
@ApplicationScoped
public class PhotoService {

  @Inject private ImagePipeline pipeline;
  @Inject private MediaStorage storage;
  @Inject private PhotoRecords records;
  @Inject private CurrentTenant currentTenant;

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

  private Photo store(PhotoOwner owner, byte[] upload, String altText, ConsoleUser actor) {
    long tenantId = currentTenant.require().id();
    ProcessedImage image = pipeline.process(upload);
    try {
      for (ProcessedImage.Variant v : image.variants()) {
        storage.put(key(tenantId, v.fileName(image.hash())), v.jpeg());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot store the photo", e);
    }
    String alt = altText == null || altText.isBlank() ? null : altText.strip();
    return records.insert(
        owner, image, alt == null || alt.length() <= 300 ? alt : alt.substring(0, 300), actor);
  }

  static String key(long tenantId, String fileName) {
    return tenantId + "/" + fileName;
  }
}
