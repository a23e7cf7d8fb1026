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

/** {@code /{slug}/usaha/{business}}: a UMKM's profile, its products and how to reach it. */
@Named
@RequestScoped
public class BusinessBacking {

  @Inject private PublicCatalog catalog;
  @Inject private HttpServletRequest request;
  @Inject private CurrentTenant currentTenant;
  @Inject private CurrentLanguage language;
  @Inject private SiteLinks links;
  @Inject private TrafficLinks traffic;

  private PublicCatalog.BusinessPage page;

  /** Runs before rendering; an unknown or unpublished business is a 404. */
  public void load() throws IOException {
    String slug = (String) request.getAttribute(RoutedName.ATTRIBUTE);
    page = slug == null ? null : catalog.business(slug).orElse(null);
    if (page == null) {
      NotFound.send();
    }
  }

  public PublicCatalog.BusinessPage getPage() {
    return page;
  }

  public String getCanonicalUrl() {
    return links.canonical("/usaha/" + page.business().getSlug());
  }

  /** Through the lead redirect, which counts the click and writes the greeting. */
  public String getWhatsappLink() {
    return page.business().getWhatsapp() == null
        ? null
        : traffic.lead("usaha", page.business().getId(), LeadTargets.WHATSAPP);
  }

  /** schema.org LocalBusiness with address and telephone, for search engines. */
  public String getJsonLd() {
    return JsonLd.business(
        page.business(),
        getCanonicalUrl(),
        page.districtName(),
        page.villageName(),
        currentTenant.require().name());
  }

  public String getCallLink() {
    return page.business().getPhone() == null
        ? null
        : traffic.lead("usaha", page.business().getId(), LeadTargets.PHONE);
  }

  public String getMapLink() {
    return ContactLinks.map(page.business().getLatitude(), page.business().getLongitude());
  }
}
