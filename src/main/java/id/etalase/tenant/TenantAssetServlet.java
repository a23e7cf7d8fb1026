package id.etalase.tenant;

import id.etalase.common.InvalidInputException;
import id.etalase.common.RoutedName;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * Serves the current tenant's logo and hero image at {@code <tenant>/aset/<kind>-<hash>.<ext>}, and
 * the narrower copies of a raster hero at {@code hero-<hash>-<width>.jpg} ({@link HeroImages}). The
 * hash names the content, so the response may be cached for a year. Reached only through the site
 * router, after the tenant is resolved.
 */
@WebServlet("/_aset/*")
public class TenantAssetServlet extends HttpServlet {

  @Inject private CurrentTenant currentTenant;

  @Inject private TenantRepository tenants;

  @Inject private HeroImages heroes;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<TenantSnapshot> tenant = currentTenant.get();
    String file = Objects.toString(request.getAttribute(RoutedName.ATTRIBUTE), "");
    if (tenant.isPresent() && HeroImages.isCopy(file)) {
      copy(tenant.get(), file, response);
      return;
    }
    Optional<AssetKind> kind =
        tenant.flatMap(
            t ->
                t.assetFiles().entrySet().stream()
                    .filter(e -> e.getValue().equals(file))
                    .map(java.util.Map.Entry::getKey)
                    .findFirst());
    if (kind.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<TenantAsset> asset = tenants.findAsset(tenant.get().id(), kind.get());
    if (asset.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    write(response, asset.get().getContentType(), asset.get().getContent(), true);
  }

  /**
   * A narrower copy of the hero. When the server is too busy decoding photos to make it, the
   * original is sent instead, uncached, rather than no picture.
   */
  private void copy(TenantSnapshot tenant, String file, HttpServletResponse response)
      throws IOException {
    Optional<byte[]> copy;
    try {
      copy = heroes.copy(tenant, file);
    } catch (InvalidInputException busy) {
      Optional<TenantAsset> original = tenants.findAsset(tenant.id(), AssetKind.HERO);
      if (original.isPresent()) {
        write(response, original.get().getContentType(), original.get().getContent(), false);
        return;
      }
      copy = Optional.empty();
    }
    if (copy.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    write(response, "image/jpeg", copy.get(), true);
  }

  private static void write(
      HttpServletResponse response, String contentType, byte[] content, boolean immutable)
      throws IOException {
    response.setContentType(contentType);
    response.setContentLength(content.length);
    response.setHeader(
        "Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (contentType.equals("image/svg+xml")) {
      response.setHeader("Vary", "Accept-Encoding"); // the server gzips SVG
    }
    // An SVG opened on its own must not run anything.
    response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
    response.getOutputStream().write(content);
  }
}
