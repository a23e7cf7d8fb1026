package id.etalase.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import id.etalase.common.InvalidInputException;
import id.etalase.health.OutOfMemoryRecord;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImagePipelineTest {

  private final ImagePipeline pipeline = new ImagePipeline();

  @Test
  void aHeldImageIsScaledDownToOneWidthButNeverUp() throws Exception {
    ProcessedImage.Variant copy = pipeline.scaled(HostileImages.photo(1600, 500), 800);
    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(copy.jpeg()));
    assertEquals(800, decoded.getWidth());
    assertEquals(250, decoded.getHeight());
    assertEquals(800, copy.width());
    ProcessedImage.Variant small = pipeline.scaled(HostileImages.photo(640, 200), 800);
    assertEquals(640, ImageIO.read(new ByteArrayInputStream(small.jpeg())).getWidth());
  }

  @Test
  void theSizeIsReadFromTheHeaderAndNothingElseIsARaster() throws Exception {
    assertEquals(
        java.util.Optional.of(new ImageFormat.Size(1600, 500)),
        ImageFormat.size(HostileImages.photo(1600, 500)));
    assertEquals(
        java.util.Optional.empty(),
        ImageFormat.size(
            "<svg viewBox=\"0 0 10 10\"/>".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    byte[] brokenHeader = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xc0, 0, 1};
    assertEquals(java.util.Optional.empty(), ImageFormat.size(brokenHeader));
  }

  @Test
  void aPhotoBecomesThreeWidthsOfPlainJpeg() throws Exception {
    ProcessedImage image = pipeline.process(HostileImages.photo(2000, 1500));
    assertEquals(List.of(320, 640, 1280), image.variants().stream().map(v -> v.width()).toList());
    assertEquals(960, image.variants().get(2).height());
    for (ProcessedImage.Variant v : image.variants()) {
      BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(v.jpeg()));
      assertEquals(v.width(), decoded.getWidth());
      assertEquals(v.height(), decoded.getHeight());
      assertTrue(v.fileName(image.hash()).matches("[0-9a-f]{24}-\\d+\\.jpg"));
    }
  }

  @Test
  void smallPhotosAreNotEnlarged() throws Exception {
    ProcessedImage image = pipeline.process(HostileImages.photo(500, 400));
    assertEquals(List.of(320), image.variants().stream().map(v -> v.width()).toList());
    ProcessedImage tiny = pipeline.process(HostileImages.photo(100, 80));
    assertEquals(List.of(100), tiny.variants().stream().map(v -> v.width()).toList());
  }

  @Test
  void transparentPngsGetAWhiteBackground() throws Exception {
    ProcessedImage image = pipeline.process(HostileImages.transparentPng(400, 300));
    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image.variants().get(0).jpeg()));
    assertTrue((decoded.getRGB(10, 10) & 0xffffff) > 0xf0f0f0, "white, not black");
  }

  @Test
  void aPhonePhotoIsTurnedUprightAndLosesItsGpsPosition() throws Exception {
    byte[] upload = HostileImages.phonePhotoWithGps();
    Metadata before = ImageMetadataReader.readMetadata(new ByteArrayInputStream(upload));
    assertNotNull(before.getFirstDirectoryOfType(GpsDirectory.class), "the test photo has GPS");
    assertEquals(6, ImageDrawing.orientation(upload));

    ProcessedImage image = pipeline.process(upload);
    assertEquals(600, image.width(), "turned: 800 x 600 becomes 600 x 800");
    assertEquals(800, image.height());
    for (ProcessedImage.Variant v : image.variants()) {
      Metadata after = ImageMetadataReader.readMetadata(new ByteArrayInputStream(v.jpeg()));
      assertNull(after.getFirstDirectoryOfType(GpsDirectory.class), "GPS survived");
      assertNull(after.getFirstDirectoryOfType(ExifIFD0Directory.class), "EXIF survived");
    }
  }

  @Test
  void aDecompressionBombIsRefusedFromItsHeader() throws Exception {
    byte[] bomb = HostileImages.decompressionBomb();
    assertTrue(bomb.length < 100_000, "tiny file: " + bomb.length);
    assertRefused(bomb, "problem.photoPixels");
  }

  @Test
  void brokenAndForeignFilesAreRefused() throws Exception {
    assertRefused(HostileImages.truncatedJpeg(), "problem.photoBroken");
    assertRefused(HostileImages.svgWithScript(), "problem.photoFormat");
    assertRefused("GIF89a....".getBytes(StandardCharsets.US_ASCII), "problem.photoFormat");
    assertRefused(new byte[0], "problem.photoFormat");
    assertRefused(
        new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, 1, 2}, "problem.photoBroken");
  }

  @Test
  void aPolyglotIsReencodedSoNothingButPixelsRemains() throws Exception {
    ProcessedImage image = pipeline.process(HostileImages.polyglot());
    for (ProcessedImage.Variant v : image.variants()) {
      String bytes = new String(v.jpeg(), StandardCharsets.ISO_8859_1);
      assertFalse(bytes.contains("<script"), "script survived");
      assertFalse(bytes.contains("PK\u0003\u0004"), "zip survived");
    }
  }

  @Test
  void oversizedUploadsAreRefusedWhileReading() throws Exception {
    byte[] big = HostileImages.fiftyMegabytes();
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> pipeline.readCapped(new ByteArrayInputStream(big)));
    assertEquals("problem.photoTooLarge", e.problems().get(0).messageKey());
    assertRefused(big, "problem.photoTooLarge");
  }

  // --- memory: subsampled decodes (issue #10) -------------------------------------------------

  @Test
  void aFlatPngOf6300SquareIsDecodedSubsampledNeverAtFullResolution() throws Exception {
    byte[] png = HostileImages.flatPng(6300, 6300, 0xcc3300, 0x0033cc, false);
    assertTrue(png.length < 200_000, "a small file, as in the report: " + png.length);
    long fullResolutionRgb = 6300L * 6300 * 4;

    long allocated = allocatedBy(() -> assertVariants(pipeline.process(png), 6300, 6300));
    assertTrue(
        allocated < fullResolutionRgb,
        "allocated " + (allocated >> 20) + " MB, a full-resolution RGB copy is 151 MB");
  }

  @Test
  void fortyMegapixelJpegAndPngAreDecodedSubsampled() throws Exception {
    for (byte[] upload :
        List.of(
            HostileImages.photo(7296, 5472),
            HostileImages.flatPng(7296, 5472, 0xff0000, 0x0000ff, false),
            HostileImages.flatPng(7296, 5472, 0xff0000, 0x0000ff, true))) {
      long allocated =
          allocatedBy(
              () -> {
                ProcessedImage image = pipeline.process(upload);
                assertVariants(image, 7296, 5472);
                assertEquals(List.of(240, 480, 960), heights(image));
                assertLeftRedRightBlue(image.variants().get(0));
              });
      assertTrue(
          allocated < 7296L * 5472 * 4,
          "allocated " + (allocated >> 20) + " MB, a full-resolution RGB copy is 152 MB");
    }
  }

  @Test
  void aLargeTurnedPhonePhotoIsSubsampledThenTurnedUpright() throws Exception {
    // As stored 6000 x 4000, red left half; orientation 6 turns it right, 8 turns it left.
    ProcessedImage right = pipeline.process(HostileImages.phonePhoto(6000, 4000, 6));
    assertVariants(right, 4000, 6000);
    assertEquals(List.of(480, 960, 1920), heights(right));
    assertColours(right.variants().get(0), 0xff0000, 0x0000ff, "turned right: red on top");

    ProcessedImage left = pipeline.process(HostileImages.phonePhoto(6000, 4000, 8));
    assertVariants(left, 4000, 6000);
    assertColours(left.variants().get(0), 0x0000ff, 0xff0000, "turned left: red at the bottom");
  }

  @Test
  void theSubsamplingDecodesAtMostTwiceTheKeptWidthAndAtMostItsSquare() {
    int photo = ImagePipeline.WIDTHS[ImagePipeline.WIDTHS.length - 1];
    assertEquals(1, DecodeSizing.subsampling(2000, 1500, photo, Integer.MAX_VALUE));
    assertEquals(1, DecodeSizing.subsampling(2560, 1920, photo, Integer.MAX_VALUE));
    assertEquals(2, DecodeSizing.subsampling(2561, 1920, photo, Integer.MAX_VALUE));
    assertEquals(3, DecodeSizing.subsampling(6300, 6300, photo, Integer.MAX_VALUE));
    assertEquals(3, DecodeSizing.subsampling(7296, 5472, photo, Integer.MAX_VALUE));
    // A tall strip: narrow enough, but too many pixels at 2x.
    assertEquals(3, DecodeSizing.subsampling(1280, 31_250, photo, Integer.MAX_VALUE));
    // A logo kept at 512 px on its longer side.
    assertEquals(5, DecodeSizing.subsampling(5000, 3000, 512, 512));
    for (long[] size : new long[][] {{6300, 6300}, {7296, 5472}, {1280, 31_250}, {40_000, 1000}}) {
      int s = DecodeSizing.subsampling(size[0], size[1], photo, Integer.MAX_VALUE);
      long decoded = -Math.floorDiv(-size[0], s) * -Math.floorDiv(-size[1], s);
      assertTrue(decoded <= DecodeSizing.MAX_DECODED_PIXELS, size[0] + " x " + size[1]);
    }
  }

  // --- WebP -----------------------------------------------------------------------------------

  @Test
  void lossyAndLosslessWebpAreDecodedSubsampled() throws Exception {
    ProcessedImage lossy = pipeline.process(HostileImages.lossyWebp());
    assertVariants(lossy, 2600, 160);
    assertLeftRedRightBlue(lossy.variants().get(0));
    ProcessedImage lossless = pipeline.process(HostileImages.losslessWebp(2000, 2000, 0xff336699));
    assertVariants(lossless, 2000, 2000);

    // TwelveMonkeys' reader honours the subsampling for both kinds (its frame is whole inside).
    for (byte[] webp :
        List.of(HostileImages.lossyWebp(), HostileImages.losslessWebp(2600, 160, 0xff336699))) {
      javax.imageio.ImageReader reader =
          new com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi().createReaderInstance();
      try (var in = ImageIO.createImageInputStream(new ByteArrayInputStream(webp))) {
        reader.setInput(in);
        javax.imageio.ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(2, 2, 0, 0);
        BufferedImage decoded = reader.read(0, param);
        assertEquals(1300, decoded.getWidth());
        assertEquals(80, decoded.getHeight());
      } finally {
        reader.dispose();
      }
    }
  }

  @Test
  void webpHasALowerPixelCapCheckedOnEveryFrameItDeclares() throws Exception {
    long cap = ImagePipeline.MAX_WEBP_PIXELS;
    assertEquals(4_000_000L, cap);
    assertRefused(HostileImages.losslessWebp(2001, 2000, 0xff336699), "problem.photoPixelsWebp");
    InvalidInputException lossy =
        assertThrows(
            InvalidInputException.class,
            () -> pipeline.process(HostileImages.lossyWebpHeader(7296, 5472)));
    assertEquals(
        List.of("7296 x 5472", 4L), lossy.problems().get(0).arguments(), "said in megapixels");
    assertRefused(HostileImages.losslessWebp(16383, 16383, 0xff336699), "problem.photoPixels");

    // 48 bytes: a 100 x 100 canvas around a 16383 x 16383 frame, gigabytes once decoded.
    byte[] sneaky = HostileImages.webpWithLargerFrameThanCanvas(100, 100, 16383, 16383);
    assertTrue(sneaky.length < 100);
    long allocated =
        allocatedBy(
            () -> {
              InvalidInputException e =
                  assertThrows(InvalidInputException.class, () -> pipeline.process(sneaky));
              assertEquals("problem.photoPixelsWebp", e.problems().get(0).messageKey());
              assertEquals("16383 x 16383", e.problems().get(0).arguments().get(0));
            });
    assertTrue(allocated < 64L << 20, "refused before decoding: " + (allocated >> 20) + " MB");
  }

  // --- the decode budget ------------------------------------------------------------------------

  @Test
  void whenTheBudgetIsSpentAnUploadIsRefusedPolitelyAndNothingIsDecoded() throws Exception {
    DecodeBudget budget = new DecodeBudget(200L << 20, Duration.ofMillis(200));
    ImagePipeline busy = new ImagePipeline(budget, new OutOfMemoryRecord());
    byte[] photo = HostileImages.photo(2000, 1500);

    DecodeBudget.Reservation held = budget.reserve(200L << 20);
    assertEquals(0, budget.freeMegabytes());
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> busy.process(photo));
    assertEquals("problem.photoBusy", refused.problems().get(0).messageKey());
    assertEquals("photo", refused.problems().get(0).field());
    assertEquals(0, budget.freeMegabytes(), "a refusal holds nothing");

    held.close();
    held.close(); // given back once only
    assertEquals(200, budget.freeMegabytes());
    assertEquals(3, busy.process(photo).variants().size());
    assertEquals(200, budget.freeMegabytes(), "given back after the decode");
  }

  @Test
  void anUploadWaitsForRoomAndDecodesWhenItComesInTime() throws Exception {
    DecodeBudget budget = new DecodeBudget(100L << 20, Duration.ofSeconds(30));
    ImagePipeline pipelineWithBudget = new ImagePipeline(budget, new OutOfMemoryRecord());
    byte[] photo = HostileImages.photo(2000, 1500);
    DecodeBudget.Reservation held = budget.reserve(100L << 20);
    java.util.concurrent.CompletableFuture<ProcessedImage> waiting =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> pipelineWithBudget.process(photo));
    Thread.sleep(300);
    assertFalse(waiting.isDone(), "it waits while the budget is spent");
    held.close();
    assertEquals(3, waiting.get().variants().size());
    assertEquals(100, budget.freeMegabytes());
  }

  @Test
  void eachDecodeReservesItsWorstCaseFromTheHeader() {
    long fortyMegapixels =
        DecodeSizing.worstCaseBytes(ImageFormat.JPEG, 7296, 5472, 7296L * 5472, 3);
    assertEquals(
        DecodeSizing.BYTES_PER_DECODE + 2432L * 1824 * DecodeSizing.BYTES_PER_DECODED_PIXEL,
        fortyMegapixels);
    long largest =
        DecodeSizing.BYTES_PER_DECODE
            + DecodeSizing.MAX_DECODED_PIXELS * DecodeSizing.BYTES_PER_DECODED_PIXEL;
    assertTrue(fortyMegapixels <= largest);
    long webp =
        DecodeSizing.worstCaseBytes(ImageFormat.WEBP, 100, 100, ImagePipeline.MAX_WEBP_PIXELS, 1);
    assertEquals(
        DecodeSizing.BYTES_PER_DECODE
            + ImagePipeline.MAX_WEBP_PIXELS * DecodeSizing.WEBP_BYTES_PER_PIXEL,
        webp,
        "WebP by its largest frame, not its canvas");
    assertEquals(
        Runtime.getRuntime().maxMemory() / 2 >> 20,
        new DecodeBudget().megabytes(),
        "half of the heap");
  }

  private static void assertVariants(ProcessedImage image, int width, int height) {
    assertEquals(width, image.width());
    assertEquals(height, image.height());
    assertEquals(List.of(320, 640, 1280), image.variants().stream().map(v -> v.width()).toList());
    for (ProcessedImage.Variant v : image.variants()) {
      assertEquals(Math.round((double) height * v.width() / width), v.height());
    }
  }

  private static List<Integer> heights(ProcessedImage image) {
    return image.variants().stream().map(v -> v.height()).toList();
  }

  private static void assertLeftRedRightBlue(ProcessedImage.Variant v) throws Exception {
    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(v.jpeg()));
    int y = decoded.getHeight() / 2;
    assertNear(0xff0000, decoded.getRGB(decoded.getWidth() / 8, y), "left is red");
    assertNear(0x0000ff, decoded.getRGB(decoded.getWidth() * 7 / 8, y), "right is blue");
  }

  private static void assertColours(ProcessedImage.Variant v, int top, int bottom, String what)
      throws Exception {
    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(v.jpeg()));
    int x = decoded.getWidth() / 2;
    assertNear(top, decoded.getRGB(x, decoded.getHeight() / 8), what);
    assertNear(bottom, decoded.getRGB(x, decoded.getHeight() * 7 / 8), what);
  }

  private static void assertNear(int expected, int argb, String what) {
    for (int shift : new int[] {16, 8, 0}) {
      int e = expected >> shift & 0xff;
      int a = argb >> shift & 0xff;
      assertTrue(Math.abs(e - a) < 40, what + ": " + Integer.toHexString(argb & 0xffffff));
    }
  }

  /** The heap this thread allocated while running {@code work}, garbage included. */
  private static long allocatedBy(ThrowingRunnable work) throws Exception {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    assumeTrue(threads.isThreadAllocatedMemorySupported(), "the JVM counts allocations");
    long id = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(id);
    work.run();
    return threads.getThreadAllocatedBytes(id) - before;
  }

  private interface ThrowingRunnable {
    void run() throws Exception;
  }

  private void assertRefused(byte[] upload, String key) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> pipeline.process(upload));
    assertEquals(key, e.problems().get(0).messageKey(), e.getMessage());
    assertEquals("photo", e.problems().get(0).field());
  }
}
