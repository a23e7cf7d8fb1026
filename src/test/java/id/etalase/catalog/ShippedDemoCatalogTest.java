package id.etalase.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.common.YamlFiles;
import id.etalase.contact.PhoneNumbers;
import id.etalase.region.RegionNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The demo catalogs shipped in {@code tenants/} (which the Run command loads; the integration tests
 * use small fixed ones): big enough, and consistent with the region data, the default categories
 * and each other, so the import never stops half-way. The import path itself is tested with the
 * fixtures.
 */
class ShippedDemoCatalogTest {

  private static final Set<String> CATEGORIES =
      CategoryService.DEFAULTS.stream().map(CategoryData::slug).collect(Collectors.toSet());

  @Test
  void bondowosoHasARealisticCatalog() throws IOException {
    Catalog c = check("bondowoso", "35.11");
    assertTrue(c.businesses >= 30, c.businesses + " businesses");
    assertTrue(c.products >= 120, c.products + " products");
    assertTrue(c.districts >= 8, "spread across " + c.districts + " kecamatan");
    assertTrue(c.clusters.contains("sentra-batik-tamanan"));
  }

  @Test
  void situbondoHasASmallerCatalogOfItsOwn() throws IOException {
    Catalog c = check("situbondo", "35.12");
    assertTrue(c.businesses >= 8, c.businesses + " businesses");
    assertTrue(c.products >= 20, c.products + " products");
  }

  private record Catalog(int businesses, int products, int districts, Set<String> clusters) {}

  private Catalog check(String tenant, String regency) throws IOException {
    Path demo = Path.of("tenants", tenant, "demo");
    Map<String, String> districts = districtsOf(regency);
    List<String> problems = new ArrayList<>();

    Set<String> clusters = new HashSet<>();
    Path clusterFile = demo.resolve("clusters.yaml");
    if (Files.exists(clusterFile)) {
      for (Map<?, ?> c : YamlFiles.readMappings(clusterFile)) {
        if (!clusters.add(YamlFiles.text(c, "slug"))) problems.add("duplicate cluster " + c);
        String k = YamlFiles.text(c, "kecamatan");
        if (k != null && !districts.containsKey(RegionNames.slug(k)))
          problems.add("no kecamatan " + k);
        String phone = YamlFiles.text(c, "contactPhone");
        if (phone != null && PhoneNumbers.normalise(phone).isEmpty())
          problems.add("phone " + phone);
      }
    }

    Set<String> businesses = new HashSet<>();
    Set<String> usedDistricts = new HashSet<>();
    for (Map<?, ?> b : YamlFiles.readMappings(demo.resolve("businesses.yaml"))) {
      String slug = YamlFiles.text(b, "slug");
      if (slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
        problems.add("slug " + slug);
      }
      if (!businesses.add(slug)) problems.add("duplicate business " + slug);
      String k = YamlFiles.text(b, "kecamatan");
      if (k != null) {
        if (!districts.containsKey(RegionNames.slug(k))) problems.add(slug + ": no kecamatan " + k);
        usedDistricts.add(RegionNames.slug(k));
      }
      String phone = YamlFiles.text(b, "phone");
      if (phone != null && PhoneNumbers.normalise(phone).isEmpty())
        problems.add(slug + ": phone " + phone);
      String wa = YamlFiles.text(b, "whatsapp");
      if (wa != null && PhoneNumbers.normaliseMobile(wa).isEmpty())
        problems.add(slug + ": whatsapp " + wa);
      String nib = YamlFiles.text(b, "nib");
      if (nib != null && !nib.matches("[0-9]{13}")) problems.add(slug + ": nib " + nib);
      String cluster = YamlFiles.text(b, "cluster");
      if (cluster != null && !clusters.contains(cluster))
        problems.add(slug + ": cluster " + cluster);
    }

    Set<String> products = new HashSet<>();
    for (Map<?, ?> p : YamlFiles.readMappings(demo.resolve("products.yaml"))) {
      String slug = YamlFiles.text(p, "slug");
      if (!products.add(slug)) problems.add("duplicate product " + slug);
      if (!businesses.contains(YamlFiles.text(p, "business"))) problems.add(slug + ": business");
      if (!CATEGORIES.contains(YamlFiles.text(p, "category"))) problems.add(slug + ": category");
      String price = YamlFiles.text(p, "price");
      if (price == null && !"true".equals(YamlFiles.text(p, "negotiable")))
        problems.add(slug + ": price");
    }
    assertEquals(List.of(), problems);
    return new Catalog(businesses.size(), products.size(), usedDistricts.size(), clusters);
  }

  private static Map<String, String> districtsOf(String regency) throws IOException {
    Map<String, String> bySlug = new HashMap<>();
    for (String line : Files.readAllLines(Path.of("src/main/resources/db/region/districts.csv"))) {
      String[] f = line.split(",", 3);
      if (f[1].equals(regency)) {
        bySlug.put(RegionNames.slug(f[2].replace("\"", "")), f[0]);
      }
    }
    return bySlug;
  }
}
