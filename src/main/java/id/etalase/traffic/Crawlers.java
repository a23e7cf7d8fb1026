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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tells crawlers from people by their User-Agent, with the patterns of the maintained
 * crawler-user-agents list (vendored unchanged next to this class), so search engines, link
 * previews and monitors do not count as views or leads. A missing agent counts as a crawler: every
 * browser sends one. Nearly all patterns are plain words, looked up by their first three letters at
 * each position of the agent; only the few real expressions are matched as such, one by one (1,500
 * alternatives in one regex took over a millisecond an agent, this about a tenth of that). Verdicts
 * are remembered too.
 */
public final class Crawlers {

  static final String LIST = "crawler-user-agents.txt";
  private static final int LONGEST_AGENT = 512;

  /** A backslash before punctuation only makes it literal. */
  private static final Pattern ESCAPED = Pattern.compile("\\\\([^A-Za-z0-9])");

  private static final Pattern META = Pattern.compile("[\\\\^$.|?*+()\\[\\]{}]");

  private static final int KEY = 3;

  private final Map<String, List<String>> words = new HashMap<>();
  private final List<Pattern> expressions = new ArrayList<>();
  private final Cache<String, Boolean> verdicts = Caffeine.newBuilder().maximumSize(10_000).build();

  private Crawlers(List<String> patterns) {
    for (String pattern : patterns) {
      String word = ESCAPED.matcher(pattern).replaceAll("$1");
      boolean plain = !META.matcher(ESCAPED.matcher(pattern).replaceAll("")).find();
      if (plain && word.length() >= KEY) {
        words.computeIfAbsent(word.substring(0, KEY), k -> new ArrayList<>()).add(word);
      } else {
        expressions.add(Pattern.compile(pattern));
      }
    }
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
    return verdicts.get(
        agent, a -> containsWord(a) || expressions.stream().anyMatch(e -> e.matcher(a).find()));
  }

  private boolean containsWord(String agent) {
    for (int i = 0; i + KEY <= agent.length(); i++) {
      List<String> candidates = words.get(agent.substring(i, i + KEY));
      if (candidates != null) {
        for (String word : candidates) {
          if (agent.startsWith(word, i)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
