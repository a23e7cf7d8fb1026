package id.etalase.web.admin;

import id.etalase.catalog.Product;
import id.etalase.catalog.ProductFilter;
import id.etalase.catalog.ProductService;
import id.etalase.common.InvalidInputException;
import id.etalase.common.RecordNotFoundException;
import id.etalase.web.consoles.common.ConsoleMessages;
import id.etalase.web.consoles.common.ConsoleRecordPage;
import id.etalase.web.consoles.common.SignedIn;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * {@code /admin/unggulan}: the products the government features on its home page. Only published
 * products of published businesses are shown to visitors; the list says which are waiting.
 */
@Named
@ViewScoped
public class FeaturedBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient ProductService products;
  @Inject private transient ConsoleMessages messages;
  @Inject private transient SignedIn signedIn;

  private List<Product> featured;

  public List<Product> getFeatured() {
    if (featured == null) {
      featured =
          products.find(
              signedIn.require(),
              featuredFilter(),
              0,
              ProductService.MAX_FEATURED,
              ProductFilter.Sort.NAME,
              true);
    }
    return featured;
  }

  private static ProductFilter featuredFilter() {
    return new ProductFilter(null, null, null, Boolean.TRUE, null);
  }

  public String editUrl(Product product) {
    return "/konsol/produk/ubah?id=" + product.getId();
  }

  public void remove(long id) {
    try {
      products.setFeatured(signedIn.require(), id, false);
      messages.info("featured.removed");
      featured = null;
    } catch (RecordNotFoundException gone) {
      ConsoleRecordPage.notFound();
    } catch (InvalidInputException refused) {
      messages.problems(refused, Map.of());
    }
  }
}
