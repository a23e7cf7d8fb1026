package id.etalase.web.site;

import id.etalase.catalog.PublicCatalog;
import id.etalase.common.RoutedName;
import id.etalase.contact.ContactLinks;
import id.etalase.traffic.LeadTargets;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * {@code /{slug}/sentra/{cluster}}: a cluster for visitors: when, what, how much, how to get there.
 */
@Named
@RequestScoped
public class ClusterBacking {

  @Inject private PublicCatalog catalog;
  @Inject private HttpServletRequest request;
  @Inject private SiteLinks links;
  @Inject private TrafficLinks traffic;

  private PublicCatalog.ClusterPage page;

  public void load() throws IOException {
    String slug = (String) request.getAttribute(RoutedName.ATTRIBUTE);
    page = slug == null ? null : catalog.cluster(slug).orElse(null);
    if (page == null) {
      NotFound.send();
    }
  }

  public PublicCatalog.ClusterPage getPage() {
    return page;
  }

  public String getCanonicalUrl() {
    return links.canonical("/sentra/" + page.cluster().getSlug());
  }

  /** Contact links go through the lead redirect, which counts the click. */
  public String getCallLink() {
    return page.cluster().getContactPhone() == null
        ? null
        : traffic.lead("sentra", page.cluster().getId(), LeadTargets.PHONE);
  }

  public String getWhatsappLink() {
    return page.cluster().getContactPhone() == null
        ? null
        : traffic.lead("sentra", page.cluster().getId(), LeadTargets.WHATSAPP);
  }

  public String getMapLink() {
    return ContactLinks.map(page.cluster().getLatitude(), page.cluster().getLongitude());
  }
}
