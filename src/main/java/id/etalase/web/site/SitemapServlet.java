package id.etalase.web.site;

import id.etalase.catalog.PublicCatalog;
import id.etalase.common.RoutedName;
import id.etalase.tenant.CurrentTenant;
import id.etalase.web.SiteRouter;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code /{slug}/sitemap.xml}, its files, and {@code /{slug}/robots.txt} (routed here by the site
 * router). The sitemap is an index, as the protocol wants once a site has more than 50,000 pages:
 * {@code sitemap-halaman.xml} (home, clusters, kecamatan), then {@code sitemap-usaha-N.xml} and
 * {@code sitemap-produk-N.xml}, each of at most {@code etalase.sitemap.urls-per-file} canonical
 * URLs, read page by page as slugs only. Gzipped for clients that accept it.
 */
@WebServlet({"/_sitemap", "/_robots"})
public class SitemapServlet extends HttpServlet {

  /** The sitemap protocol's limit of URLs in one file. */
  static final int PROTOCOL_LIMIT = 50_000;

  @Inject private PublicCatalog catalog;
  @Inject private CurrentTenant currentTenant;
  @Inject private SiteLinks links;

  @Inject
  @ConfigProperty(name = "etalase.sitemap.urls-per-file", defaultValue = "50000")
  private int urlsPerFile;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (currentTenant.get().isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setCharacterEncoding("UTF-8");
    if (request.getServletPath().equals("/_robots")) {
      response.setContentType("text/plain");
      PrintWriter out = response.getWriter();
      out.print("User-agent: *\nAllow: /\nDisallow: " + currentTenant.link("/cari") + "\n");
      // Lead redirects and view beacons are for visitors (TrafficLinks); crawlers need neither.
      out.print("Disallow: " + currentTenant.link(SiteRouter.LEADS) + "\n");
      out.print("Disallow: " + currentTenant.link(SiteRouter.VIEWS) + "\n");
      out.print("Sitemap: " + links.canonical("/sitemap.xml") + "\n");
      return;
    }
    String file = (String) request.getAttribute(RoutedName.ATTRIBUTE);
    List<String> body = file == null ? index() : urls(file);
    if (body == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("application/xml");
    response.setHeader("Vary", "Accept-Encoding");
    boolean gzip = accepts(request.getHeader("Accept-Encoding"), "gzip");
    if (gzip) {
      response.setHeader("Content-Encoding", "gzip");
    }
    OutputStream raw = response.getOutputStream();
    try (Writer out =
        new OutputStreamWriter(gzip ? new GZIPOutputStream(raw) : raw, StandardCharsets.UTF_8)) {
      for (String line : body) {
        out.write(line);
      }
    }
  }

  /** The index: the pages' file, then as many business and product files as their counts need. */
  private List<String> index() {
    List<String> lines = new ArrayList<>();
    lines.add("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    lines.add("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    List<String> files = new ArrayList<>(List.of("halaman"));
    int businessFiles = files(catalog.countBusinessPages());
    for (int n = 1; n <= businessFiles; n++) {
      files.add("usaha-" + n);
    }
    int productFiles = files(catalog.countProductPages());
    for (int n = 1; n <= productFiles; n++) {
      files.add("produk-" + n);
    }
    for (String file : files) {
      lines.add(
          "  <sitemap><loc>"
              + escape(links.canonical("/sitemap-" + file + ".xml"))
              + "</loc></sitemap>\n");
    }
    lines.add("</sitemapindex>\n");
    return lines;
  }

  /** One file of the index, or null when the index has no such file. */
  private List<String> urls(String file) {
    List<String> paths;
    if (file.equals("halaman")) {
      paths = catalog.pagePaths(currentTenant.require().regencyCode());
    } else {
      int n = Integer.parseInt(file.substring(file.lastIndexOf('-') + 1));
      int first = (n - 1) * perFile();
      paths =
          file.startsWith("produk")
              ? catalog.productPaths(first, perFile())
              : catalog.businessPaths(first, perFile());
      if (paths.isEmpty() && n > 1) {
        return null; // past the last file the index names
      }
    }
    List<String> lines = new ArrayList<>(paths.size() + 3);
    lines.add("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    lines.add("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (String path : paths) {
      lines.add("  <url><loc>" + escape(links.canonical(path)) + "</loc></url>\n");
    }
    lines.add("</urlset>\n");
    return lines;
  }

  private int files(long urls) {
    return (int) ((urls + perFile() - 1) / perFile());
  }

  private int perFile() {
    return Math.max(1, Math.min(urlsPerFile, PROTOCOL_LIMIT));
  }

  /** Whether an Accept-Encoding header accepts the coding (and does not refuse it with q=0). */
  static boolean accepts(String acceptEncoding, String coding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String part : acceptEncoding.split(",")) {
      String[] fields = part.strip().split(";");
      if (fields[0].strip().equalsIgnoreCase(coding)) {
        for (int i = 1; i < fields.length; i++) {
          String param = fields[i].strip().replace(" ", "");
          if (param.matches("q=0(\\.0{0,3})?")) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
