package id.etalase.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.demo.RegistrationDemoHistory.Dates;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The demo registrations' spread is the same from the same seed, covers six months, and publishes
 * only published businesses, after they registered and never in the future.
 */
class RegistrationDemoHistoryTest {

  static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 2, 20, 30, 0, 0, ZoneOffset.UTC);
  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  /** Situbondo's shipped demo: thirteen businesses, the last two drafts. */
  static final List<Boolean> PUBLISHED = published(13, 2);

  @Test
  void theSameSeedSpreadsTheSameDatesAndAnotherSeedOthers() {
    assertEquals(
        RegistrationDemoHistory.spread("situbondo", PUBLISHED, NOW),
        RegistrationDemoHistory.spread("situbondo", PUBLISHED, NOW));
    assertNotEquals(
        RegistrationDemoHistory.spread("situbondo", PUBLISHED, NOW),
        RegistrationDemoHistory.spread("bondowoso", PUBLISHED, NOW));
  }

  @Test
  void registrationsCoverTheLastSixMonthsAndPublicationsFollowThem() {
    for (List<Boolean> published : List.of(PUBLISHED, published(38, 2), published(5, 1))) {
      List<Dates> dates = RegistrationDemoHistory.spread("bondowoso", published, NOW);
      assertEquals(published.size(), dates.size());
      Set<YearMonth> registered = new TreeSet<>();
      Set<YearMonth> publications = new TreeSet<>();
      for (int i = 0; i < dates.size(); i++) {
        Dates d = dates.get(i);
        assertTrue(
            !d.registered().isBefore(NOW.minusDays(RegistrationDemoHistory.DAYS)),
            "within six months: " + d);
        assertTrue(
            !d.registered().isAfter(NOW.minus(RegistrationDemoHistory.NEWEST)),
            "at least two days old, so a later start sees it was spread: " + d);
        registered.add(YearMonth.from(d.registered().atZoneSameInstant(JAKARTA)));
        if (published.get(i)) {
          assertNotNull(d.published(), "a published business has its publication");
          assertTrue(d.published().isAfter(d.registered()), "published after registering: " + d);
          assertTrue(d.published().isBefore(NOW), "never in the future: " + d);
          publications.add(YearMonth.from(d.published().atZoneSameInstant(JAKARTA)));
        } else {
          assertNull(d.published(), "a draft was never published");
        }
      }
      if (published.size() >= 13) {
        assertEquals(
            Set.of(
                YearMonth.of(2026, 6),
                YearMonth.of(2026, 7),
                YearMonth.of(2026, 8),
                YearMonth.of(2026, 9),
                YearMonth.of(2026, 10),
                YearMonth.of(2026, 11)),
            registered,
            "every one of the six months has registrations");
        assertTrue(publications.size() >= 5, "publications over the months: " + publications);
      }
    }
  }

  private static List<Boolean> published(int n, int drafts) {
    List<Boolean> published = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      published.add(i < n - drafts);
    }
    return published;
  }
}
