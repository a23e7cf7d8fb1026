package id.etalase.importing;

import id.etalase.business.BusinessFilter;
import id.etalase.catalog.ProductFilter;

/**
 * What an export is narrowed to, in the console lists' own filters: the businesses as the business
 * list narrows them, the products as the product list does, and of the chosen businesses only, so
 * that every exported product finds its business in the same export. The lists' queries apply them
 * ({@code idsMatching} of the repositories), in the current tenant only.
 */
public record ExportFilter(BusinessFilter businesses, ProductFilter products) {

  /** Everything of the tenant. */
  public static final ExportFilter ALL = new ExportFilter(null, null);

  public ExportFilter {
    businesses = businesses == null ? new BusinessFilter(null, null, null, null, null) : businesses;
    products = products == null ? new ProductFilter(null, null, null, null, null) : products;
  }

  /** Only the console's business list filter: products are those of the matching businesses. */
  public static ExportFilter ofBusinesses(BusinessFilter businesses) {
    return new ExportFilter(businesses, null);
  }

  /** Only the console's product list filter: every business, the matching products. */
  public static ExportFilter ofProducts(ProductFilter products) {
    return new ExportFilter(null, products);
  }

  /** Whether the businesses are narrowed at all; if not, products need not be matched to them. */
  boolean narrowsBusinesses() {
    return !businesses.equals(ALL.businesses());
  }
}
