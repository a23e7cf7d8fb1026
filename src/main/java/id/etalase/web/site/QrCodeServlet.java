package id.etalase.web.site;

import com.google.zxing.common.BitMatrix;
import id.etalase.catalog.PublicCatalog;
import id.etalase.common.RoutedName;
import id.etalase.tenant.CurrentTenant;
import id.etalase.web.QrCodes;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * QR codes of product and business pages, to print on stall posters and packaging: {@code
 * /{slug}/qr/produk/<product>.png} or {@code .svg}, and the same for {@code usaha}. They encode the
 * page's canonical URL, and exist only for published records.
 */
@WebServlet("/_qr/*")
public class QrCodeServlet extends HttpServlet {

  private static final Pattern PATH =
      Pattern.compile("(produk|usaha)/([a-z0-9]+(?:-[a-z0-9]+)*)\\.(png|svg)");
  private static final int PNG_MODULE_PIXELS = 10;

  @Inject private PublicCatalog catalog;
  @Inject private CurrentTenant currentTenant;
  @Inject private SiteLinks links;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher m = PATH.matcher(Objects.toString(request.getAttribute(RoutedName.ATTRIBUTE), ""));
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
    BitMatrix matrix = QrCodes.encode(links.canonical("/" + kind + "/" + slug));
    response.setHeader("Cache-Control", "public, max-age=86400");
    if (m.group(3).equals("svg")) {
      response.setContentType("image/svg+xml");
      response.setCharacterEncoding("UTF-8");
      response.getWriter().print(QrCodes.svg(matrix));
    } else {
      response.setContentType("image/png");
      response.getOutputStream().write(QrCodes.png(matrix, PNG_MODULE_PIXELS));
    }
  }
}
