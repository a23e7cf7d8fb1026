package id.etalase.web.site;

import id.etalase.catalog.PublicCatalog;
import id.etalase.catalog.SearchQuery;
import id.etalase.common.RoutedName;
import id.etalase.tenant.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;

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
    String number = request.getParameter(SearchQuery.PAGE);
    int pageNumber =
        number == null ? 1 : number.matches("[1-9][0-9]{0,3}") ? Integer.parseInt(number) : 0;
    page =
        slug == null || pageNumber == 0
            ? null
            : catalog
                .district(currentTenant.require().regencyCode(), slug, pageNumber)
                .orElse(null);
    if (page == null) {
      NotFound.send();
    }
  }

  public PublicCatalog.DistrictPage getPage() {
    return page;
  }

  public String getCanonicalUrl() {
    return links.canonical(path(page.page()));
  }

  /** Another page of this kecamatan's businesses. */
  public String pageLink(int number) {
    return currentTenant.link(path(number));
  }

  /** The search, filtered by this kecamatan: every one of its products. */
  public String getAllProductsLink() {
    return SearchQuery.link(
        currentTenant.link("/cari"), Map.of(SearchQuery.DISTRICT, page.district().getCode()));
  }

  private String path(int number) {
    String path = "/kecamatan/" + page.district().getSlug();
    return number == 1 ? path : path + "?" + SearchQuery.PAGE + "=" + number;
  }
}
