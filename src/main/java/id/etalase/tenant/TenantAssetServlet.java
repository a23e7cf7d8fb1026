package id.etalase.tenant;

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
 * Serves the current tenant's logo and hero image at {@code <tenant>/aset/<kind>-<hash>.<ext>}. The
 * hash names the content, so the response may be cached for a year. Reached only through the site
 * router, after the tenant is resolved.
 */
@WebServlet("/_aset/*")
public class TenantAssetServlet extends HttpServlet {

  @Inject private CurrentTenant currentTenant;

  @Inject private TenantRepository tenants;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<TenantSnapshot> tenant = currentTenant.get();
    String file = Objects.toString(request.getAttribute(RoutedName.ATTRIBUTE), "");
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
    byte[] content = asset.get().getContent();
    response.setContentType(asset.get().getContentType());
    response.setContentLength(content.length);
    response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    response.setHeader("X-Content-Type-Options", "nosniff");
    // An SVG opened on its own must not run anything.
    response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
    response.getOutputStream().write(content);
  }
}
