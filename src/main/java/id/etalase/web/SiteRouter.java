package id.etalase.web;

import id.etalase.common.RoutedName;
import id.etalase.tenant.TenantFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.MappingMatch;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the public URLs of a tenant's site to the views and servlets that serve them. The views live
 * in folders no URL reaches directly ({@code /site/...}), so each is served only for a resolved
 * tenant. The consoles' pages are routed here too: {@code /konsol/...} and {@code /admin/...} of a
 * tenant, {@code /platform/...} of the platform. Paths with no route get the 404 page.
 *
 * <p>Mapped in web.xml after {@link TenantFilter}.
 */
public class SiteRouter extends HttpFilter {

  /** The public form where owners register their business; never kept by a cache. */
  public static final String REGISTRATION = "/daftar";

  /** The order form of a business ({@code /pesan/<business>}), never kept by a cache. */
  public static final String ORDER = "/pesan/";

  /** A visitor's private order status page ({@code /pesanan/<token>}), never kept by a cache. */
  public static final String ORDER_STATUS = "/pesanan/";

  /** Where a tenant path is served, and the slug it names, if any. */
  record Route(String target, String slug) {}

  private static final Pattern SLUG_PATH = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** A file of the sitemap index: {@code /sitemap-halaman.xml}, {@code /sitemap-produk-2.xml}. */
  private static final Pattern SITEMAP_PART =
      Pattern.compile("/sitemap-(halaman|(?:usaha|produk)-[1-9][0-9]{0,4})\\.xml");

  /** What a QR code route names: {@code produk/kopi-ijen.png}. */
  private static final Pattern QR_CODE =
      Pattern.compile("(produk|usaha)/[a-z0-9]+(-[a-z0-9]+)*\\.(png|svg)");

  /** The map of the tenant's located businesses, and the markers it loads. */
  public static final String MAP = "/peta";

  public static final String MAP_MARKERS = "/peta/usaha.json";

  /** Lead redirects ({@code /ke/usaha/12/wa}) and view beacons ({@code /lihat/produk/7.gif}). */
  public static final String LEADS = "/ke/";

  public static final String VIEWS = "/lihat/";

  private static final Pattern LEAD =
      Pattern.compile("(usaha|produk|sentra)/[1-9][0-9]{0,17}/(wa|telepon|tautan-[0-9]{1,2})");

  private static final Pattern VIEW =
      Pattern.compile("(usaha|produk|sentra)/[1-9][0-9]{0,17}\\.gif");

  private static final Pattern ASSET_FILE =
      Pattern.compile("[a-z0-9][a-z0-9-]{0,100}\\.[a-z]{3,4}");

  private static final Pattern PHOTO_FILE = Pattern.compile("[0-9a-f]{24}-[0-9]{1,5}\\.jpg");

  private static final Map<String, String> PAGES =
      Map.of(
          "produk", "/site/product.xhtml",
          "usaha", "/site/business.xhtml",
          "sentra", "/site/cluster.xhtml",
          "kecamatan", "/site/district.xhtml",
          "pesan", "/site/order.xhtml");

  private static final Pattern ORDER_TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String tenantPath = (String) request.getAttribute(TenantFilter.TENANT_PATH);
    if (tenantPath == null) {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      if (path.equals("/")) {
        request.getRequestDispatcher("/index.xhtml").forward(request, response);
        return;
      }
      if (!ConsoleAccess.isPlatformConsole(path)) {
        // The Faces Servlet is also the default servlet (for uploads, see web.xml): a path that
        // no other servlet maps is not a view.
        if (request.getHttpServletMapping().getMappingMatch() == MappingMatch.DEFAULT) {
          response.sendError(HttpServletResponse.SC_NOT_FOUND);
          return;
        }
        chain.doFilter(request, response);
        return;
      }
      String view = consoleView(path);
      if (view == null) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
      } else {
        request.getRequestDispatcher(view).forward(request, response);
      }
      return;
    }
    Route route = route(tenantPath);
    if (route == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (route.slug() != null) {
      request.setAttribute(RoutedName.ATTRIBUTE, route.slug());
    }
    request.getRequestDispatcher(route.target()).forward(request, response);
  }

  /**
   * Whether a tenant path holds what one visitor typed or may see alone (the order form and the
   * order status pages): no ETag, no page cache, no shared cache.
   */
  public static boolean isPrivate(String tenantPath) {
    return tenantPath.equals(REGISTRATION)
        || tenantPath.startsWith(ORDER)
        || tenantPath.startsWith(ORDER_STATUS);
  }

  /**
   * The view of a console path: {@code /konsol/usaha} is {@code /konsol/usaha.xhtml}, a folder is
   * its {@code index.xhtml}. Null for anything else, such as a view's own {@code .xhtml} name.
   */
  static String consoleView(String path) {
    if (!CONSOLE_PATH.matcher(path).matches() || path.length() > 200) {
      return null;
    }
    boolean folder = path.endsWith("/") || path.indexOf('/', 1) < 0;
    String base = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return folder ? base + "/index.xhtml" : base + ".xhtml";
  }

  private static final Pattern CONSOLE_PATH =
      Pattern.compile("/(konsol|admin|platform)(/[a-z0-9]+(-[a-z0-9]+)*)*/?");

  /** The route of a tenant path, or null when there is none. */
  static Route route(String tenantPath) {
    if (ConsoleAccess.isTenantConsole(tenantPath)) {
      String view = consoleView(tenantPath);
      return view == null ? null : new Route(view, null);
    }
    if (tenantPath.equals("/")) {
      return new Route("/site/home.xhtml", null);
    }
    if (tenantPath.equals("/cari")) {
      return new Route("/site/search.xhtml", null);
    }
    if (tenantPath.equals(REGISTRATION)) {
      return new Route("/site/register.xhtml", null);
    }
    if (tenantPath.equals("/sitemap.xml")) {
      return new Route("/_sitemap", null);
    }
    Matcher sitemapPart = SITEMAP_PART.matcher(tenantPath);
    if (sitemapPart.matches()) {
      return new Route("/_sitemap", sitemapPart.group(1));
    }
    if (tenantPath.equals("/robots.txt")) {
      return new Route("/_robots", null);
    }
    if (tenantPath.equals(MAP)) {
      return new Route("/site/map.xhtml", null);
    }
    if (tenantPath.equals(MAP_MARKERS)) {
      return new Route("/_peta", null);
    }
    if (tenantPath.startsWith(LEADS)) {
      String lead = tenantPath.substring(LEADS.length());
      return lead.length() < 60 && LEAD.matcher(lead).matches() ? new Route("/_ke", lead) : null;
    }
    if (tenantPath.startsWith(VIEWS)) {
      String view = tenantPath.substring(VIEWS.length());
      return view.length() < 60 && VIEW.matcher(view).matches() ? new Route("/_lihat", view) : null;
    }
    if (tenantPath.startsWith("/qr/")) {
      String code = tenantPath.substring(4);
      return code.length() < 160 && QR_CODE.matcher(code).matches()
          ? new Route("/_qr", code)
          : null;
    }
    String[] parts = tenantPath.substring(1).split("/", -1);
    if (parts.length != 2 || parts[1].isEmpty()) {
      return null;
    }
    switch (parts[0]) {
      case "aset":
        return ASSET_FILE.matcher(parts[1]).matches() ? new Route("/_aset", parts[1]) : null;
      case "foto":
        return PHOTO_FILE.matcher(parts[1]).matches() ? new Route("/_foto", parts[1]) : null;
      case "pesanan":
        return ORDER_TOKEN.matcher(parts[1]).matches()
            ? new Route("/site/order-status.xhtml", parts[1])
            : null;
      default:
        String page = PAGES.get(parts[0]);
        if (page == null || parts[1].length() > 120 || !SLUG_PATH.matcher(parts[1]).matches()) {
          return null;
        }
        return new Route(page, parts[1]);
    }
  }
}
