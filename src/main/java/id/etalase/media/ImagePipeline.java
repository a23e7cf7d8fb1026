package id.etalase.media;

import id.etalase.common.InvalidInputException;
import id.etalase.common.Problem;
import id.etalase.health.OutOfMemoryRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;

/**
 * Turns an uploaded photo into safe, light files, or refuses it with a reason. In order: cap the
 * size while reading; recognise the format from its magic bytes; read the dimensions from the
 * header and refuse too many pixels before decoding anything; reserve the decode's worst case in
 * the shared {@link DecodeBudget}; decode with subsampling, straight to at most twice the largest
 * width kept, refusing truncated or broken files; apply the EXIF orientation; re-encode at fixed
 * widths as JPEG without any metadata (so no GPS position leaves the phone). Nothing of the upload
 * is ever served as it came.
 *
 * <p>Memory: a 40 MP photo is never decoded at full resolution (that alone is 120 to 320 MB). The
 * JDK's JPEG and PNG readers honour {@code ImageReadParam.setSourceSubsampling} row by row, so a
 * decode holds at most {@link DecodeSizing#MAX_DECODED_PIXELS}, about {@link
 * DecodeSizing#BYTES_PER_DECODED_PIXEL} bytes each from decode to the last variant. TwelveMonkeys'
 * WebP reader keeps the whole frame whatever the subsampling (about 30 bytes a pixel for lossy
 * WebP, measured), so WebP has its own, lower pixel cap ({@link #MAX_WEBP_PIXELS}).
 *
 * <p>JPEG rather than WebP output: the JDK has no WebP encoder and none is published as pure Java.
 */
@ApplicationScoped
public class ImagePipeline {

  public static final int MAX_BYTES = 15 * 1024 * 1024;
  public static final long MAX_PIXELS = 40_000_000L;

  /** WebP is decoded whole (see the class comment): 4 MP cost about as much as a 40 MP JPEG. */
  public static final long MAX_WEBP_PIXELS = 4_000_000L;

  public static final int[] WIDTHS = {320, 640, 1280};

  private final DecodeBudget budget;
  private final OutOfMemoryRecord outOfMemory;

  /** A pipeline with a budget of its own, for tests and tools; the application injects the one. */
  public ImagePipeline() {
    this(new DecodeBudget(), new OutOfMemoryRecord());
  }

  @Inject
  public ImagePipeline(DecodeBudget budget, OutOfMemoryRecord outOfMemory) {
    this.budget = budget;
    this.outOfMemory = outOfMemory;
  }

  /** Reads at most {@link #MAX_BYTES}, refusing the upload as soon as it is larger. */
  public byte[] readCapped(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw refused("problem.photoTooLarge", MAX_BYTES / (1024 * 1024));
    }
    return bytes;
  }

  /**
   * @throws InvalidInputException when the file is refused, or {@code problem.photoBusy} when the
   *     server is decoding too much else to start it soon
   */
  public ProcessedImage process(byte[] upload) {
    if (upload.length > MAX_BYTES) {
      throw refused("problem.photoTooLarge", MAX_BYTES / (1024 * 1024));
    }
    ImageFormat format =
        ImageFormat.sniff(upload).orElseThrow(() -> refused("problem.photoFormat"));
    String hash = sha256(upload);
    int orientation = ImageDrawing.orientation(upload);
    int keptWidth = WIDTHS[WIDTHS.length - 1];
    return decode(
        upload,
        format,
        MAX_PIXELS,
        orientation,
        keptWidth,
        Integer.MAX_VALUE,
        decoded -> variants(ImageDrawing.orient(decoded.image(), orientation), decoded, hash));
  }

  /**
   * Refuses an upload as {@link #process} would, without making its files: the same checks, then a
   * decode at a few pixels' size, which still reads the whole file (so a truncated or broken one is
   * refused) but holds little memory. For the bulk import's preview.
   *
   * @throws InvalidInputException as {@link #process} does
   */
  public void verify(byte[] upload) {
    if (upload.length > MAX_BYTES) {
      throw refused("problem.photoTooLarge", MAX_BYTES / (1024 * 1024));
    }
    decodeChecked(upload, MAX_PIXELS, 8, 8, decoded -> Boolean.TRUE);
  }

  /** The content hash that {@link #process} names an upload's files by. */
  public static String hashOf(byte[] upload) {
    return sha256(upload);
  }

  /** An image as decoded, possibly subsampled, and the upright size of the original. */
  public record Decoded(BufferedImage image, int width, int height) {}

  /**
   * Decodes an upload with the checks of {@link #process}, subsampled to at most twice {@code
   * keptWidth} by {@code keptHeight}, and hands it to {@code work} while its memory is reserved in
   * the budget. JPEG gets its EXIF orientation applied; PNG and WebP keep their transparency. For
   * callers that re-encode the image themselves, such as a tenant's logo: {@code work} should
   * return only the small result, not the decoded image.
   *
   * @throws InvalidInputException as {@link #process} does
   */
  public <T> T decodeChecked(
      byte[] upload, long maxPixels, int keptWidth, int keptHeight, Function<Decoded, T> work) {
    ImageFormat format =
        ImageFormat.sniff(upload).orElseThrow(() -> refused("problem.photoFormat"));
    int orientation = format == ImageFormat.JPEG ? ImageDrawing.orientation(upload) : 1;
    return decode(
        upload,
        format,
        maxPixels,
        orientation,
        keptWidth,
        keptHeight,
        decoded ->
            work.apply(
                orientation == 1
                    ? decoded
                    : new Decoded(
                        ImageDrawing.orient(decoded.image(), orientation),
                        decoded.width(),
                        decoded.height())));
  }

  /**
   * A narrower copy of an image we already hold (a tenant's hero image), as a JPEG at most {@code
   * width} pixels wide without metadata, never enlarged: decoded subsampled within the budget, like
   * an upload, with the same checks.
   *
   * @throws InvalidInputException when the image cannot be read, or {@code problem.photoBusy} when
   *     the server is decoding too much else
   */
  public ProcessedImage.Variant scaled(byte[] image, int width) {
    if (width < 1) {
      throw new IllegalArgumentException("A width is at least 1 pixel: " + width);
    }
    return decodeChecked(
        image,
        MAX_PIXELS,
        width,
        Integer.MAX_VALUE,
        decoded -> {
          BufferedImage upright = ImageDrawing.orient(decoded.image(), 1); // opaque RGB
          return variant(upright, decoded, Math.min(width, decoded.width()));
        });
  }

  private <T> T decode(
      byte[] upload,
      ImageFormat format,
      long maxPixels,
      int orientation,
      int keptWidth,
      int keptHeight,
      Function<Decoded, T> work) {
    ImageReader reader;
    try {
      reader = format.newReader();
    } catch (IOException e) {
      throw new IllegalStateException("No reader for " + format, e);
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
      reader.setInput(in, true, true);
      long width;
      long height;
      try {
        width = reader.getWidth(0);
        height = reader.getHeight(0);
      } catch (IOException | RuntimeException e) {
        throw refused("problem.photoBroken");
      }
      if (width <= 0 || height <= 0 || width * height > maxPixels) {
        throw refused(
            "problem.photoPixels", width + " x " + height, Math.max(1, maxPixels / 1_000_000));
      }
      long decoderPixels = width * height;
      if (format == ImageFormat.WEBP) {
        WebPFrames.Size largest = WebPFrames.largest(upload);
        decoderPixels = Math.max(decoderPixels, largest.pixels());
        if (decoderPixels > Math.min(maxPixels, MAX_WEBP_PIXELS)) {
          String size =
              largest.pixels() > width * height
                  ? largest.width() + " x " + largest.height()
                  : width + " x " + height;
          throw refused(
              "problem.photoPixelsWebp",
              size,
              Math.max(1, Math.min(maxPixels, MAX_WEBP_PIXELS) / 1_000_000));
        }
      }
      boolean turned = orientation >= 5;
      long uprightWidth = turned ? height : width;
      long uprightHeight = turned ? width : height;
      int factor = DecodeSizing.subsampling(uprightWidth, uprightHeight, keptWidth, keptHeight);
      ImageReadParam param = reader.getDefaultReadParam();
      param.setSourceSubsampling(factor, factor, 0, 0);
      try (DecodeBudget.Reservation reserved =
          budget.reserve(
              DecodeSizing.worstCaseBytes(format, width, height, decoderPixels, factor))) {
        BufferedImage image = read(reader, param);
        return work.apply(new Decoded(image, (int) uprightWidth, (int) uprightHeight));
      }
    } catch (IOException e) {
      throw refused("problem.photoBroken");
    } catch (OutOfMemoryError e) {
      outOfMemory.record(e, "ImagePipeline, " + format);
      throw e;
    } finally {
      reader.dispose();
    }
  }

  /** Reads the first image; broken files, and truncated ones, are refused. */
  private static BufferedImage read(ImageReader reader, ImageReadParam param) {
    AtomicReference<String> warning = new AtomicReference<>();
    IIOReadWarningListener listener = (source, message) -> warning.compareAndSet(null, message);
    reader.addIIOReadWarningListener(listener);
    BufferedImage image;
    try {
      image = reader.read(0, param);
    } catch (IOException | RuntimeException e) {
      throw refused("problem.photoBroken");
    }
    // Decoders report a truncated file ("Premature end of JPEG file") as a warning, not an error.
    if (warning.get() != null) {
      throw refused("problem.photoBroken");
    }
    return image;
  }

  /** The fixed widths, never enlarged; heights follow the original's proportions. */
  private static ProcessedImage variants(BufferedImage upright, Decoded decoded, String hash) {
    List<ProcessedImage.Variant> variants = new ArrayList<>();
    for (int width : WIDTHS) {
      if (width > upright.getWidth() && !variants.isEmpty()) {
        break; // never upscale; the smallest variant is always made
      }
      variants.add(variant(upright, decoded, Math.min(width, upright.getWidth())));
    }
    return new ProcessedImage(hash, decoded.width(), decoded.height(), variants);
  }

  /** A JPEG {@code w} pixels wide, its height in the original's proportions. */
  private static ProcessedImage.Variant variant(BufferedImage upright, Decoded decoded, int w) {
    int h = (int) Math.max(1, Math.round((double) decoded.height() * w / decoded.width()));
    return new ProcessedImage.Variant(w, h, ImageDrawing.jpeg(ImageDrawing.scale(upright, w, h)));
  }

  private static String sha256(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static InvalidInputException refused(String key, Object... arguments) {
    return new InvalidInputException(List.of(new Problem("photo", key, List.of(arguments))));
  }
}
