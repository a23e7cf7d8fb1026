package id.etalase.common;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads the platform's YAML files (tenant folders, demo data) into plain maps and lists. Only
 * standard YAML types are built, never Java objects named in the file, and sizes are capped.
 */
public final class YamlFiles {

  private static final int MAX_CODE_POINTS = 5 * 1024 * 1024;

  private YamlFiles() {}

  /** A YAML file whose top level is a mapping. */
  public static Map<String, Object> readMap(Path file) throws IOException {
    Object document = read(file);
    if (!(document instanceof Map<?, ?>)) {
      throw new IOException(file + ": the top level must be a mapping of keys to values");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) document;
    return map;
  }

  /** A YAML file whose top level is a list. */
  public static List<Object> readList(Path file) throws IOException {
    Object document = read(file);
    if (!(document instanceof List<?>)) {
      throw new IOException(file + ": the top level must be a list");
    }
    @SuppressWarnings("unchecked")
    List<Object> list = (List<Object>) document;
    return list;
  }

  /** A YAML file that lists mappings, such as the demo data files. */
  public static List<Map<?, ?>> readMappings(Path file) throws IOException {
    List<Map<?, ?>> rows = new java.util.ArrayList<>();
    for (Object item : readList(file)) {
      if (!(item instanceof Map<?, ?> map)) {
        throw new IOException(file + ": every entry must be a mapping of keys to values");
      }
      rows.add(map);
    }
    return rows;
  }

  /** The mappings of a demo file, or none when the file is absent; a broken file stops the load. */
  public static List<Map<?, ?>> readMappingsIfPresent(Path file) {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      return readMappings(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Object read(Path file) throws IOException {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setMaxAliasesForCollections(20);
    options.setAllowDuplicateKeys(false);
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return new Yaml(new SafeConstructor(options)).load(reader);
    } catch (YAMLException e) {
      throw new IOException(file + ": not valid YAML: " + e.getMessage(), e);
    }
  }

  /** A text value of a map, or null; numbers are read as their text. */
  public static String text(Map<?, ?> map, String key) {
    Object value = map.get(key);
    return value == null ? null : value.toString().strip();
  }

  /** A nested mapping, or an empty one. */
  public static Map<?, ?> section(Map<?, ?> map, String key) {
    Object value = map.get(key);
    return value instanceof Map<?, ?> m ? m : Map.of();
  }
}
