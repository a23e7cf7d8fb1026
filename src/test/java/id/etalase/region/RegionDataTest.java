package id.etalase.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The vendored idn-area-data files: complete, and fit for the URLs built from them. */
class RegionDataTest {

  private static final Path DIR = Path.of("src/main/resources/db/region");

  @Test
  void everyOfficialAreaIsThere() throws IOException {
    assertEquals(38, rows("provinces.csv").size());
    assertEquals(514, rows("regencies.csv").size());
    assertEquals(7285, rows("districts.csv").size());
    assertEquals(83762, rows("villages.csv").size());
  }

  @Test
  void districtUrlNamesAreUniqueWithinEveryRegency() throws IOException {
    Map<String, Set<String>> seen = new HashMap<>();
    for (String line : rows("districts.csv")) {
      String[] f = line.split(",", 3);
      String slug = RegionNames.slug(f[2].replace("\"", ""));
      assertTrue(!slug.isEmpty(), line);
      assertTrue(seen.computeIfAbsent(f[1], k -> new HashSet<>()).add(slug), "duplicate: " + line);
    }
    assertEquals(23, seen.get("35.11").size(), "Bondowoso has 23 kecamatan");
    assertTrue(seen.get("35.11").contains("tamanan"));
  }

  @Test
  void slugsAreLowerCaseAsciiWords() {
    assertEquals("jambesari-darus-sholah", RegionNames.slug("Jambesari Darus Sholah"));
    assertEquals("soka-an", RegionNames.slug("Soka\"an"));
    assertEquals("lubuk-pakam-i-ii", RegionNames.slug("Lubuk Pakam I,II"));
    assertEquals("kota-baru", RegionNames.slug("  Kota  Baru "));
  }

  private static List<String> rows(String file) throws IOException {
    List<String> lines = Files.readAllLines(DIR.resolve(file));
    return lines.subList(1, lines.size());
  }
}
