package id.etalase.web.site;

import id.etalase.catalog.PublicCatalog;
import id.etalase.tenant.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code /{slug}/}: the tenant's front page. */
@Named
@RequestScoped
public class HomeBacking {

  static final int FEATURED = 12;

  @Inject private PublicCatalog catalog;
  @Inject private CurrentTenant currentTenant;
  @Inject private SiteLinks links;

  private PublicCatalog.HomePage page;

  public void load() {
    page = catalog.home(currentTenant.require().regencyCode(), FEATURED);
  }

  public PublicCatalog.HomePage getPage() {
    return page;
  }

  public String getCanonicalUrl() {
    return links.canonical("/");
  }
}
