package id.etalase.web;

import id.etalase.pagecache.CachedPage;
import id.etalase.pagecache.PageCache;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first filter: answers a repeated anonymous request for a public page from {@link PageCache},
 * and keeps what the rest of the chain renders when the page filter marked it as a public page.
 * Anyone who carries a cookie other than the language choice (a console session) or credentials is
 * passed through untouched, both ways: what a signed-in user is shown is never kept, and a kept
 * page is never shown instead of theirs.
 */
public class PageCacheFilter extends HttpFilter {

  /** Headers that belong to one exchange, not to the page. */
  private static final Set<String> NOT_KEPT =
      Set.of("date", "content-length", "content-type", "set-cookie", "transfer-encoding");

  @Inject private PageCache cache;

  @Override
  public void init() {
    // The valve in front of the container's security finds the cache here (PageCacheValve).
    getServletContext().setAttribute(PageCache.class.getName(), cache);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!cache.isEnabled()
        || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
      chain.doFilter(request, response);
      return;
    }
    String key = anonymousKey(request);
    if (key == null) {
      response.setHeader(PageCache.STATUS_HEADER, "bypass");
      chain.doFilter(request, response);
      return;
    }
    if (answer(cache, key, request, response)) {
      return;
    }
    long since = cache.now();
    Captured captured = new Captured(request, response);
    response.setHeader(PageCache.STATUS_HEADER, "miss");
    chain.doFilter(request, captured);
    if (!captured.buffered) {
      return;
    }
    byte[] body = captured.body();
    Object tenant = request.getAttribute(PageCache.STORABLE_FOR_TENANT);
    if (tenant instanceof Long tenantId
        && "GET".equals(request.getMethod())
        && captured.getStatus() == HttpServletResponse.SC_OK
        && response.getHeader("ETag") != null
        && !captured.setCookie
        && request.getSession(false) == null
        && response.getHeaders("Set-Cookie").isEmpty()) {
      cache.put(
          key,
          new CachedPage(
              tenantId,
              since,
              response.getContentType(),
              headers(response),
              response.getHeader("ETag"),
              body));
    }
    if (body.length > 0 && !response.isCommitted()) {
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
    }
  }

  /**
   * The cache key of a GET or HEAD from an anonymous visitor, or null when the request must not
   * touch the cache: other methods, credentials, or any cookie but the language choice.
   */
  static String anonymousKey(HttpServletRequest request) {
    String method = request.getMethod();
    if (!("GET".equals(method) || "HEAD".equals(method))
        || request.getHeader("Authorization") != null) {
      return null;
    }
    String language = null;
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (!Language.COOKIE.equals(cookie.getName())) {
          return null;
        }
        language = cookie.getValue();
      }
    }
    return PageCache.key(request, language);
  }

  /** Sends the page kept under the key, if a fresh one is; true when it did. */
  static boolean answer(
      PageCache cache, String key, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    CachedPage page = cache.get(key);
    if (page == null) {
      return false;
    }
    page.writeTo(request, response);
    return true;
  }

  private static List<Map.Entry<String, String>> headers(HttpServletResponse response) {
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    for (String name : response.getHeaderNames()) {
      if (!NOT_KEPT.contains(name.toLowerCase(java.util.Locale.ROOT))
          && !PageCache.STATUS_HEADER.equalsIgnoreCase(name)) {
        for (String value : response.getHeaders(name)) {
          headers.add(Map.entry(name, value));
        }
      }
    }
    return List.copyOf(headers);
  }

  /**
   * Keeps the body in memory when the page filter marked the request as a public page before the
   * body is written; anything else (photos, consoles, files) streams through untouched.
   */
  private static final class Captured extends HttpServletResponseWrapper {
    private final HttpServletRequest request;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private Boolean decided;
    private boolean buffered;
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean setCookie;

    Captured(HttpServletRequest request, HttpServletResponse response) {
      super(response);
      this.request = request;
    }

    private boolean buffering() {
      if (decided == null) {
        decided = true;
        buffered = request.getAttribute(PageCache.STORABLE_FOR_TENANT) != null;
      }
      return buffered;
    }

    @Override
    public void addCookie(Cookie cookie) {
      setCookie = true;
      super.addCookie(cookie);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (!buffering()) {
        return super.getOutputStream();
      }
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
              public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException();
              }
            };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (!buffering()) {
        return super.getWriter();
      }
      if (writer == null) {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
      }
      return writer;
    }

    @Override
    public void setContentLength(int len) {
      if (!buffering()) {
        super.setContentLength(len);
      }
    }

    @Override
    public void setContentLengthLong(long len) {
      if (!buffering()) {
        super.setContentLengthLong(len);
      }
    }

    @Override
    public void flushBuffer() throws IOException {
      if (!buffering()) {
        super.flushBuffer();
      } else if (writer != null) {
        writer.flush();
      }
    }

    @Override
    public void resetBuffer() {
      super.resetBuffer();
      bytes.reset();
    }

    @Override
    public void reset() {
      super.reset();
      bytes.reset();
    }

    byte[] body() {
      if (writer != null) {
        writer.flush();
      }
      return bytes.toByteArray();
    }
  }
}
