package id.etalase.web.site;

import id.etalase.business.Business;
import id.etalase.business.BusinessService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs {@code /site/home.xhtml}: a tenant's public home page. */
@Named
@RequestScoped
public class HomeBacking {

  static final int LISTED = 12;

  @Inject private BusinessService businesses;

  private List<Business> featured;
  private long businessCount;

  @PostConstruct
  void load() {
    BusinessService.Showcase showcase = businesses.showcase(LISTED);
    featured = showcase.featured();
    businessCount = showcase.publishedCount();
  }

  public List<Business> getFeatured() {
    return featured;
  }

  public long getBusinessCount() {
    return businessCount;
  }
}
