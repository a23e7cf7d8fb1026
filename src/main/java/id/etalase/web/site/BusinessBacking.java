package id.etalase.web.site;

import id.etalase.catalog.PublicCatalog;
import id.etalase.common.RoutedName;
import id.etalase.contact.ContactLinks;
import id.etalase.tenant.CurrentTenant;
import id.etalase.web.CurrentLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** {@code /{slug}/usaha/{business}}: a UMKM's profile, its products and how to reach it. */
@Named
@RequestScoped
public class BusinessBacking {

  @Inject private PublicCatalog catalog;
  @Inject private HttpServletRequest request;
  @Inject private CurrentTenant currentTenant;
  @Inject private CurrentLanguage language;
  @Inject private SiteLinks links;

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

  public String getWhatsappLink() {
    ResourceBundle bundle =
        ResourceBundle.getBundle("id.etalase.i18n.messages", language.getLocale());
    String message =
        MessageFormat.format(
            bundle.getString("site.business.whatsappMessage"),
            page.business().getName(),
            currentTenant.require().name(),
            getCanonicalUrl());
    return ContactLinks.whatsapp(page.business().getWhatsapp(), message);
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
    return ContactLinks.call(page.business().getPhone());
  }

  public String getMapLink() {
    return ContactLinks.map(page.business().getLatitude(), page.business().getLongitude());
  }
}
