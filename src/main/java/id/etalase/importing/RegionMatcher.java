package id.etalase.importing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Matches kecamatan and desa names as operators type them to the official codes of the tenant's
 * regency. Case, spacing, punctuation and prefixes ("Kec.", "Kecamatan", "Desa", "Kel.") do not
 * count, and small typos are forgiven: up to one edit for short names, two from seven letters,
 * three from thirteen (Damerau-Levenshtein, a swap of neighbours being one edit). A name is matched
 * only when exactly one official name is closest; otherwise the operator is shown the candidates,
 * because a wrong kecamatan is worse than a question.
 *
 * <p>A matcher serves one reading of a file: it remembers its answers, and is not for sharing
 * between threads.
 */
public final class RegionMatcher {

  /** An official area: its code and its name as the region tables hold it. */
  public record Area(String code, String name) {}

  private static final Pattern PREFIX =
      Pattern.compile(
          "^(?:kecamatan|kec|kelurahan|kel|desa|ds|kampung|kp|nagari|gampong)\\b\\.?\\s*");
  private static final int CANDIDATES = 3;

  /** Longer than any official area name; the distance is not worth computing past it. */
  private static final int MAX_NAME = 80;

  /** Distinct spellings remembered per matcher: a file repeats a few dozen names many times. */
  private static final int REMEMBERED = 10_000;

  private final Areas districts;
  private final Map<String, Areas> villagesByDistrict = new HashMap<>();
  private final Map<String, FieldResult<String>> remembered = new HashMap<>();

  /**
   * @param districts the regency's kecamatan
   * @param villagesByDistrict each kecamatan's desa and kelurahan, by kecamatan code
   */
  public RegionMatcher(List<Area> districts, Map<String, List<Area>> villagesByDistrict) {
    if (districts == null || villagesByDistrict == null) {
      throw new IllegalArgumentException("The regency's districts and villages are required");
    }
    this.districts = new Areas(districts);
    villagesByDistrict.forEach(
        (code, areas) -> this.villagesByDistrict.put(code, new Areas(areas)));
  }

  /** The code of the kecamatan {@code typed} names. */
  public FieldResult<String> district(String typed) {
    return remember(
        "\0" + typed,
        () -> match(typed, districts, "import.error.district", "import.error.districtAmbiguous"));
  }

  /**
   * The code of the desa or kelurahan {@code typed} names within kecamatan {@code districtCode}.
   */
  public FieldResult<String> village(String districtCode, String typed) {
    return remember(
        districtCode + "\0" + typed,
        () ->
            match(
                typed,
                villagesByDistrict.getOrDefault(districtCode, Areas.NONE),
                "import.error.village",
                "import.error.villageAmbiguous"));
  }

  private FieldResult<String> remember(String key, Supplier<FieldResult<String>> match) {
    FieldResult<String> known = remembered.get(key);
    if (known != null) {
      return known;
    }
    FieldResult<String> result = match.get();
    if (remembered.size() < REMEMBERED) {
      remembered.put(key, result);
    }
    return result;
  }

  /** Areas with their names normalised once, and looked up by name without spaces. */
  private static final class Areas {
    static final Areas NONE = new Areas(List.of());

    final List<Area> list;
    final List<String> names = new ArrayList<>();
    final List<String> squeezed = new ArrayList<>();
    final Map<String, List<Area>> bySqueezedName = new HashMap<>();

    Areas(List<Area> areas) {
      this.list = List.copyOf(areas);
      for (Area area : list) {
        String name = normalise(area.name());
        names.add(name);
        squeezed.add(squeeze(name));
        bySqueezedName.computeIfAbsent(squeeze(name), k -> new ArrayList<>(1)).add(area);
      }
    }
  }

  private static FieldResult<String> match(
      String typed, Areas areas, String unknownKey, String ambiguousKey) {
    String text = TextValue.clean(typed);
    if (text == null) {
      return FieldResult.empty();
    }
    String wanted = normalise(text);
    if (wanted.length() > MAX_NAME) {
      return FieldResult.error(
          unknownKey,
          text.substring(0, MAX_NAME),
          String.join(", ", areas.list.stream().limit(CANDIDATES).map(Area::name).toList()));
    }
    // The official name itself (distance 0), when no other area has it too.
    List<Area> exact = areas.bySqueezedName.get(squeeze(wanted));
    if (exact != null && exact.size() == 1) {
      return FieldResult.of(exact.get(0).code());
    }
    List<Scored> scored = new ArrayList<>(areas.list.size());
    for (int i = 0; i < areas.list.size(); i++) {
      int distance =
          Math.min(
              distance(wanted, areas.names.get(i)),
              distance(squeeze(wanted), areas.squeezed.get(i)));
      scored.add(new Scored(areas.list.get(i), distance));
    }
    scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(s -> s.area().name()));
    if (scored.isEmpty() || scored.get(0).distance() > tolerance(wanted)) {
      List<String> closest = scored.stream().limit(CANDIDATES).map(s -> s.area().name()).toList();
      return FieldResult.error(unknownKey, text, String.join(", ", closest));
    }
    int best = scored.get(0).distance();
    List<String> tied =
        scored.stream().filter(s -> s.distance() == best).map(s -> s.area().name()).toList();
    if (tied.size() > 1) {
      return FieldResult.error(ambiguousKey, text, String.join(", ", tied));
    }
    return FieldResult.of(scored.get(0).area().code());
  }

  private record Scored(Area area, int distance) {}

  /** Lower case letters, digits and single spaces, accents and area prefixes dropped. */
  static String normalise(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    String words = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", " ").strip();
    String bare = PREFIX.matcher(words).replaceFirst("");
    return bare.replace(".", " ").replaceAll("\\s+", " ").strip();
  }

  private static String squeeze(String name) {
    return name.replace(" ", "");
  }

  static int tolerance(String name) {
    int length = squeeze(name).length();
    if (length <= 3) {
      return 0;
    }
    if (length <= 6) {
      return 1;
    }
    return length <= 12 ? 2 : 3;
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
