package id.etalase.traffic;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells crawlers from people by their User-Agent, with the patterns of the maintained
 * crawler-user-agents list (vendored unchanged next to this class), so search engines, link
 * previews and monitors do not count as views or leads. A missing agent counts as a crawler: every
 * browser sends one. Browsers send few distinct agents, so each verdict is remembered.
 */
public final class Crawlers {

  static final String LIST = "crawler-user-agents.txt";
  private static final int LONGEST_AGENT = 512;

  private final Pattern any;
  private final Cache<String, Boolean> verdicts = Caffeine.newBuilder().maximumSize(10_000).build();

  private Crawlers(List<String> patterns) {
    this.any =
        Pattern.compile(String.join("|", patterns.stream().map(p -> "(?:" + p + ")").toList()));
  }

  /** The shipped list. */
  public static Crawlers load() {
    try (InputStream in = Crawlers.class.getResourceAsStream(LIST)) {
      if (in == null) {
        throw new IllegalStateException(LIST + " is missing");
      }
      List<String> patterns = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          patterns.add(line);
        }
      }
      return new Crawlers(patterns);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean isCrawler(String userAgent) {
    if (userAgent == null || userAgent.isBlank()) {
      return true;
    }
    String agent =
        userAgent.length() > LONGEST_AGENT ? userAgent.substring(0, LONGEST_AGENT) : userAgent;
    return verdicts.get(agent, a -> any.matcher(a).find());
  }
}
