package id.etalase.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.access.ConsoleUser;
import id.etalase.business.BusinessRepository;
import id.etalase.catalog.ProductRepository;
import id.etalase.media.HostileImages;
import id.etalase.media.ImagePipeline;
import id.etalase.media.MediaStorage;
import id.etalase.media.Photo;
import id.etalase.media.PhotoOwner;
import id.etalase.media.PhotoRecords;
import id.etalase.tenant.TenantDirectory;
import id.etalase.tenant.TenantSnapshot;
import id.etalase.tenant.TenantWork;
import id.etalase.testing.Actors;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The photos ZIP of the bulk import on the real server: photos named in the {@code foto} columns
 * attach to the business and product of their rows, through the console's photo service, in the
 * importing tenant only; a missing or broken photo is a row error in Indonesian; a ZIP bomb is
 * refused and unsafe names are ignored and listed; a photo that fails only while writing takes the
 * whole batch back, its files too. Each test imports records with its own marker and undoes them.
 */
@ExtendWith(ArquillianExtension.class)
class ImportPhotosIT {

  private static final ResourceBundle ID =
      ResourceBundle.getBundle("id.etalase.i18n.messages", Locale.forLanguageTag("id"));

  @Inject TenantDirectory directory;
  @Inject TenantWork work;
  @Inject ImportService imports;
  @Inject ImportUndo undo;
  @Inject ImportErrors errors;
  @Inject ImportStaging staging;
  @Inject PhotoRecords photos;
  @Inject MediaStorage storage;
  @Inject BusinessRepository businesses;
  @Inject ProductRepository products;

  @Test
  void photosAttachToTheirRowsRecordsInTheImportingTenantOnly() throws Exception {
    String m = marker();
    byte[] sekar = photo(m + "sekar", 64, 48);
    byte[] kain1 = photo(m + "kain1", 80, 60);
    byte[] kain2 = photo(m + "kain2", 90, 60);
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("foto/", new byte[0]);
    entries.put("foto/sekar.jpg", sekar);
    entries.put("__MACOSX/foto/._sekar.jpg", new byte[] {0, 5, 22, 7});
    entries.put("foto/Kain-1.jpg", kain1);
    entries.put("kain-2.jpg", kain2);
    byte[] file =
        workbook(
            List.of(
                row(
                    Column.NAMA_USAHA,
                    "Batik Foto " + m,
                    Column.KECAMATAN,
                    "Tamanan",
                    Column.FOTO,
                    "Sekar.JPG"),
                row(Column.NAMA_USAHA, "Kopi Foto " + m, Column.KECAMATAN, "Tamanan")),
            List.of(
                row(
                    Column.NAMA_USAHA,
                    "Batik Foto " + m,
                    Column.NAMA_PRODUK,
                    "Kain Foto " + m,
                    Column.FOTO,
                    "C:\\Foto\\kain-1.jpg; KAIN-2.jpg")));
    ImportPreview preview = preview(a(), file, Uploads.zip(entries));
    assertEquals(
        new ImportPreview.Counts(2, 2, 0, 0, 1, 1, 0, 0), preview.counts(), preview.toString());
    assertEquals(new ImportPreview.Photos(true, 3, List.of(), 2), preview.photos());
    long batchA = confirmAndWait(a(), preview.batchId());

    // The same names in Situbondo, with other photos of the same file names.
    byte[] sekarB = photo(m + "sekar-b", 64, 48);
    byte[] fileB =
        workbook(
            List.of(
                row(
                    Column.NAMA_USAHA,
                    "Batik Foto " + m,
                    Column.KECAMATAN,
                    "Panarukan",
                    Column.FOTO,
                    "sekar.jpg")),
            List.of());
    ImportPreview previewB = preview(b(), fileB, Uploads.zip(Map.of("sekar.jpg", sekarB)));
    assertEquals(0, previewB.counts().errors(), previewB.errors().toString());
    long batchB = confirmAndWait(b(), previewB.batchId());
    try {
      work.runAs(
          a(),
          () -> {
            String batik = businessSlug("Batik Foto " + m);
            assertEquals(List.of(hash(sekar)), hashes(PhotoOwner.business(batik)));
            assertEquals(List.of(), hashes(PhotoOwner.business(businessSlug("Kopi Foto " + m))));
            String kain = productSlug("Kain Foto " + m);
            assertEquals(List.of(hash(kain1), hash(kain2)), hashes(PhotoOwner.product(kain)));
            Photo first = photos.of(PhotoOwner.product(kain)).get(0);
            assertTrue(first.isPrimary() && !first.isPending(), "the first photo leads the card");
            try {
              assertTrue(storage.get(a().id() + "/" + hash(sekar) + "-64.jpg").isPresent());
            } catch (IOException e) {
              throw new AssertionError(e);
            }
          });
      work.runAs(
          b(),
          () ->
              assertEquals(
                  List.of(hash(sekarB)),
                  hashes(PhotoOwner.business(businessSlug("Batik Foto " + m)))));
      work.runAs(
          a(),
          () ->
              assertFalse(
                  hashes(PhotoOwner.business(businessSlug("Batik Foto " + m)))
                      .contains(hash(sekarB)),
                  "B's photo reached A's business"));
      try {
        assertFalse(storage.get(a().id() + "/" + hash(sekarB) + "-64.jpg").isPresent());
        assertTrue(storage.get(b().id() + "/" + hash(sekarB) + "-64.jpg").isPresent());
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    } finally {
      undo(b(), batchB);
      undo(a(), batchA);
    }
  }

  @Test
  void undoRemovesThePhotosAnImportAddedToARecordItUpdated() throws Exception {
    String m = marker();
    String nib =
        "9" + String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
    byte[] old = photo(m + "lama", 64, 48);
    byte[] added = photo(m + "baru", 64, 48);
    String name = "Ubah Foto " + m;
    ImportPreview first =
        preview(
            a(),
            workbook(
                List.of(
                    row(
                        Column.NAMA_USAHA,
                        name,
                        Column.NIB,
                        nib,
                        Column.KECAMATAN,
                        "Tamanan",
                        Column.FOTO,
                        "lama.jpg")),
                List.of()),
            Uploads.zip(Map.of("lama.jpg", old)));
    long batch1 = confirmAndWait(a(), first.batchId(), DuplicateChoice.SKIP);
    try {
      ImportPreview second =
          preview(
              a(),
              workbook(
                  List.of(
                      row(
                          Column.NAMA_USAHA,
                          name,
                          Column.NIB,
                          nib,
                          Column.KECAMATAN,
                          "Tamanan",
                          Column.FOTO,
                          "lama.jpg, baru.jpg")),
                  List.of()),
              Uploads.zip(Map.of("lama.jpg", old, "baru.jpg", added)));
      assertEquals(1, second.counts().businessDuplicate(), second.toString());
      long batch2 = confirmAndWait(a(), second.batchId(), DuplicateChoice.UPDATE);
      assertEquals(1, await(a(), batch2).getUpdatedCount());
      work.runAs(
          a(),
          () ->
              assertEquals(
                  List.of(hash(old), hash(added)),
                  hashes(PhotoOwner.business(businessSlug(name))),
                  "the photo it had is not added twice"));
      undo(a(), batch2);
      work.runAs(
          a(),
          () -> {
            List<Photo> left = photos.of(PhotoOwner.business(businessSlug(name)));
            assertEquals(List.of(hash(old)), left.stream().map(Photo::getHash).toList());
            assertTrue(left.get(0).isPrimary());
          });
    } finally {
      undo(a(), batch1);
    }
  }

  @Test
  void aMissingPhotoAndACorruptJpegAreRowErrorsInIndonesian() throws Exception {
    String m = marker();
    byte[] file =
        workbook(
            List.of(
                row(
                    Column.NAMA_USAHA,
                    "Hilang Foto " + m,
                    Column.KECAMATAN,
                    "Tamanan",
                    Column.FOTO,
                    "hilang.jpg")),
            List.of(
                row(
                    Column.NAMA_USAHA,
                    "Hilang Foto " + m,
                    Column.NAMA_PRODUK,
                    "Rusak " + m,
                    Column.FOTO,
                    "rusak.jpg")));
    ImportPreview preview =
        preview(a(), file, Uploads.zip(Map.of("rusak.jpg", HostileImages.truncatedJpeg())));
    assertEquals(1, preview.counts().businessError(), preview.errors().toString());
    assertEquals(1, preview.counts().productError(), preview.errors().toString());
    assertFalse(preview.isConfirmable());
    RowError missing = preview.errors().get(0);
    assertEquals(ImportSheet.USAHA, missing.sheet());
    assertEquals(Column.FOTO, missing.column());
    assertEquals("Foto hilang.jpg tidak ada di ZIP foto.", indonesian(missing));
    RowError broken = preview.errors().get(1);
    assertEquals(ImportSheet.PRODUK, broken.sheet());
    assertEquals(Column.FOTO, broken.column());
    assertEquals("Foto rusak.jpg rusak atau tidak lengkap.", indonesian(broken));
    // The annotated workbook to download has them too.
    for (ImportSheet sheet : ImportSheet.values()) {
      ByteArrayOutputStream annotated = new ByteArrayOutputStream();
      ConsoleUser operator = Actors.operator(a());
      work.runAs(a(), () -> errors.write(operator, preview.batchId(), sheet, annotated));
      try (XSSFWorkbook book =
          new XSSFWorkbook(new ByteArrayInputStream(annotated.toByteArray()))) {
        Row row = book.getSheet(sheet.sheetName()).getRow(1);
        String errors = row.getCell(row.getLastCellNum() - 1).getStringCellValue();
        assertTrue(
            errors.contains(sheet == ImportSheet.USAHA ? "hilang.jpg" : "rusak.jpg"), errors);
      }
    }

    // Without a ZIP the names are not checked, and the operator is told they stay unattached.
    ImportPreview noZip = preview(a(), file, null);
    assertEquals(0, noZip.counts().errors(), noZip.errors().toString());
    assertTrue(noZip.photos().isUnattached());
    assertEquals(
        "Kolom foto terisi di 2 baris, tetapi tidak ada ZIP foto: foto tidak akan dilampirkan."
            + " Unggah ZIP fotonya lalu periksa lagi bila foto ingin dilampirkan.",
        MessageFormat.format(ID.getString("import.photos.unattached"), 2));
  }

  @Test
  void aZipBombIsRefusedAndUnsafeNamesAreIgnoredAndListed() throws Exception {
    String m = marker();
    byte[] file =
        workbook(
            List.of(
                row(
                    Column.NAMA_USAHA,
                    "Bom Foto " + m,
                    Column.KECAMATAN,
                    "Tamanan",
                    Column.FOTO,
                    "jahat.jpg")),
            List.of());
    ImportFileException bomb =
        assertThrows(
            ImportFileException.class,
            () -> preview(a(), file, Uploads.photoZipBomb("jahat.jpg", 300)));
    assertEquals("import.photos.zipBomb", bomb.messageKey());
    assertEquals(
        "ZIP foto ini tidak wajar (isinya mengembang terlalu besar) dan ditolak.",
        ID.getString(bomb.messageKey()));

    Map<String, byte[]> traversal = new LinkedHashMap<>();
    traversal.put("../jahat.jpg", photo(m + "jahat", 40, 30));
    traversal.put("foto/../../../etc/jahat.jpg", photo(m + "jahat2", 40, 30));
    ImportPreview preview = preview(a(), file, Uploads.zip(traversal));
    assertEquals(
        List.of("../jahat.jpg", "foto/../../../etc/jahat.jpg"), preview.photos().unsafeNames());
    assertEquals(0, preview.photos().inZip());
    assertEquals(1, preview.counts().businessError());
    assertEquals("Foto jahat.jpg tidak ada di ZIP foto.", indonesian(preview.errors().get(0)));
    assertEquals(
        "Berkas di ZIP ini diabaikan karena namanya tidak aman (keluar dari folder):"
            + " ../jahat.jpg, foto/../../../etc/jahat.jpg",
        MessageFormat.format(
            ID.getString("import.photos.unsafe"), preview.photos().getUnsafeList()));
  }

  @Test
  void aPhotoThatFailsWhileWritingTakesTheWholeBatchBackWithItsFiles() throws Exception {
    String m = marker();
    byte[] good = photo(m + "baik", 70, 50);
    byte[] file =
        workbook(
            List.of(
                row(
                    Column.NAMA_USAHA,
                    "Gagal Foto " + m,
                    Column.KECAMATAN,
                    "Tamanan",
                    Column.FOTO,
                    "baik.jpg")),
            List.of(
                row(
                    Column.NAMA_USAHA,
                    "Gagal Foto " + m,
                    Column.NAMA_PRODUK,
                    "Gagal " + m,
                    Column.FOTO,
                    "nanti-rusak.jpg")));
    ImportPreview preview =
        preview(
            a(),
            file,
            Uploads.zip(Map.of("baik.jpg", good, "nanti-rusak.jpg", photo(m + "x", 40, 30))));
    assertEquals(0, preview.counts().errors(), preview.errors().toString());
    // The kept ZIP changes between preview and write, as a disk fault would.
    Path kept = staging.photos(a().id(), preview.batchId()).orElseThrow();
    Path changed = Files.createTempFile("import-photos-it-", ".zip");
    Files.write(
        changed,
        Uploads.zip(Map.of("baik.jpg", good, "nanti-rusak.jpg", HostileImages.truncatedJpeg())));
    Files.move(changed, kept, StandardCopyOption.REPLACE_EXISTING);

    ConsoleUser operator = Actors.operator(a());
    work.runAs(a(), () -> imports.confirm(operator, preview.batchId(), Map.of(), null, false));
    ImportBatch failed = await(a(), preview.batchId());
    assertEquals(ImportStatus.FAILED, failed.getStatus());
    assertTrue(failed.getFailure().contains("foto:import.error.photoBroken"), failed.getFailure());
    work.runAs(
        a(),
        () ->
            assertTrue(
                businesses.findAll().stream().noneMatch(b -> b.getName().contains(m)),
                "nothing written"));
    assertFalse(
        storage.get(a().id() + "/" + hash(good) + "-70.jpg").isPresent(),
        "the good photo's file went with the rollback");
  }

  // --- helpers -----------------------------------------------------------------------------

  /** A small JPEG no other test has: its comment makes its content, and so its hash, unique. */
  private static byte[] photo(String comment, int width, int height) throws IOException {
    return HostileImages.withComment(HostileImages.photo(width, height), comment);
  }

  private static String hash(byte[] photo) {
    return ImagePipeline.hashOf(photo);
  }

  private List<String> hashes(PhotoOwner owner) {
    return photos.of(owner).stream().map(Photo::getHash).toList();
  }

  private String businessSlug(String name) {
    return businesses.findAll().stream()
        .filter(b -> b.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no business " + name))
        .getSlug();
  }

  private String productSlug(String name) {
    return products.findAll().stream()
        .filter(p -> p.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no product " + name))
        .getSlug();
  }

  private static String indonesian(RowError error) {
    return MessageFormat.format(ID.getString(error.messageKey()), error.arguments().toArray());
  }

  private ImportPreview preview(TenantSnapshot t, byte[] file, byte[] zip) throws IOException {
    Path upload = temp(file);
    Path photos = zip == null ? null : temp(zip);
    ConsoleUser operator = Actors.operator(t);
    return work.callAs(
        t,
        () ->
            imports.preview(
                operator, new ImportUpload("foto.xlsx", upload, null, photos), null, null));
  }

  private long confirmAndWait(TenantSnapshot t, long batchId) {
    return confirmAndWait(t, batchId, DuplicateChoice.SKIP);
  }

  private long confirmAndWait(TenantSnapshot t, long batchId, DuplicateChoice otherwise) {
    ConsoleUser operator = Actors.operator(t);
    work.runAs(t, () -> imports.confirm(operator, batchId, Map.of(), otherwise, false));
    ImportBatch done = await(t, batchId);
    assertEquals(ImportStatus.DONE, done.getStatus(), done.getFailure());
    return batchId;
  }

  private ImportBatch await(TenantSnapshot t, long batchId) {
    ConsoleUser reader = Actors.operator(t);
    long until = System.currentTimeMillis() + 180_000;
    while (true) {
      ImportBatch batch = work.callAs(t, () -> imports.batch(reader, batchId).orElseThrow());
      if (batch.getStatus() != ImportStatus.RUNNING || System.currentTimeMillis() > until) {
        return batch;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return batch;
      }
    }
  }

  private void undo(TenantSnapshot t, long batchId) {
    ConsoleUser operator = Actors.operator(t);
    work.runAs(t, () -> undo.undo(operator, batchId));
  }

  private static byte[] workbook(List<Map<String, String>> usaha, List<Map<String, String>> produk)
      throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      fill(book.createSheet("usaha"), ImportSheet.USAHA, usaha);
      if (!produk.isEmpty()) {
        fill(book.createSheet("produk"), ImportSheet.PRODUK, produk);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    }
  }

  private static void fill(Sheet sheet, ImportSheet kind, List<Map<String, String>> rows) {
    Row top = sheet.createRow(0);
    for (int i = 0; i < kind.columns().size(); i++) {
      top.createCell(i).setCellValue(kind.columns().get(i));
    }
    int next = 1;
    for (Map<String, String> values : rows) {
      Row row = sheet.createRow(next++);
      for (int i = 0; i < kind.columns().size(); i++) {
        String value = values.getOrDefault(kind.columns().get(i), "");
        if (!value.isEmpty()) {
          row.createCell(i).setCellValue(value);
        }
      }
    }
  }

  private static Map<String, String> row(String... pairs) {
    Map<String, String> row = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      row.put(pairs[i], pairs[i + 1]);
    }
    return row;
  }

  private static Path temp(byte[] bytes) throws IOException {
    Path file = Files.createTempFile("import-photos-it-", ".upload");
    Files.write(file, bytes);
    return file;
  }

  private static String marker() {
    return "uji" + UUID.randomUUID().toString().substring(0, 8);
  }

  private TenantSnapshot a() {
    return directory.bySlug("bondowoso").orElseThrow();
  }

  private TenantSnapshot b() {
    return directory.bySlug("situbondo").orElseThrow();
  }
}
