package id.etalase.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps a previewed upload on disk until it is confirmed, under {@code
 * <etalase.data.dir>/imports/<tenant>/<batch>/}: the preview and the background write read the same
 * bytes, streaming, and nothing of the file waits in memory or in the session. Folders are named by
 * ids only, never by what the upload was called.
 */
@ApplicationScoped
public class ImportStaging {

  @Inject
  @ConfigProperty(name = "etalase.data.dir", defaultValue = "data")
  String dataDir;

  private Path folder(long tenantId, long batchId) {
    return Path.of(dataDir)
        .toAbsolutePath()
        .normalize()
        .resolve("imports")
        .resolve(Long.toString(tenantId))
        .resolve(Long.toString(batchId));
  }

  /** Copies the upload's files into the batch's folder, streaming. */
  public void keep(long tenantId, long batchId, ImportUpload upload) {
    Path folder = folder(tenantId, batchId);
    try {
      Files.createDirectories(folder);
      Files.copy(upload.file(), folder.resolve("usaha"), StandardCopyOption.REPLACE_EXISTING);
      if (upload.productFile() != null) {
        Files.copy(
            upload.productFile(), folder.resolve("produk"), StandardCopyOption.REPLACE_EXISTING);
      }
      if (upload.photos() != null) {
        Files.copy(
            upload.photos(), folder.resolve("foto.zip"), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The kept file a sheet is read from: a workbook holds both, CSV files one each. */
  public Optional<Path> file(long tenantId, long batchId, ImportSheet sheet) {
    Path usaha = folder(tenantId, batchId).resolve("usaha");
    if (!Files.isRegularFile(usaha)) {
      return Optional.empty();
    }
    if (sheet == ImportSheet.USAHA || ImportReading.isWorkbook(usaha)) {
      return Optional.of(usaha);
    }
    Path produk = folder(tenantId, batchId).resolve("produk");
    return Files.isRegularFile(produk) ? Optional.of(produk) : Optional.empty();
  }

  /** The kept ZIP of photos, when the upload had one. */
  public Optional<Path> photos(long tenantId, long batchId) {
    Path zip = folder(tenantId, batchId).resolve("foto.zip");
    return Files.isRegularFile(zip) ? Optional.of(zip) : Optional.empty();
  }

  /** Removes a batch's files once they are not needed any more. */
  public void delete(long tenantId, long batchId) {
    Path folder = folder(tenantId, batchId);
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
