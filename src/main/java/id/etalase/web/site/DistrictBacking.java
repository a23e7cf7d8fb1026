package id.etalase.web.site;

import id.etalase.catalog.PublicCatalog;
import id.etalase.common.RoutedName;
import id.etalase.tenant.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** {@code /{slug}/kecamatan/{district}}: the UMKM of one kecamatan of the regency. */
@Named
@RequestScoped
public class DistrictBacking {

  @Inject private PublicCatalog catalog;
  @Inject private HttpServletRequest request;
  @Inject private CurrentTenant currentTenant;
  @Inject private SiteLinks links;

  private PublicCatalog.DistrictPage page;

  public void load() throws IOException {
    String slug = (String) request.getAttribute(RoutedName.ATTRIBUTE);
    page =
        slug == null
            ? null
            : catalog.district(currentTenant.require().regencyCode(), slug).orElse(null);
    if (page == null) {
      NotFound.send();
    }
  }

  public PublicCatalog.DistrictPage getPage() {
    return page;
  }

  public String getCanonicalUrl() {
    return links.canonical("/kecamatan/" + page.district().getSlug());
  }
}
