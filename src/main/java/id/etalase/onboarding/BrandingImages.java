package id.etalase.onboarding;

import id.etalase.common.InvalidInputException;
import id.etalase.common.Problem;
import id.etalase.media.ImagePipeline;
import id.etalase.tenant.AssetKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Checks an uploaded logo or hero image and re-encodes it. PNG, JPEG and WebP only, recognised by
 * their bytes; SVG is refused because it can carry script. The photo pipeline's checks apply (pixel
 * count from the header before decoding, truncated files refused, EXIF orientation), plus sizes
 * that make sense for a masthead. The logo becomes a PNG of at most 512 px (transparency kept), the
 * hero a JPEG of at most 1600 px wide; no metadata survives either.
 */
@ApplicationScoped
public class BrandingImages {

  public static final int MAX_BYTES = 2 * 1024 * 1024;
  static final long MAX_PIXELS = 16_000_000L;
  static final int LOGO_MIN = 64;
  static final int LOGO_MAX = 512;
  static final int HERO_MIN_WIDTH = 640;
  static final int HERO_MIN_HEIGHT = 200;
  static final int HERO_MAX_WIDTH = 1600;

  @Inject private ImagePipeline pipeline;

  /**
   * @throws InvalidInputException naming the field {@code logo} or {@code hero}
   */
  public BrandingImage prepare(AssetKind kind, byte[] upload) {
    String field = kind.name().toLowerCase(java.util.Locale.ROOT);
    if (upload == null || upload.length == 0) {
      throw refused(field, "problem.imageFormat");
    }
    if (upload.length > MAX_BYTES) {
      throw refused(field, "problem.imageTooLarge", MAX_BYTES / (1024 * 1024));
    }
    try {
      return pipeline.decodeChecked(
          upload,
          MAX_PIXELS,
          kind == AssetKind.LOGO ? LOGO_MAX : HERO_MAX_WIDTH,
          kind == AssetKind.LOGO ? LOGO_MAX : Integer.MAX_VALUE,
          decoded -> reencode(kind, field, decoded));
    } catch (InvalidInputException refused) {
      Problem p = refused.problems().get(0);
      if (p.field().equals(field)) {
        throw refused;
      }
      String key =
          p.messageKey().equals("problem.photoFormat") ? "problem.imageFormat" : p.messageKey();
      throw new InvalidInputException(List.of(new Problem(field, key, p.arguments())));
    }
  }

  /**
   * Checks the original's size and re-encodes the decoded image, which may be subsampled (at most
   * twice the size kept); runs while the pipeline holds the decode's memory.
   */
  private static BrandingImage reencode(AssetKind kind, String field, ImagePipeline.Decoded in) {
    int w = in.width();
    int h = in.height();
    if (kind == AssetKind.LOGO) {
      if (w < LOGO_MIN || h < LOGO_MIN || w > 4 * h || h > 4 * w) {
        throw refused(field, "problem.logoSize", w + " x " + h, LOGO_MIN);
      }
      double scale = Math.min(1.0, (double) LOGO_MAX / Math.max(w, h));
      BufferedImage out = scale(in.image(), w, h, scale, BufferedImage.TYPE_INT_ARGB);
      return new BrandingImage(kind, "image/png", png(out), out.getWidth(), out.getHeight());
    }
    if (w < HERO_MIN_WIDTH || h < HERO_MIN_HEIGHT || w < h) {
      throw refused(field, "problem.heroSize", w + " x " + h, HERO_MIN_WIDTH, HERO_MIN_HEIGHT);
    }
    double scale = Math.min(1.0, (double) HERO_MAX_WIDTH / w);
    BufferedImage out = scale(in.image(), w, h, scale, BufferedImage.TYPE_INT_RGB);
    return new BrandingImage(kind, "image/jpeg", jpeg(out), out.getWidth(), out.getHeight());
  }

  /** Draws {@code src} at {@code scale} of the original's size {@code width} x {@code height}. */
  private static BufferedImage scale(
      BufferedImage src, int width, int height, double scale, int type) {
    int w = Math.max(1, (int) Math.round(width * scale));
    int h = Math.max(1, (int) Math.round(height * scale));
    BufferedImage out = new BufferedImage(w, h, type);
    Graphics2D g = out.createGraphics();
    if (type == BufferedImage.TYPE_INT_RGB) {
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, w, h);
    }
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.drawImage(src, 0, 0, w, h, null);
    g.dispose();
    return out;
  }

  private static byte[] png(BufferedImage image) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot encode PNG", e);
    }
    return bytes.toByteArray();
  }

  private static byte[] jpeg(BufferedImage image) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.85f);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot encode JPEG", e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  private static InvalidInputException refused(String field, String key, Object... arguments) {
    return new InvalidInputException(List.of(new Problem(field, key, List.of(arguments))));
  }
}
