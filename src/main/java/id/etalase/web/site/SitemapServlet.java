package id.etalase.web.site;

import id.etalase.catalog.PublicCatalog;
import id.etalase.tenant.CurrentTenant;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * {@code /{slug}/sitemap.xml} and {@code /{slug}/robots.txt} (routed here by the site router):
 * every public page of the tenant, by its canonical URL, and where to find that list.
 */
@WebServlet({"/_sitemap", "/_robots"})
public class SitemapServlet extends HttpServlet {

  @Inject private PublicCatalog catalog;
  @Inject private CurrentTenant currentTenant;
  @Inject private SiteLinks links;

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
      out.print("Sitemap: " + links.canonical("/sitemap.xml") + "\n");
      return;
    }
    response.setContentType("application/xml");
    PrintWriter out = response.getWriter();
    out.print("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.print("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (String path : catalog.publicPaths(currentTenant.require().regencyCode())) {
      out.print("  <url><loc>" + escape(links.canonical(path)) + "</loc></url>\n");
    }
    out.print("</urlset>\n");
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
