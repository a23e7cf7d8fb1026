package id.etalase.dataset;

import id.etalase.dataset.RegionData.Regency;
import id.etalase.region.RegionNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Which regencies become tenants and how many businesses and products each gets. Bondowoso always
 * comes first with its fixed share; then the large tenants, taken from regencies and cities known
 * for their UMKM, each uniform between the size's bounds; the rest share what is left by a
 * log-normal draw (most get a few hundred to a few thousand products). Businesses follow each
 * tenant's products. The same size and seed give the same plan.
 */
final class TenantPlan {

  static final String BONDOWOSO = "35.11";

  /** Regencies and cities with many UMKM: the large tenants are drawn from these. */
  static final List<String> LARGE =
      List.of(
          "35.78", "32.73", "34.71", "33.20", "33.75", "34.04", "51.04", "35.73", "34.02", "12.71",
          "73.71", "33.74", "33.72", "51.71", "16.71", "32.05");

  /**
   * One tenant of the dataset.
   *
   * @param id the tenant's id (1, 2, … in regency-code order)
   */
  record Planned(long id, Regency regency, String slug, int businesses, int products) {
    String name() {
      return regency.name();
    }
  }

  private TenantPlan() {}

  static List<Planned> plan(DatasetSize size, long seed, RegionData regions) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x7e4a27L);
    List<Regency> usable =
        regions.regencies.stream().filter(r -> !r.districts().isEmpty()).toList();
    Regency bondowoso =
        usable.stream()
            .filter(r -> r.code().equals(BONDOWOSO))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("No regency " + BONDOWOSO));
    if (size.tenants > usable.size()) {
      throw new IllegalArgumentException(
          size + " needs " + size.tenants + " regencies, the region data has " + usable.size());
    }
    List<Regency> large = new ArrayList<>();
    for (String code : shuffled(LARGE, random)) {
      if (large.size() < size.largeTenants) {
        usable.stream().filter(r -> r.code().equals(code)).findFirst().ifPresent(large::add);
      }
    }
    List<Regency> others = new ArrayList<>(usable);
    others.remove(bondowoso);
    others.removeAll(large);
    others = shuffled(others, random).subList(0, size.tenants - 1 - large.size());

    List<Regency> chosen = new ArrayList<>();
    List<Integer> products = new ArrayList<>();
    chosen.add(bondowoso);
    products.add(size.bondowosoProducts);
    int left = size.products - size.bondowosoProducts;
    for (Regency r : large) {
      int n = size.largeMin + random.nextInt(size.largeMax - size.largeMin + 1);
      chosen.add(r);
      products.add(n);
      left -= n;
    }
    double[] weights = new double[others.size()];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      weights[i] = Math.exp(0.8 * gaussian(random));
      sum += weights[i];
    }
    int[] small = apportion(weights, sum, left, size.smallMin, size.largeMin - 1);
    for (int i = 0; i < others.size(); i++) {
      chosen.add(others.get(i));
      products.add(small[i]);
    }

    double[] productWeights = products.stream().mapToDouble(Integer::doubleValue).toArray();
    int[] businesses =
        apportion(productWeights, size.products, size.businesses, 1, Integer.MAX_VALUE);

    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < chosen.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing(i -> chosen.get(i).code()));
    Set<String> slugs = new HashSet<>();
    List<Planned> plan = new ArrayList<>();
    long id = 1;
    for (int i : order) {
      Regency r = chosen.get(i);
      String slug = slug(r);
      if (!slugs.add(slug)) {
        slug = slug + "-" + r.code().replace(".", "");
        slugs.add(slug);
      }
      plan.add(
          new Planned(id++, r, slug, Math.min(businesses[i], products.get(i)), products.get(i)));
    }
    return List.copyOf(plan);
  }

  /**
   * The tenant's slug: the regency's name as people say it ("bondowoso"), with "kota-" for a city
   * ("kota-bandung", since Kabupaten Bandung is another regency).
   */
  static String slug(Regency r) {
    String base = RegionNames.slug(r.shortName());
    String slug = r.isCity() ? "kota-" + base : base;
    return slug.length() > 63 ? slug.substring(0, 63).replaceAll("-+$", "") : slug;
  }

  /**
   * Splits {@code total} in proportion to {@code weights}, each share within [min, max], the shares
   * adding up to exactly {@code total} (largest remainders first).
   */
  static int[] apportion(double[] weights, double weightSum, int total, int min, int max) {
    int n = weights.length;
    int[] shares = new int[n];
    if (n == 0) {
      return shares;
    }
    double[] remainders = new double[n];
    int given = 0;
    for (int i = 0; i < n; i++) {
      double exact = weights[i] / weightSum * total;
      shares[i] = Math.max(min, Math.min(max, (int) Math.floor(exact)));
      remainders[i] = exact - Math.floor(exact);
      given += shares[i];
    }
    List<Integer> byRemainder = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      byRemainder.add(i);
    }
    byRemainder.sort(
        Comparator.comparingDouble((Integer i) -> -remainders[i]).thenComparing(i -> i));
    int step = given < total ? 1 : -1;
    for (int round = 0; given != total; round++) {
      int i = byRemainder.get(round % n);
      int next = shares[i] + step;
      if (next >= min && next <= max) {
        shares[i] = next;
        given += step;
      } else if (round > 4L * n * Math.max(1, Math.abs(total - given))) {
        throw new IllegalStateException("Cannot split " + total + " within " + min + ".." + max);
      }
    }
    return shares;
  }

  private static double gaussian(SplittableRandom random) {
    // Box-Muller: SplittableRandom has no nextGaussian on Java 17.
    double u = 1.0 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  private static <T> List<T> shuffled(List<T> items, SplittableRandom random) {
    List<T> copy = new ArrayList<>(items);
    for (int i = copy.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T t = copy.get(i);
      copy.set(i, copy.get(j));
      copy.set(j, t);
    }
    return copy;
  }
}
