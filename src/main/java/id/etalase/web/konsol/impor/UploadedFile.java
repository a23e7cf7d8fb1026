package id.etalase.web.konsol.impor;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.primefaces.event.FileUploadEvent;

/**
 * A spreadsheet the operator uploaded, kept in a temporary file while the import page is open (the
 * service copies it into the batch's folder when it reads it), with the name it had.
 */
final class UploadedFile implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String path;
  private final String name;

  private UploadedFile(String path, String name) {
    this.path = path;
    this.name = name;
  }

  /** The upload in a temporary file of its own; the previous one, if any, is deleted. */
  static UploadedFile keep(FileUploadEvent event, UploadedFile previous) {
    try {
      Path temporary = Files.createTempFile("etalase-upload-", ".bin");
      try (InputStream in = event.getFile().getInputStream()) {
        Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
      }
      if (previous != null) {
        previous.delete();
      }
      return new UploadedFile(temporary.toString(), event.getFile().getFileName());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path path() {
    return Path.of(path);
  }

  String name() {
    return name;
  }

  void delete() {
    try {
      Files.deleteIfExists(path());
    } catch (IOException e) {
      // a temporary file; the system cleans its folder
    }
  }
}
