package id.etalase.traffic;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The shipped crawler list compiles as Java patterns and tells crawlers from phones. */
class CrawlersTest {

  static final String PHONE =
      "Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko)"
          + " Chrome/131.0.0.0 Mobile Safari/537.36";
  static final String GOOGLEBOT =
      "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

  private final Crawlers crawlers = Crawlers.load();

  @Test
  void peopleCountCrawlersDoNot() {
    assertFalse(crawlers.isCrawler(PHONE));
    assertFalse(
        crawlers.isCrawler(
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15"
                + " (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"));
    assertTrue(crawlers.isCrawler(GOOGLEBOT));
    assertTrue(crawlers.isCrawler("facebookexternalhit/1.1"));
    assertTrue(crawlers.isCrawler("WhatsApp/2.23.20.0 A"), "link previews fetch pages too");
    assertTrue(crawlers.isCrawler(null), "every browser sends an agent");
    assertTrue(crawlers.isCrawler(" "));
  }
}
