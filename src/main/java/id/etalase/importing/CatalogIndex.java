package id.etalase.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a tenant already holds, as the import compares rows with it: businesses by NIB, by name and
 * phone, and by name, and products by business and name. Small tuples only, read once per preview
 * or write, so that 100,000 rows are matched without a query each.
 */
final class CatalogIndex {

  /** An existing business, as an import row may name it. */
  record BusinessRef(long id, String slug, String name) {}

  /** An existing product of a business. */
  record ProductRef(long id, String slug, String name) {}

  private final Map<String, List<BusinessRef>> byNib = new HashMap<>();
  private final Map<String, List<BusinessRef>> byNameAndPhone = new HashMap<>();
  private final Map<String, List<BusinessRef>> byName = new HashMap<>();
  private final Map<String, ProductRef> products = new HashMap<>();
  private final Set<String> businessSlugs = new HashSet<>();
  private final Set<String> productSlugs = new HashSet<>();
  private final Map<String, Integer> nextSuffix = new HashMap<>();

  void addBusiness(long id, String slug, String name, String nib, String phone, String whatsapp) {
    BusinessRef ref = new BusinessRef(id, slug, name);
    businessSlugs.add(slug);
    if (nib != null) {
      byNib.computeIfAbsent(nib, k -> new ArrayList<>(1)).add(ref);
    }
    String key = ColumnMapping.normalise(name);
    byName.computeIfAbsent(key, k -> new ArrayList<>(1)).add(ref);
    if (phone != null) {
      byNameAndPhone.computeIfAbsent(key + "|" + phone, k -> new ArrayList<>(1)).add(ref);
    }
    if (whatsapp != null && !whatsapp.equals(phone)) {
      byNameAndPhone.computeIfAbsent(key + "|" + whatsapp, k -> new ArrayList<>(1)).add(ref);
    }
  }

  void addProduct(long id, long businessId, String slug, String name) {
    productSlugs.add(slug);
    products.putIfAbsent(
        businessId + "|" + ColumnMapping.normalise(name), new ProductRef(id, slug, name));
  }

  /** The first business with this NIB (the lowest id), if any. */
  BusinessRef byNib(String nib) {
    List<BusinessRef> found = nib == null ? null : byNib.get(nib);
    return found == null ? null : found.get(0);
  }

  BusinessRef byNameAndPhone(String name, String phone) {
    if (name == null || phone == null) {
      return null;
    }
    List<BusinessRef> found = byNameAndPhone.get(ColumnMapping.normalise(name) + "|" + phone);
    return found == null ? null : found.get(0);
  }

  /** The business of this name when exactly one has it. */
  BusinessRef uniqueByName(String name) {
    List<BusinessRef> found = name == null ? null : byName.get(ColumnMapping.normalise(name));
    return found != null && found.size() == 1 ? found.get(0) : null;
  }

  boolean nameIsAmbiguous(String name) {
    List<BusinessRef> found = name == null ? null : byName.get(ColumnMapping.normalise(name));
    return found != null && found.size() > 1;
  }

  ProductRef product(long businessId, String name) {
    return products.get(businessId + "|" + ColumnMapping.normalise(name));
  }

  /**
   * A slug no business (or product) of the tenant has and none handed out before: {@code stem},
   * then {@code stem-2}, {@code stem-3}… Each stem resumes where it stopped, so the thousandth
   * "Keripik Singkong" costs no more than the first. A record created elsewhere meanwhile is caught
   * by the service's own check, which refuses the batch.
   */
  String freeSlug(boolean business, String stem) {
    Set<String> taken = business ? businessSlugs : productSlugs;
    String key = (business ? "b:" : "p:") + stem;
    int n = nextSuffix.getOrDefault(key, 1);
    String candidate = n == 1 ? stem : stem + "-" + n;
    while (taken.contains(candidate)) {
      candidate = stem + "-" + ++n;
    }
    nextSuffix.put(key, n + 1);
    taken.add(candidate);
    return candidate;
  }
}
