package id.etalase.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * Answers a multipart post larger than any accepted upload (a file over web.xml's {@code
 * max-file-size} and its form) with 413 and a sentence in the visitor's language, before anything
 * parses it. Without it the container's refusal surfaces deep in Faces as an exception and the
 * operator sees the generic error page. The rest of the body is read and dropped, up to a bound, so
 * that the client hears the answer instead of a reset connection; nothing of it is kept.
 */
public class UploadSizeFilter extends HttpFilter {

  /** web.xml's {@code max-file-size}: the import's 50 MB files and a little more. */
  static final long MAX_FILE_BYTES = 53_477_376L;

  /** The file and the form's other fields. */
  static final long MAX_BODY_BYTES = MAX_FILE_BYTES + 1024 * 1024;

  private static final long DRAIN_AT_MOST = 512L * 1024 * 1024;
  private static final Logger LOG = Logger.getLogger(UploadSizeFilter.class.getName());

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String type = request.getContentType();
    long length = request.getContentLengthLong();
    if (length <= MAX_BODY_BYTES
        || !"POST".equals(request.getMethod())
        || type == null
        || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      chain.doFilter(request, response);
      return;
    }
    LOG.info(() -> "Upload of " + length + " bytes refused: " + request.getRequestURI());
    drain(request, Math.min(length, DRAIN_AT_MOST));
    ResourceBundle messages =
        ResourceBundle.getBundle("id.etalase.i18n.messages", language(request).locale());
    String text =
        new MessageFormat(messages.getString("upload.tooLarge"), language(request).locale())
            .format(new Object[] {MAX_FILE_BYTES / (1024 * 1024) - 1});
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    response.setHeader("Connection", "close");
    response.setContentType("text/html;charset=UTF-8");
    byte[] body =
        ("<!DOCTYPE html><html><head><title>413</title></head><body><p data-error=\"tooLarge\">"
                + text
                + "</p></body></html>")
            .getBytes(StandardCharsets.UTF_8);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private static void drain(HttpServletRequest request, long bytes) {
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = request.getInputStream()) {
      for (long read = 0; read < bytes; ) {
        int n = in.read(buffer, 0, (int) Math.min(buffer.length, bytes - read));
        if (n < 0) {
          return;
        }
        read += n;
      }
    } catch (IOException e) {
      // the client gave up sending: it gets the answer or nothing
    }
  }

  /** The visitor's language: the query's, the cookie's, else Indonesian. */
  private static Language language(HttpServletRequest request) {
    Optional<Language> asked = Language.requested(request.getQueryString());
    if (asked.isPresent()) {
      return asked.get();
    }
    Cookie[] cookies = request.getCookies();
    return Arrays.stream(cookies == null ? new Cookie[0] : cookies)
        .filter(c -> Language.COOKIE.equals(c.getName()))
        .findFirst()
        .flatMap(c -> Language.of(c.getValue()))
        .orElse(Language.ID);
  }
}
