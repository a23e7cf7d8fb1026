package id.etalase.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the tenant's category a product row names: by slug, Indonesian or English name, ignoring
 * case, spacing and punctuation; then with the small typos {@link RegionMatcher} forgives. An
 * unknown or ambiguous name is an error with the closest categories, as for kecamatan.
 */
final class CategoryMatcher {

  /** A category as the matcher needs it. */
  record Entry(String slug, String name, String nameEn) {}

  private final Map<String, String> exact = new HashMap<>();
  private final RegionMatcher fuzzy;

  CategoryMatcher(List<Entry> categories) {
    List<RegionMatcher.Area> names = new ArrayList<>();
    for (Entry c : categories) {
      exact.putIfAbsent(ColumnMapping.normalise(c.slug()), c.slug());
      exact.putIfAbsent(ColumnMapping.normalise(c.name()), c.slug());
      if (c.nameEn() != null) {
        exact.putIfAbsent(ColumnMapping.normalise(c.nameEn()), c.slug());
      }
      names.add(new RegionMatcher.Area(c.slug(), c.name()));
    }
    this.fuzzy = new RegionMatcher(names, Map.of());
  }

  /** The slug of the category {@code typed} names; empty for a blank cell. */
  FieldResult<String> match(String typed) {
    String text = TextValue.clean(typed);
    if (text == null) {
      return FieldResult.empty();
    }
    String found = exact.get(ColumnMapping.normalise(text));
    if (found != null) {
      return FieldResult.of(found);
    }
    FieldResult<String> near = fuzzy.district(text);
    if (!near.isError()) {
      return near;
    }
    return FieldResult.error(
        near.errorKey().endsWith("Ambiguous")
            ? "import.error.categoryAmbiguous"
            : "import.error.category",
        near.arguments().toArray());
  }
}
