package id.etalase.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Lets through only paths in the one form that the application itself writes, so that tenancy,
 * console access and routing decide on exactly the path the container serves. A dot segment, an
 * empty segment, a path parameter ({@code ;}), a backslash, or an escaped dot, slash, backslash,
 * percent sign or control character is answered 400 before another filter or servlet sees the
 * request: the container would otherwise normalise {@code /bondowoso/qr/../admin/akun} into a
 * console page that the filters, reading the raw path, took for a public one. Other escapes (a
 * quote, a space) cannot move a request to another path; they pass and find no route.
 *
 * <p>Mapped in web.xml first after the security headers, for REQUEST dispatches.
 */
public class CanonicalPathFilter extends HttpFilter {

  /** Unreserved characters, the sub-delimiters of RFC 3986 without {@code ;}, and : @ / %. */
  private static final Pattern ALLOWED = Pattern.compile("/[A-Za-z0-9\\-._~!$&'()*+,=:@/%]*");

  /** Escapes that could change which path is served: . / \\ % ; and control characters. */
  private static final Pattern FORBIDDEN_ESCAPE =
      Pattern.compile("%(2[eEfF5]|5[cC]|3[bB]|[01][0-9a-fA-F]|7[fF])");

  private static final Pattern ESCAPE = Pattern.compile("%[0-9a-fA-F]{2}");

  /** The longest path accepted: far longer than any route, short enough to stay harmless. */
  static final int MAX_LENGTH = 512;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String raw = request.getRequestURI().substring(request.getContextPath().length());
    String decoded = canonical(raw);
    if (decoded == null
        || requestLinePath(request).split("\\?", 2)[0].contains(";")
        || !serves(decoded, servedPath(request))) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    chain.doFilter(request, response);
  }

  /** Whether a raw request path (inside the application) is in the form the application writes. */
  static boolean isCanonical(String raw) {
    return canonical(raw) != null;
  }

  /** The raw path decoded, when it is in canonical form; null when it must be refused. */
  static String canonical(String raw) {
    if (raw.length() > MAX_LENGTH
        || !ALLOWED.matcher(raw).matches()
        || FORBIDDEN_ESCAPE.matcher(raw).find()
        || ESCAPE.matcher(raw).replaceAll("").contains("%")) {
      return null;
    }
    String decoded;
    try {
      decoded = decode(raw);
    } catch (CharacterCodingException malformed) {
      return null;
    }
    if (decoded.contains("//") || decoded.contains("\\") || decoded.contains(";")) {
      return null;
    }
    for (String segment : decoded.split("/", -1)) {
      if (segment.equals(".") || segment.equals("..")) {
        return null;
      }
    }
    return decoded;
  }

  /** Percent-decodes a path as UTF-8; a plus sign stays a plus sign, unlike in a query. */
  private static String decode(String raw) throws CharacterCodingException {
    if (raw.indexOf('%') < 0) {
      return raw;
    }
    ByteBuffer bytes = ByteBuffer.allocate(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        bytes.put((byte) Integer.parseInt(raw.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.put((byte) c);
      }
    }
    bytes.flip();
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(bytes)
        .toString();
  }

  /**
   * Whether the container serves the decoded path itself: the same path, or a folder's welcome file
   * ({@code /platform/} mapped to {@code /platform/index.xhtml}).
   */
  static boolean serves(String decoded, String served) {
    return served.equals(decoded)
        || decoded.endsWith("/") && served.equals(decoded + "index.xhtml");
  }

  private static final List<String> PAYARA_REQUEST_LINE =
      List.of(
          "getUnwrappedCoyoteRequest",
          "getCoyoteRequest",
          "getRequest",
          "getRequestURIRef",
          "getOriginalRequestURIBC");

  /**
   * The path of the request line as the client sent it. Payara's connector takes path parameters
   * ({@code ;jsessionid=…}, {@code ;a=b}) out of {@code getRequestURI()} before any filter runs;
   * its Grizzly request still holds the original, which no Jakarta API exposes. Elsewhere this is
   * {@code getRequestURI()}, where such a container leaves the parameters in.
   */
  static String requestLinePath(HttpServletRequest request) {
    ServletRequest inner = request;
    while (inner instanceof ServletRequestWrapper wrapper) {
      inner = wrapper.getRequest();
    }
    Object step = inner;
    try {
      for (String method : PAYARA_REQUEST_LINE) {
        step = step.getClass().getMethod(method).invoke(step);
      }
      return String.valueOf(step);
    } catch (ReflectiveOperationException | RuntimeException notPayara) {
      return request.getRequestURI();
    }
  }

  /** The path the container decoded, normalised and mapped: what it will serve. */
  private static String servedPath(HttpServletRequest request) {
    String served = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
    // The context root maps to "" with the default servlet on some containers.
    return served.isEmpty() ? "/" : served;
  }
}
