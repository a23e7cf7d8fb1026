package id.etalase.importing;

import java.nio.file.Path;

/**
 * An uploaded file on disk, as the console received it: an XLSX workbook with both sheets, or a CSV
 * of businesses and optionally a second CSV of products; optionally a ZIP of the photos that the
 * {@code foto} columns name. The service copies what it keeps; the caller deletes these files.
 */
public record ImportUpload(String fileName, Path file, Path productFile, Path photos) {

  public ImportUpload(String fileName, Path file, Path productFile) {
    this(fileName, file, productFile, null);
  }

  public ImportUpload {
    if (file == null) {
      throw new IllegalArgumentException("An uploaded file is required");
    }
  }
}
