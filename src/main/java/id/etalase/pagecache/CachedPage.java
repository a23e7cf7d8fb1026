package id.etalase.pagecache;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A public page as it was sent: its headers and bytes, the tenant whose data it shows, and the
 * cache's clock when its rendering began (a page is only as fresh as the data it started from).
 */
public record CachedPage(
    long tenantId,
    long renderedSince,
    String contentType,
    List<Map.Entry<String, String>> headers,
    String etag,
    byte[] body) {

  int weight() {
    return body.length + 512;
  }

  public void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
    for (Map.Entry<String, String> header : headers) {
      response.addHeader(header.getKey(), header.getValue());
    }
    response.setHeader(PageCache.STATUS_HEADER, "hit");
    response.setContentType(contentType);
    if (etag != null && etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentLength(body.length);
    if (!"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(body);
    }
  }
}
