package id.etalase.media;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The drawing steps of {@link ImagePipeline} on an image already decoded within its budget: read
 * the EXIF orientation and turn the image upright, scale it, encode it as JPEG without metadata.
 * Pure functions, apart from the pipeline's checks and budget.
 */
final class ImageDrawing {

  private static final float JPEG_QUALITY = 0.82f;

  private ImageDrawing() {}

  /** The EXIF orientation (1 to 8), or 1 when there is none or it cannot be read. */
  static int orientation(byte[] upload) {
    try {
      Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(upload));
      ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
      if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
        int o = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
        return o >= 1 && o <= 8 ? o : 1;
      }
    } catch (ImageProcessingException | IOException | MetadataException | RuntimeException e) {
      // Unreadable metadata is dropped anyway; the photo is kept as it is drawn.
    }
    return 1;
  }

  /** Draws the image the way the camera meant it to be seen. */
  static BufferedImage orient(BufferedImage src, int orientation) {
    if (orientation <= 1) {
      return rgb(src);
    }
    int w = src.getWidth();
    int h = src.getHeight();
    boolean swap = orientation >= 5;
    AffineTransform t = new AffineTransform();
    switch (orientation) {
      case 2 -> t.setTransform(-1, 0, 0, 1, w, 0);
      case 3 -> t.setTransform(-1, 0, 0, -1, w, h);
      case 4 -> t.setTransform(1, 0, 0, -1, 0, h);
      case 5 -> t.setTransform(0, 1, 1, 0, 0, 0);
      case 6 -> t.setTransform(0, 1, -1, 0, h, 0);
      case 7 -> t.setTransform(0, -1, -1, 0, h, w);
      case 8 -> t.setTransform(0, -1, 1, 0, 0, w);
      default -> {}
    }
    BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.drawImage(src, t, null);
    g.dispose();
    return out;
  }

  private static BufferedImage rgb(BufferedImage src) {
    if (src.getType() == BufferedImage.TYPE_INT_RGB) {
      return src;
    }
    BufferedImage out =
        new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setColor(java.awt.Color.WHITE); // transparent PNG areas become white, not black
    g.fillRect(0, 0, out.getWidth(), out.getHeight());
    g.drawImage(src, 0, 0, null);
    g.dispose();
    return out;
  }

  static BufferedImage scale(BufferedImage src, int w, int h) {
    if (w == src.getWidth() && h == src.getHeight()) {
      return src;
    }
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.drawImage(src, 0, 0, w, h, null);
    g.dispose();
    return out;
  }

  /** Encodes with no metadata at all: no EXIF, no GPS, no comments. */
  static byte[] jpeg(BufferedImage image) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(JPEG_QUALITY);
      param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot encode JPEG", e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
