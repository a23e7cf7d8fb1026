package id.etalase.importing;

import id.etalase.access.ConsoleUser;
import id.etalase.common.InvalidInputException;
import id.etalase.media.ImagePipeline;
import id.etalase.media.PhotoOwner;
import id.etalase.media.PhotoRecords;
import id.etalase.media.PhotoService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The photos of an import's rows, from its ZIP through the console's {@link PhotoService} (the
 * operator's authorisation, the tenant's storage, the shared decode budget), one at a time.
 */
@ApplicationScoped
public class ImportPhotoWriter {

  /** How often a photo is tried again when the server is busy decoding others, 5 s apart. */
  private static final int BUSY_TRIES = 24;

  @Inject private PhotoService photoService;
  @Inject private PhotoRecords photoRecords;

  /**
   * Adds the photos a row names to its record, those it has already (same content) left out; the
   * ids of those added, for undo. Nothing without a ZIP: the preview told the operator so.
   */
  List<Long> attach(
      ConsoleUser actor,
      PhotoArchive archive,
      PhotoOwner owner,
      List<String> names,
      ImportSheet sheet,
      int row) {
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
        added.add(add(actor, owner, bytes, name, sheet, row));
      }
    }
    return added;
  }

  /** One photo through the console's service, tried again while the server is busy. */
  private long add(
      ConsoleUser actor, PhotoOwner owner, byte[] bytes, String name, ImportSheet sheet, int row) {
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
}
