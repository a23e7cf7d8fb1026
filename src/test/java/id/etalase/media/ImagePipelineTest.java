package id.etalase.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import id.etalase.platform.InvalidInputException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImagePipelineTest {

  private final ImagePipeline pipeline = new ImagePipeline();

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
    assertEquals(6, ImagePipeline.orientation(upload));

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

  private void assertRefused(byte[] upload, String key) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> pipeline.process(upload));
    assertEquals(key, e.problems().get(0).messageKey(), e.getMessage());
    assertEquals("photo", e.problems().get(0).field());
  }
}
