package id.etalase.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** Every message key the import code names exists in both languages. */
class ImportMessagesTest {

  @Test
  void everyImportKeyInTheCodeIsInBothBundles() throws IOException {
    Pattern key = Pattern.compile("\"(import\\.[a-z]+\\.[A-Za-z]+)\"");
    Set<String> used = new TreeSet<>();
    try (Stream<Path> sources = Files.list(Path.of("src/main/java/id/etalase/importing"))) {
      for (Path source : sources.toList()) {
        Matcher m = key.matcher(Files.readString(source));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    for (String bundle : new String[] {"messages_id.properties", "messages_en.properties"}) {
      Properties messages = new Properties();
      try (Reader r =
          Files.newBufferedReader(
              Path.of("src/main/resources/id/etalase/i18n", bundle), StandardCharsets.UTF_8)) {
        messages.load(r);
      }
      Set<String> missing = new TreeSet<>(used);
      missing.removeAll(messages.stringPropertyNames());
      assertEquals(Set.of(), missing, bundle);
    }
  }
}
