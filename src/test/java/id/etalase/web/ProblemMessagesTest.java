package id.etalase.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every problem key the services can raise has a message in both languages. */
class ProblemMessagesTest {

  @Test
  void everyProblemKeyInTheCodeHasAMessage() throws IOException {
    Pattern key = Pattern.compile("\"(problem\\.[A-Za-z]+)\"");
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = key.matcher(Files.readString(f));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertTrue(used.size() >= 10, used.toString());
    for (Locale locale : new Locale[] {Locale.forLanguageTag("id"), Locale.ENGLISH}) {
      ResourceBundle bundle = ResourceBundle.getBundle("id.etalase.i18n.messages", locale);
      Set<String> missing = new TreeSet<>(used);
      missing.removeIf(bundle::containsKey);
      assertEquals(Set.of(), missing, locale.toString());
    }
  }
}
