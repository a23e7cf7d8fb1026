package id.etalase.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.media.HostileImages;
import id.etalase.media.ImagePipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The photos ZIP of an import, and the row checks against it, without a server. */
class PhotoArchiveTest {

  @Test
  void findsPhotosByBaseNameIgnoringCaseFoldersAndMacCopies() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("foto/", new byte[0]);
    entries.put("foto/Sekar-Arum.JPG", HostileImages.photo(40, 30));
    entries.put("__MACOSX/foto/._Sekar-Arum.JPG", new byte[] {0, 5, 22, 7});
    entries.put("foto/.DS_Store", new byte[] {1});
    entries.put("../jahat.jpg", HostileImages.photo(40, 30));
    entries.put("/etc/passwd.jpg", HostileImages.photo(40, 30));
    entries.put("a/../../kain.jpg", HostileImages.photo(40, 30));
    entries.put("satu/sama.jpg", HostileImages.photo(40, 30));
    entries.put("dua/SAMA.jpg", HostileImages.photo(41, 30));
    try (PhotoArchive zip = PhotoArchive.open(file(Uploads.zip(entries)))) {
      assertTrue(zip.has("sekar-arum.jpg"));
      assertTrue(zip.has("C:\\\\Dokumen\\\\sekar-arum.jpg"), "a path is matched by its base name");
      assertFalse(zip.has("jahat.jpg"), "an unsafe name is never matched, not even by base name");
      assertFalse(zip.has("kain.jpg"));
      assertFalse(zip.has("passwd.jpg"));
      assertEquals(
          List.of("../jahat.jpg", "/etc/passwd.jpg", "a/../../kain.jpg"), zip.unsafeNames());
      assertTrue(zip.isAmbiguous("sama.jpg"));
      assertEquals(2, zip.size(), "sekar-arum.jpg and sama.jpg");
      assertEquals(entries.get("foto/Sekar-Arum.JPG").length, zip.read("SEKAR-ARUM.jpg").length);
    }
  }

  @Test
  void refusesZipBombsTooManyEntriesAndNonZips() throws IOException {
    ImportFileException bomb =
        assertThrows(
            ImportFileException.class,
            () -> PhotoArchive.open(file(Uploads.photoZipBomb("bom.jpg", 200))));
    assertEquals("import.photos.zipBomb", bomb.messageKey());

    Map<String, byte[]> many = new LinkedHashMap<>();
    for (int i = 0; i <= PhotoArchive.MAX_ENTRIES; i++) {
      many.put(i + ".jpg", new byte[0]);
    }
    ImportFileException tooMany =
        assertThrows(ImportFileException.class, () -> PhotoArchive.open(file(Uploads.zip(many))));
    assertEquals("import.photos.tooManyEntries", tooMany.messageKey());

    ImportFileException notZip =
        assertThrows(
            ImportFileException.class,
            () -> PhotoArchive.open(file("bukan zip".getBytes(StandardCharsets.UTF_8))));
    assertEquals("import.photos.notZip", notZip.messageKey());
  }

  @Test
  void anEntryThatInflatesBeyondWhatItDeclaresIsABomb() throws IOException {
    byte[] zip = Uploads.zip(Map.of("kecil.jpg", new byte[200_000]));
    // The central directory's uncompressed size (offset 24 of its header) says 100 bytes.
    for (int i = 0; i + 4 < zip.length; i++) {
      if (zip[i] == 0x50 && zip[i + 1] == 0x4b && zip[i + 2] == 1 && zip[i + 3] == 2) {
        zip[i + 24] = 100;
        zip[i + 25] = 0;
        zip[i + 26] = 0;
        zip[i + 27] = 0;
      }
    }
    try (PhotoArchive archive = PhotoArchive.open(file(zip))) {
      ImportFileException lie =
          assertThrows(ImportFileException.class, () -> archive.read("kecil.jpg"));
      assertEquals("import.photos.zipBomb", lie.messageKey());
    }
  }

  @Test
  void rowsGetAnErrorNamingEachMissingOrRefusedPhoto() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("baik.jpg", HostileImages.photo(60, 40));
    entries.put("rusak.jpg", HostileImages.truncatedJpeg());
    entries.put("bukan.jpg", HostileImages.svgWithScript());
    entries.put("bom.png", HostileImages.decompressionBomb());
    try (PhotoArchive zip = PhotoArchive.open(file(Uploads.zip(entries)))) {
      RowPhotos photos = new RowPhotos(zip, new ImagePipeline()::verify);
      ImportRow row =
          new ImportRow(
              new MappedHeader(
                  ImportSheet.USAHA,
                  List.of(Column.NAMA_USAHA, Column.FOTO),
                  Map.of(Column.NAMA_USAHA, 0, Column.FOTO, 1),
                  List.of(),
                  List.of()),
              7,
              List.of("Usaha", "baik.jpg, hilang.jpg; rusak.jpg, bukan.jpg, bom.png"));
      List<RowError> errors =
          photos.check(
              ImportSheet.USAHA,
              row,
              List.of("baik.jpg", "hilang.jpg", "rusak.jpg", "bukan.jpg", "bom.png"),
              List.of());
      assertEquals(
          List.of(
              "import.error.photoMissing",
              "import.error.photoBroken",
              "import.error.photoFormat",
              "import.error.photoPixels"),
          errors.stream().map(RowError::messageKey).toList());
      assertEquals(List.of("hilang.jpg"), errors.get(0).arguments());
      assertEquals("rusak.jpg", errors.get(1).arguments().get(0));
      assertTrue(errors.stream().allMatch(e -> e.column().equals(Column.FOTO) && e.row() == 7));
      assertEquals(1, photos.rowsNamingPhotos());
    }
  }

  @Test
  void withoutZipPhotoNamesAreCountedNotChecked() {
    RowPhotos none = RowPhotos.none();
    assertEquals(List.of(), none.check(ImportSheet.USAHA, null, List.of("a.jpg"), List.of()));
    assertEquals(1, none.rowsNamingPhotos());
  }

  private static Path file(byte[] bytes) throws IOException {
    Path file = Files.createTempFile("photo-archive-test-", ".zip");
    file.toFile().deleteOnExit();
    Files.write(file, bytes);
    return file;
  }
}
