package id.etalase.insight;

import id.etalase.tenant.AssetKind;
import id.etalase.tenant.Branding;
import id.etalase.tenant.TenantAsset;
import id.etalase.tenant.TenantRepository;
import id.etalase.tenant.TenantSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A regency's branding as the PDFs use it: its name, its colours and its logo. The logo is a PNG,
 * JPEG or WebP from the tenant's branding; an SVG logo (allowed from the platform's own files) is
 * left out, as PDFBox draws no SVG, and the name stands alone.
 */
@ApplicationScoped
public class Letterhead {

  private static final Logger LOG = Logger.getLogger(Letterhead.class.getName());

  @Inject private TenantRepository tenants;

  /** The tenant's colours for a PDF. */
  public record Colours(Color primary, Color secondary, Color accent) {}

  public static Colours colours(TenantSnapshot tenant) {
    Branding b = tenant.branding();
    return new Colours(
        Color.decode(b.getPrimaryColour()),
        Color.decode(b.getSecondaryColour()),
        Color.decode(b.getAccentColour()));
  }

  /** The tenant's logo placed into {@code document}, when it has one a PDF can show. */
  Optional<PDImageXObject> logo(TenantSnapshot tenant, PDDocument document) {
    Optional<TenantAsset> asset = tenants.findAsset(tenant.id(), AssetKind.LOGO);
    if (asset.isEmpty()) {
      return Optional.empty();
    }
    String type = asset.get().getContentType();
    byte[] content = asset.get().getContent();
    try {
      if ("image/jpeg".equals(type)) {
        return Optional.of(JPEGFactory.createFromByteArray(document, content));
      }
      if ("image/png".equals(type) || "image/webp".equals(type)) {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
        return image == null
            ? Optional.empty()
            : Optional.of(LosslessFactory.createFromImage(document, image));
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, tenant.slug() + ": the logo could not be drawn in a PDF", e);
    }
    return Optional.empty();
  }
}
