package id.etalase.web.site;

import id.etalase.common.RoutedName;
import id.etalase.tenant.CurrentTenant;
import id.etalase.traffic.Subject;
import id.etalase.traffic.TrafficCounter;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /{slug}/lihat/<usaha|produk|sentra>/<id>.gif}: the view beacon, a 1x1 image that product,
 * business and cluster pages embed. Pages are answered from the page cache and may sit behind a
 * CDN, where no server code runs for a repeat; the beacon is never cached (no-store), so each view
 * a browser shows still reaches a server, and crawlers, which fetch pages but rarely their images,
 * are filtered by agent on top. It needs no script and reads nothing: the id is checked when the
 * totals are written ({@code TrafficStore}), so the answer is the same for any id.
 */
@WebServlet("/_lihat/*")
public class ViewBeaconServlet extends HttpServlet {

  static final Pattern PATH = Pattern.compile("(usaha|produk|sentra)/([1-9][0-9]{0,17})\\.gif");

  /** The smallest transparent GIF. */
  private static final byte[] PIXEL =
      Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

  @Inject private TrafficCounter counter;
  @Inject private CurrentTenant currentTenant;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Robots-Tag", "noindex, nofollow");
    Matcher m = PATH.matcher(Objects.toString(request.getAttribute(RoutedName.ATTRIBUTE), ""));
    Optional<Subject> subject = m.matches() ? Subject.ofPathWord(m.group(1)) : Optional.empty();
    if (currentTenant.get().isEmpty() || subject.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (!"HEAD".equals(request.getMethod())) {
      counter.view(
          request, currentTenant.require().id(), subject.get(), Long.parseLong(m.group(2)));
    }
    response.setContentType("image/gif");
    response.setContentLength(PIXEL.length);
    response.getOutputStream().write(PIXEL);
  }
}
