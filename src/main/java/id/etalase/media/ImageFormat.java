package id.etalase.media;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The photo formats accepted, told apart by their first bytes (magic numbers), never by the file
 * name or the declared content type. SVG, GIF, HEIC and everything else are refused.
 */
public enum ImageFormat {
  JPEG,
  PNG,
  WEBP;

  public static Optional<ImageFormat> sniff(byte[] head) {
    if (head.length >= 3
        && (head[0] & 0xff) == 0xff
        && (head[1] & 0xff) == 0xd8
        && (head[2] & 0xff) == 0xff) {
      return Optional.of(JPEG);
    }
    if (head.length >= 8
        && (head[0] & 0xff) == 0x89
        && head[1] == 'P'
        && head[2] == 'N'
        && head[3] == 'G'
        && head[4] == 0x0d
        && head[5] == 0x0a
        && head[6] == 0x1a
        && head[7] == 0x0a) {
      return Optional.of(PNG);
    }
    if (head.length >= 12
        && head[0] == 'R'
        && head[1] == 'I'
        && head[2] == 'F'
        && head[3] == 'F'
        && head[8] == 'W'
        && head[9] == 'E'
        && head[10] == 'B'
        && head[11] == 'P') {
      return Optional.of(WEBP);
    }
    return Optional.empty();
  }

  /** A fresh reader of this format: the JDK's own, or TwelveMonkeys' for WebP. */
  ImageReader newReader() throws IOException {
    if (this == WEBP) {
      return new WebPImageReaderSpi().createReaderInstance();
    }
    Iterator<ImageReader> readers =
        ImageIO.getImageReadersByFormatName(this == PNG ? "png" : "jpeg");
    // The JDK's own readers, never a plugin that another library registered globally.
    while (readers.hasNext()) {
      ImageReader r = readers.next();
      if (r.getClass().getName().startsWith("com.sun.imageio.")) {
        return r;
      }
    }
    throw new IllegalStateException("The JDK has no " + this + " reader");
  }

  /** The upright size an image declares. */
  public record Size(int width, int height) {}

  /**
   * The upright size a JPEG, PNG or WebP declares in its header, without decoding it: empty for
   * anything else (SVG) or a header that cannot be read.
   */
  public static Optional<Size> size(byte[] image) {
    Optional<ImageFormat> format = sniff(image);
    if (format.isEmpty()) {
      return Optional.empty();
    }
    ImageReader reader;
    try {
      reader = format.get().newReader();
    } catch (IOException e) {
      return Optional.empty();
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
      reader.setInput(in, true, true);
      int width = reader.getWidth(0);
      int height = reader.getHeight(0);
      boolean turned = format.get() == ImageFormat.JPEG && ImageDrawing.orientation(image) >= 5;
      return Optional.of(turned ? new Size(height, width) : new Size(width, height));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    } finally {
      reader.dispose();
    }
  }
}
