package id.etalase.web.site;

import id.etalase.catalog.PublicCatalog;
import id.etalase.tenant.CurrentTenant;
import id.etalase.tenant.HeroImages;
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
  @Inject private HeroImages heroes;

  private PublicCatalog.HomePage page;
  private HeroImages.Hero hero;

  public void load() {
    page = catalog.home(currentTenant.require().regencyCode(), FEATURED);
    hero = heroes.of(currentTenant.require()).orElse(null);
  }

  /** The tenant's hero image with its size and narrower copies, or null when it has none. */
  public HeroImages.Hero getHero() {
    return hero;
  }

  public PublicCatalog.HomePage getPage() {
    return page;
  }

  public String getCanonicalUrl() {
    return links.canonical("/");
  }
}
