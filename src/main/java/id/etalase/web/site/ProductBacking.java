package id.etalase.web.site;

import id.etalase.catalog.PublicCatalog;
import id.etalase.common.RoutedName;
import id.etalase.contact.ContactLinks;
import id.etalase.tenant.CurrentTenant;
import id.etalase.traffic.LeadTargets;
import id.etalase.web.CurrentLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** {@code /{slug}/produk/{product}}: one product, its producer, and how to reach them. */
@Named
@RequestScoped
public class ProductBacking {

  @Inject private PublicCatalog catalog;
  @Inject private HttpServletRequest request;
  @Inject private CurrentTenant currentTenant;
  @Inject private CurrentLanguage language;
  @Inject private SiteLinks links;
  @Inject private TrafficLinks traffic;

  private PublicCatalog.ProductPage page;

  /** Runs before rendering; an unknown or unpublished product is a 404. */
  public void load() throws IOException {
    String slug = (String) request.getAttribute(RoutedName.ATTRIBUTE);
    page = slug == null ? null : catalog.product(slug).orElse(null);
    if (page == null) {
      NotFound.send();
    }
  }

  public PublicCatalog.ProductPage getPage() {
    return page;
  }

  public String getCanonicalUrl() {
    return links.canonical("/produk/" + page.product().getSlug());
  }

  /**
   * Through the lead redirect, which counts the click and writes the greeting naming the product.
   */
  public String getWhatsappLink() {
    return page.business().getWhatsapp() == null
        ? null
        : traffic.lead("produk", page.product().getId(), LeadTargets.WHATSAPP);
  }

  /** schema.org Product with its offer in IDR, for search engines. */
  public String getJsonLd() {
    String image =
        page.photos().isEmpty()
            ? null
            : links.canonical("/foto/" + page.photos().get(0).fileName(640));
    return JsonLd.product(
        page.product(),
        page.business(),
        getCanonicalUrl(),
        image,
        links.canonical("/usaha/" + page.business().getSlug()));
  }

  public String getCallLink() {
    return page.business().getPhone() == null
        ? null
        : traffic.lead("produk", page.product().getId(), LeadTargets.PHONE);
  }

  public String getMapLink() {
    return ContactLinks.map(page.business().getLatitude(), page.business().getLongitude());
  }
}
