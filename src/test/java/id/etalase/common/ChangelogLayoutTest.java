package id.etalase.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the Liquibase changelog as the README describes it: a master file that only includes, one
 * file per change in the order they run, numbered without gaps, and (from 0009 on) one changeset
 * per file, whose id is the file's name. 0008 predates the rule and has shipped, so it stays.
 */
class ChangelogLayoutTest {

  private static final Path CHANGELOG = Path.of("src/main/resources/db/changelog");
  private static final Pattern INCLUDE = Pattern.compile("file: changes/(\\S+)");
  private static final Pattern NUMBERED = Pattern.compile("(\\d{4})-[a-z0-9-]+\\.(sql|yaml)");
  private static final Pattern CHANGESET = Pattern.compile("(?m)^--changeset etalase:(\\S+)");

  @Test
  void theMasterIncludesEveryChangeFileOnceInNumberOrderWithTheGrantsLast() throws IOException {
    List<String> included = new ArrayList<>();
    Matcher m = INCLUDE.matcher(Files.readString(CHANGELOG.resolve("db.changelog-master.yaml")));
    while (m.find()) {
      included.add(m.group(1));
    }
    List<String> files;
    try (Stream<Path> list = Files.list(CHANGELOG.resolve("changes"))) {
      files = list.map(p -> p.getFileName().toString()).sorted().toList();
    }
    List<String> expected = new ArrayList<>(files);
    expected.remove("app-role-grants.sql");
    expected.add("app-role-grants.sql");
    assertEquals(expected, included);
    for (int i = 0; i < included.size() - 1; i++) {
      Matcher name = NUMBERED.matcher(included.get(i));
      assertTrue(name.matches(), "named NNNN-what-it-changes: " + included.get(i));
      assertEquals(
          i + 1, Integer.parseInt(name.group(1)), "numbered without gaps: " + name.group());
    }
  }

  @Test
  void eachNewChangeFileHoldsOneChangeNamedAfterItsFile() throws IOException {
    try (Stream<Path> list = Files.list(CHANGELOG.resolve("changes"))) {
      for (Path file : list.filter(p -> p.toString().endsWith(".sql")).toList()) {
        String name = file.getFileName().toString().replaceFirst("\\.sql$", "");
        if (name.compareTo("0009") < 0) {
          continue;
        }
        List<String> ids = new ArrayList<>();
        Matcher m = CHANGESET.matcher(Files.readString(file));
        while (m.find()) {
          ids.add(m.group(1));
        }
        assertEquals(List.of(name), ids, file.toString());
      }
    }
  }
}
