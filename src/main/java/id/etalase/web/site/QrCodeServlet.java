package id.etalase.web.site;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import id.etalase.catalog.PublicCatalog;
import id.etalase.tenant.CurrentTenant;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * QR codes of product and business pages, to print on stall posters and packaging: {@code
 * /{slug}/qr/produk/<product>.png} or {@code .svg}, and the same for {@code usaha}. They encode the
 * page's canonical URL, and exist only for published records.
 */
@WebServlet("/_qr/*")
public class QrCodeServlet extends HttpServlet {

  private static final Pattern PATH =
      Pattern.compile("/(produk|usaha)/([a-z0-9]+(?:-[a-z0-9]+)*)\\.(png|svg)");
  private static final int PNG_MODULE_PIXELS = 10;

  @Inject private PublicCatalog catalog;
  @Inject private CurrentTenant currentTenant;
  @Inject private SiteLinks links;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
    if (currentTenant.get().isEmpty() || !m.matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String kind = m.group(1);
    String slug = m.group(2);
    if (!catalog.isPublished(kind, slug)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    BitMatrix matrix = encode(links.canonical("/" + kind + "/" + slug));
    response.setHeader("Cache-Control", "public, max-age=86400");
    if (m.group(3).equals("svg")) {
      response.setContentType("image/svg+xml");
      response.setCharacterEncoding("UTF-8");
      response.getWriter().print(svg(matrix));
    } else {
      response.setContentType("image/png");
      response.getOutputStream().write(png(matrix));
    }
  }

  static BitMatrix encode(String url) {
    try {
      return new QRCodeWriter()
          .encode(
              url,
              BarcodeFormat.QR_CODE,
              0,
              0,
              Map.of(
                  EncodeHintType.ERROR_CORRECTION,
                  ErrorCorrectionLevel.M,
                  EncodeHintType.MARGIN,
                  4));
    } catch (WriterException e) {
      throw new IllegalStateException("Cannot encode " + url, e);
    }
  }

  /** One square path: scales to any print size without blur. */
  static String svg(BitMatrix matrix) {
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < matrix.getHeight(); y++) {
      for (int x = 0; x < matrix.getWidth(); x++) {
        if (matrix.get(x, y)) {
          path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
        }
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
        + matrix.getWidth()
        + " "
        + matrix.getHeight()
        + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
        + "<path fill=\"#000\" d=\""
        + path
        + "\"/></svg>";
  }

  static byte[] png(BitMatrix matrix) throws IOException {
    int size = matrix.getWidth() * PNG_MODULE_PIXELS;
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        boolean dark = matrix.get(x / PNG_MODULE_PIXELS, y / PNG_MODULE_PIXELS);
        image.setRGB(x, y, dark ? 0x000000 : 0xffffff);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
