package id.etalase.importing;

import id.etalase.common.InvalidInputException;
import id.etalase.common.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Checks the photos each row names ({@code foto}) against the import's ZIP, at preview: a name the
 * ZIP lacks, and a photo the catalog's pipeline would refuse, are errors of that row, so a bad
 * photo is found before anything is written. Photos are read and checked one at a time, each once
 * however many rows name it. Without a ZIP nothing is checked and the names stay unused; the rows
 * that name photos are counted, to tell the operator.
 */
final class RowPhotos {

  private record Refusal(String key, List<Object> arguments) {}

  private final PhotoArchive archive;
  private final Consumer<byte[]> verify;
  private final Map<String, Refusal> checked = new HashMap<>();
  private int rowsNamingPhotos;

  /**
   * @param archive the ZIP, or null when none came with the upload
   * @param verify refuses a photo as the pipeline would ({@code InvalidInputException})
   */
  RowPhotos(PhotoArchive archive, Consumer<byte[]> verify) {
    this.archive = archive;
    this.verify = verify;
  }

  static RowPhotos none() {
    return new RowPhotos(null, bytes -> {});
  }

  boolean hasArchive() {
    return archive != null;
  }

  int rowsNamingPhotos() {
    return rowsNamingPhotos;
  }

  /** The row's errors with those of its photos added. */
  List<RowError> check(
      ImportSheet sheet, ImportRow row, List<String> names, List<RowError> errors) {
    if (names == null || names.isEmpty()) {
      return errors;
    }
    rowsNamingPhotos++;
    if (archive == null) {
      return errors;
    }
    List<RowError> all = new ArrayList<>(errors);
    for (String name : names) {
      Refusal refusal = refusal(name);
      if (refusal != null) {
        List<Object> arguments = new ArrayList<>();
        arguments.add(name);
        arguments.addAll(refusal.arguments());
        all.add(
            new RowError(
                sheet,
                row.number(),
                Column.FOTO,
                row.value(Column.FOTO),
                refusal.key(),
                arguments));
      }
    }
    return all;
  }

  /** Why a named photo cannot be attached, or null when it can. */
  private Refusal refusal(String name) {
    if (!archive.has(name)) {
      return new Refusal("import.error.photoMissing", List.of());
    }
    if (archive.isAmbiguous(name)) {
      return new Refusal("import.error.photoAmbiguous", List.of());
    }
    String key = PhotoArchive.key(name);
    if (checked.containsKey(key)) {
      return checked.get(key);
    }
    Refusal refusal = null;
    try {
      verify.accept(archive.read(name));
    } catch (IOException brokenEntry) {
      refusal = new Refusal("import.error.photoBroken", List.of());
    } catch (InvalidInputException refused) {
      Problem problem = refused.problems().get(0);
      if ("problem.photoBusy".equals(problem.messageKey())) {
        throw refused; // the server's state, not the photo's: the whole check is to be retried
      }
      // problem.photoBroken becomes import.error.photoBroken, naming the file
      refusal =
          new Refusal(
              "import.error." + problem.messageKey().substring("problem.".length()),
              problem.arguments());
    }
    checked.put(key, refusal);
    return refusal;
  }
}
