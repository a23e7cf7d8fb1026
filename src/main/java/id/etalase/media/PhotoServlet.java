package id.etalase.media;

import id.etalase.common.RoutedName;
import id.etalase.tenant.CurrentTenant;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * Serves the current tenant's photo files ({@code /{slug}/foto/<hash>-<width>.jpg}, routed here by
 * the site router). The tenant id is part of the storage key, so a tenant's URL can only reach its
 * own files. Names are content hashes, so the files are cached for a year.
 */
@WebServlet("/_foto/*")
public class PhotoServlet extends HttpServlet {

  @Inject private CurrentTenant currentTenant;
  @Inject private MediaStorage storage;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String file = Objects.toString(request.getAttribute(RoutedName.ATTRIBUTE), "");
    if (currentTenant.get().isEmpty() || !file.matches("[0-9a-f]{24}-[0-9]{1,5}\\.jpg")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String etag = "\"" + file + "\"";
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    Optional<byte[]> content = storage.get(PhotoService.key(currentTenant.require().id(), file));
    if (content.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("image/jpeg");
    response.setContentLength(content.get().length);
    response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    response.setHeader("ETag", etag);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.getOutputStream().write(content.get());
  }
}
