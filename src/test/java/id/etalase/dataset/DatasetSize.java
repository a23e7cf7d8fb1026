package id.etalase.dataset;

import java.util.Locale;

/**
 * How big a dataset is. Products are skewed as real regencies are: Bondowoso (the first tenant,
 * with its own share), a few large regencies and cities, and many small ones drawn from a
 * log-normal distribution; businesses follow the products of each tenant.
 *
 * @see TenantPlan
 */
enum DatasetSize {
  /** For a test: seconds. */
  TINY(6, 400, 2_000, 1_000, 1, 300, 500, 20),
  /** For quick runs: a minute or two. */
  SMALL(40, 10_000, 50_000, 10_000, 3, 2_000, 5_000, 50),
  /** Every regency and city of Indonesia, at the scale of issue #12. */
  NATIONAL(514, 200_000, 1_000_000, 100_000, 12, 10_000, 30_000, 100);

  final int tenants;
  final int businesses;
  final int products;
  final int bondowosoProducts;
  final int largeTenants;
  final int largeMin;
  final int largeMax;
  final int smallMin;

  DatasetSize(
      int tenants,
      int businesses,
      int products,
      int bondowosoProducts,
      int largeTenants,
      int largeMin,
      int largeMax,
      int smallMin) {
    this.tenants = tenants;
    this.businesses = businesses;
    this.products = products;
    this.bondowosoProducts = bondowosoProducts;
    this.largeTenants = largeTenants;
    this.largeMin = largeMin;
    this.largeMax = largeMax;
    this.smallMin = smallMin;
  }

  static DatasetSize parse(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Unknown size " + name + ": use tiny, small or national", e);
    }
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
