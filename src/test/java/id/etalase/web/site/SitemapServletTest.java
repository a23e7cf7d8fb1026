package id.etalase.web.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When the sitemap is sent gzipped: only to a client that accepts gzip and does not refuse it. */
class SitemapServletTest {

  @Test
  void gzipOnlyWhenAccepted() {
    assertTrue(SitemapServlet.accepts("gzip", "gzip"));
    assertTrue(SitemapServlet.accepts("br, gzip;q=0.8, deflate", "gzip"));
    assertTrue(SitemapServlet.accepts("GZIP", "gzip"));
    assertFalse(SitemapServlet.accepts(null, "gzip"));
    assertFalse(SitemapServlet.accepts("", "gzip"));
    assertFalse(SitemapServlet.accepts("br, deflate", "gzip"));
    assertFalse(SitemapServlet.accepts("gzip;q=0", "gzip"));
    assertFalse(SitemapServlet.accepts("gzip; q=0.000", "gzip"));
    assertFalse(SitemapServlet.accepts("x-gzip", "gzip"));
  }
}
