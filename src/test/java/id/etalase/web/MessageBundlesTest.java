package id.etalase.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages say everything, and every key a page uses exists. */
class MessageBundlesTest {

  private static final Path BUNDLES = Path.of("src/main/resources/id/etalase/i18n");

  @Test
  void indonesianAndEnglishHaveTheSameKeysAndNoEmptyValues() throws IOException {
    Properties id = load("messages_id.properties");
    Properties en = load("messages_en.properties");
    assertEquals(new TreeSet<>(id.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
    for (Properties bundle : new Properties[] {id, en}) {
      bundle.forEach((k, v) -> assertTrue(!v.toString().isBlank(), k + " is empty"));
    }
  }

  @Test
  void everyKeyUsedInAPageExists() throws IOException {
    Set<String> keys = load("messages_id.properties").stringPropertyNames();
    Pattern used = Pattern.compile("msg\\['([^']+)'\\]");
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        Matcher m = used.matcher(Files.readString(page));
        while (m.find()) {
          String key = m.group(1);
          // A key ending in "." is a prefix completed at run time, such as an enum value.
          boolean known =
              key.endsWith(".")
                  ? keys.stream().anyMatch(k -> k.startsWith(key))
                  : keys.contains(key);
          if (!known) {
            missing.add(page + ": " + m.group(1));
          }
        }
      }
    }
    assertEquals(Set.of(), missing);
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }
}
