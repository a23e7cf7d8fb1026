package id.etalase.web;

import id.etalase.pagecache.PageCache;
import id.etalase.tenant.CurrentTenant;
import id.etalase.tenant.TenantFilter;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Gives every public page an ETag made from its content and answers a matching {@code
 * If-None-Match} with 304 and no body, so a phone that has the page already downloads nothing.
 * Pages are rendered first (they are small), then hashed. Mapped in web.xml before the site router.
 */
public class ETagFilter extends HttpFilter {

  @Inject private CurrentTenant currentTenant;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String tenantPath = (String) request.getAttribute(TenantFilter.TENANT_PATH);
    // Files (logo, photos) carry content hashes in their names and their own caching; the
    // registration form carries a question of its own on each rendering; the order pages hold
    // one visitor's order.
    boolean page =
        tenantPath != null
            && !tenantPath.startsWith("/aset/")
            && !tenantPath.startsWith("/foto/")
            && !ConsoleAccess.isTenantConsole(tenantPath)
            && !SiteRouter.isPrivate(tenantPath)
            // Counters must reach the server on every view and click; the map's markers keep
            // their own compressed copy and ETag (MapMarkersServlet).
            && !tenantPath.startsWith(SiteRouter.LEADS)
            && !tenantPath.startsWith(SiteRouter.VIEWS)
            && !tenantPath.equals(SiteRouter.MAP_MARKERS)
            && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()));
    if (!page) {
      chain.doFilter(request, response);
      return;
    }
    // The page cache keeps what this filter tags, for the tenant it shows.
    currentTenant.get().ifPresent(t -> request.setAttribute(PageCache.STORABLE_FOR_TENANT, t.id()));
    Buffered buffered = new Buffered(response);
    chain.doFilter(request, buffered);
    byte[] body = buffered.body();
    String type = buffered.getContentType();
    boolean text =
        type != null
            && (type.startsWith("text/html")
                || type.startsWith("application/xml")
                || type.startsWith("text/plain"));
    if (buffered.getStatus() != HttpServletResponse.SC_OK || !text || response.isCommitted()) {
      if (!response.isCommitted() && body.length > 0) {
        response.getOutputStream().write(body);
      }
      return;
    }
    String etag = "\"" + hash(body) + "\"";
    response.setHeader("ETag", etag);
    response.setHeader("Cache-Control", "no-cache");
    // The language may come from a cookie; the server gzips pages for clients that accept it.
    response.setHeader("Vary", "Cookie, Accept-Encoding");
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private static String hash(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Keeps the body in memory; status and headers pass through to the real response. */
  private static final class Buffered extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private ServletOutputStream stream;
    private PrintWriter writer;

    Buffered(HttpServletResponse response) {
      super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
      if (stream == null) {
        stream =
            new ServletOutputStream() {
              @Override
              public void write(int b) {
                bytes.write(b);
              }

              @Override
              public void write(byte[] b, int off, int len) {
                bytes.write(b, off, len);
              }

              @Override
              public boolean isReady() {
                return true;
              }

              @Override
              public void setWriteListener(WriteListener listener) {}
            };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        writer = new PrintWriter(new OutputStreamWriter(bytes, charset));
      }
      return writer;
    }

    @Override
    public void setContentLength(int len) {}

    @Override
    public void setContentLengthLong(long len) {}

    @Override
    public void flushBuffer() {
      if (writer != null) {
        writer.flush();
      }
    }

    byte[] body() {
      if (writer != null) {
        writer.flush();
      }
      return bytes.toByteArray();
    }
  }
}
