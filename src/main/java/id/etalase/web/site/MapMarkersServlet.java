package id.etalase.web.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.etalase.map.MapMarkers;
import id.etalase.pagecache.PageCache;
import id.etalase.tenant.CurrentTenant;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * {@code /{slug}/peta/usaha.json[?kecamatan=..&kategori=..]}: the map's markers ({@link
 * MapMarkers}). Kept in memory per tenant and filter, raw and gzipped once, with an ETag: a repeat
 * costs neither a query nor compression, a client or CDN holding the same ETag gets 304, and the
 * copy is dropped by the same rule as the page cache's pages, when the tenant's public data changes
 * on any node ({@link PageCache#unchangedSince}). Its own cache rather than the page cache's, which
 * keeps pages of at most 2 MB and compresses each answer anew.
 */
@WebServlet("/_peta/*")
public class MapMarkersServlet extends HttpServlet {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** One tenant's markers, as kept: rendered since {@code since} on the page cache's clock. */
  record Kept(long since, String etag, byte[] raw, byte[] gzip) {}

  private final Cache<String, Kept> kept =
      Caffeine.newBuilder()
          .maximumWeight(64L * 1024 * 1024)
          .weigher((String key, Kept k) -> k.raw().length + k.gzip().length)
          .expireAfterWrite(Duration.ofMinutes(30))
          .build();

  @Inject private MapMarkers markers;
  @Inject private CurrentTenant currentTenant;
  @Inject private PageCache pageCache;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String district = request.getParameter("kecamatan");
    String category = request.getParameter("kategori");
    if (currentTenant.get().isEmpty() || !slugOrNull(district) || !slugOrNull(category)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    long tenantId = currentTenant.require().id();
    String key = tenantId + " " + district + " " + category;
    Kept copy = kept.getIfPresent(key);
    if (copy == null || !pageCache.unchangedSince(tenantId, copy.since())) {
      long since = pageCache.now();
      Optional<byte[]> json = markers.json(new MapMarkers.Filter(district, category));
      if (json.isEmpty()) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      copy = new Kept(since, etag(json.get()), json.get(), gzip(json.get()));
      kept.put(key, copy);
    }
    response.setHeader("ETag", copy.etag());
    // A minute in browsers and CDNs, then a cheap revalidation: new businesses show soon enough.
    response.setHeader("Cache-Control", "public, max-age=60");
    response.setHeader("Vary", "Accept-Encoding");
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    if (copy.etag().equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    String encodings = request.getHeader("Accept-Encoding");
    byte[] body = copy.raw();
    if (encodings != null && encodings.contains("gzip")) {
      response.setHeader("Content-Encoding", "gzip");
      body = copy.gzip();
    }
    response.setContentLength(body.length);
    if (!"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(body);
    }
  }

  private static boolean slugOrNull(String value) {
    return value == null || (value.length() <= 120 && SLUG.matcher(value).matches());
  }

  private static String etag(byte[] body) {
    try {
      return "\""
          + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16)
          + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] gzip(byte[] raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 4 + 64);
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(raw);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
