package id.etalase.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** What a tenant's demo data says, read straight from its folder, for the tests to expect. */
public record DemoData(Set<String> allSlugs, Set<String> publishedSlugs, Set<String> names) {

  /** The tenants folder the server loaded; the tests run beside it. */
  public static Path tenantsDir() {
    String dir = System.getenv("ETALASE_TENANTS_DIR");
    if (dir == null) {
      dir = System.getProperty("etalase.test.tenants", "target/test-tenants");
    }
    return Path.of(dir);
  }

  public static DemoData of(String tenant) {
    Path file = tenantsDir().resolve(tenant).resolve("demo/businesses.yaml");
    List<Map<String, Object>> rows;
    try (var in = java.nio.file.Files.newBufferedReader(file)) {
      rows = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> all = rows.stream().map(r -> (String) r.get("slug")).collect(Collectors.toSet());
    Set<String> published =
        rows.stream()
            .filter(r -> !"draft".equals(r.get("status")))
            .map(r -> (String) r.get("slug"))
            .collect(Collectors.toSet());
    Set<String> names = rows.stream().map(r -> (String) r.get("name")).collect(Collectors.toSet());
    return new DemoData(all, published, names);
  }
}
