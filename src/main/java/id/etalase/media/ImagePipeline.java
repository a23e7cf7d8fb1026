package id.etalase.media;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import id.etalase.platform.InvalidInputException;
import id.etalase.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Turns an uploaded photo into safe, light files, or refuses it with a reason. In order: cap the
 * size while reading; recognise the format from its magic bytes; read the dimensions from the
 * header and refuse too many pixels before decoding anything; decode, refusing truncated or broken
 * files; apply the EXIF orientation; re-encode at fixed widths as JPEG without any metadata (so no
 * GPS position leaves the phone). Nothing of the upload is ever served as it came.
 *
 * <p>JPEG rather than WebP output: the JDK has no WebP encoder and none is published as pure Java.
 */
@ApplicationScoped
public class ImagePipeline {

  public static final int MAX_BYTES = 15 * 1024 * 1024;
  public static final long MAX_PIXELS = 40_000_000L;
  public static final int[] WIDTHS = {320, 640, 1280};
  private static final float JPEG_QUALITY = 0.82f;

  /** Reads at most {@link #MAX_BYTES}, refusing the upload as soon as it is larger. */
  public byte[] readCapped(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw refused("problem.photoTooLarge", MAX_BYTES / (1024 * 1024));
    }
    return bytes;
  }

  public ProcessedImage process(byte[] upload) {
    if (upload.length > MAX_BYTES) {
      throw refused("problem.photoTooLarge", MAX_BYTES / (1024 * 1024));
    }
    ImageFormat format =
        ImageFormat.sniff(upload).orElseThrow(() -> refused("problem.photoFormat"));
    BufferedImage decoded = decode(upload, format);
    BufferedImage upright = orient(decoded, orientation(upload));
    String hash = sha256(upload);
    List<ProcessedImage.Variant> variants = new ArrayList<>();
    for (int width : WIDTHS) {
      if (width > upright.getWidth() && !variants.isEmpty()) {
        break; // never upscale; the smallest variant is always made
      }
      int w = Math.min(width, upright.getWidth());
      int h = Math.max(1, Math.round((float) upright.getHeight() * w / upright.getWidth()));
      variants.add(new ProcessedImage.Variant(w, h, jpeg(scale(upright, w, h))));
    }
    return new ProcessedImage(hash, upright.getWidth(), upright.getHeight(), variants);
  }

  /**
   * Decodes an upload with the checks of {@link #process}: the format from its magic bytes, the
   * pixel count from the header before decoding ({@code maxPixels}), truncated files refused. JPEG
   * gets its EXIF orientation applied; PNG and WebP keep their transparency. For callers that
   * re-encode the image themselves, such as a tenant's logo.
   */
  public BufferedImage decodeChecked(byte[] upload, long maxPixels) {
    ImageFormat format =
        ImageFormat.sniff(upload).orElseThrow(() -> refused("problem.photoFormat"));
    if (format == ImageFormat.JPEG) {
      return orient(decode(upload, format, maxPixels), orientation(upload));
    }
    return decode(upload, format, maxPixels);
  }

  private BufferedImage decode(byte[] upload, ImageFormat format) {
    return decode(upload, format, MAX_PIXELS);
  }

  private BufferedImage decode(byte[] upload, ImageFormat format, long maxPixels) {
    ImageReader reader;
    try {
      reader = reader(format);
    } catch (IOException e) {
      throw new IllegalStateException("No reader for " + format, e);
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
      reader.setInput(in, true, true);
      long width = reader.getWidth(0);
      long height = reader.getHeight(0);
      if (width <= 0 || height <= 0 || width * height > maxPixels) {
        throw refused(
            "problem.photoPixels", width + " x " + height, Math.max(1, maxPixels / 1_000_000));
      }
      AtomicReference<String> warning = new AtomicReference<>();
      IIOReadWarningListener listener = (source, message) -> warning.compareAndSet(null, message);
      reader.addIIOReadWarningListener(listener);
      BufferedImage image = reader.read(0);
      // Decoders report a truncated file ("Premature end of JPEG file") as a warning, not an error.
      if (warning.get() != null) {
        throw refused("problem.photoBroken");
      }
      return image;
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidInputException invalid) {
        throw invalid;
      }
      throw refused("problem.photoBroken");
    } finally {
      reader.dispose();
    }
  }

  private static ImageReader reader(ImageFormat format) throws IOException {
    if (format == ImageFormat.WEBP) {
      return new WebPImageReaderSpi().createReaderInstance();
    }
    Iterator<ImageReader> readers =
        ImageIO.getImageReadersByFormatName(format == ImageFormat.PNG ? "png" : "jpeg");
    // The JDK's own readers, never a plugin that another library registered globally.
    while (readers.hasNext()) {
      ImageReader r = readers.next();
      if (r.getClass().getName().startsWith("com.sun.imageio.")) {
        return r;
      }
    }
    throw new IllegalStateException("The JDK has no " + format + " reader");
  }

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

  private static BufferedImage scale(BufferedImage src, int w, int h) {
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
  private static byte[] jpeg(BufferedImage image) {
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
