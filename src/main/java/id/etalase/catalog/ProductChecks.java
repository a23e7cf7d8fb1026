package id.etalase.catalog;

import id.etalase.business.BusinessRepository;
import id.etalase.common.InputChecks;
import id.etalase.curation.PublicationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The checks every write of a product passes, from a form, an import or an approved change: its
 * business and category found in the tenant, prices, order sizes and lengths.
 */
@ApplicationScoped
@Transactional
public class ProductChecks {

  /** The largest price accepted: a rupiah amount no UMKM product reaches (one trillion). */
  static final long MAX_PRICE = 1_000_000_000_000L;

  @Inject private BusinessRepository businesses;
  @Inject private CategoryRepository categories;

  /**
   * Checks and normalises a product's fields without writing anything: for changes that wait for
   * approval, and for {@link #upsert}.
   *
   * @throws id.etalase.common.InvalidInputException with every problem
   */
  public ProductData checked(ProductData d) {
    return checked(
        d,
        d.businessSlug() != null && businesses.findBySlug(d.businessSlug()).isPresent(),
        d.categorySlug() == null || categories.findBySlug(d.categorySlug()).isPresent());
  }

  ProductData checked(ProductData d, boolean businessFound, boolean categoryFound) {
    InputChecks in = new InputChecks();
    String slug = in.slug("slug", d.slug());
    String name = in.required("name", d.name(), 200);
    if (d.businessSlug() == null) {
      in.problem("businessSlug", "problem.required");
    } else if (!businessFound) {
      in.problem("businessSlug", "problem.business", d.businessSlug());
    }
    if (!categoryFound) {
      in.problem("categorySlug", "problem.category", d.categorySlug());
    }
    Long min = d.priceMin();
    Long max = d.priceMax();
    if (min != null && (min < 0 || min > MAX_PRICE)) {
      in.problem("priceMin", "problem.price", min);
    }
    if (max != null && (min == null || max < min || max > MAX_PRICE)) {
      in.problem("priceMax", "problem.priceRange", max);
    }
    if (min == null && !d.negotiable()) {
      in.problem("priceMin", "problem.priceOrNegotiable");
    }
    Integer minOrder = in.range("minOrder", d.minOrder(), 1, 1_000_000);
    ProductData checked =
        new ProductData(
            slug,
            d.businessSlug(),
            d.categorySlug(),
            name,
            in.text("description", d.description(), 5000),
            min,
            max != null && max.equals(min) ? null : max,
            d.negotiable(),
            in.text("unit", d.unit(), 40),
            minOrder,
            d.availability() == null ? Availability.READY : d.availability(),
            d.featured(),
            d.status() == null ? PublicationStatus.DRAFT : d.status());
    in.verify();
    return checked;
  }
}
