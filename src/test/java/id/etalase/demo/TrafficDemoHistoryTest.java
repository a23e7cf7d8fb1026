package id.etalase.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.traffic.Channel;
import id.etalase.traffic.Subject;
import id.etalase.traffic.TrafficCounter.Key;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The demo history is the same from the same seed, covers its months, and is plausible. */
class TrafficDemoHistoryTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  @Test
  void theSameSeedGivesTheSameHistoryOfPlausibleDailyTotals() {
    Map<Key, Long> one = history(42);
    assertEquals(one, history(42));
    long views = sum(one, null);
    long whatsapp = sum(one, Channel.WHATSAPP);
    long phone = sum(one, Channel.PHONE);
    assertTrue(views > 1000, "months of views: " + views);
    assertTrue(whatsapp > phone && phone > 0, whatsapp + " WhatsApp leads, " + phone + " calls");
    assertTrue(whatsapp + phone < views / 5, "far fewer leads than views");
    assertTrue(one.keySet().stream().allMatch(k -> k.day().isBefore(TODAY)), "never today");
    assertTrue(
        one.keySet().stream()
            .allMatch(k -> !k.day().isBefore(TODAY.minusDays(TrafficDemoHistory.DAYS))));
    assertTrue(one.values().stream().allMatch(v -> v > 0), "no empty totals");
  }

  @Test
  void aRecordRegisteredLaterIsCountedFromItsRegistrationDayOnly() {
    LocalDate registered = TODAY.minusDays(30);
    Map<Key, Long> later = history(42, registered);
    assertEquals(later, history(42, registered));
    LocalDate first = later.keySet().stream().map(Key::day).min(LocalDate::compareTo).orElseThrow();
    assertFalse(first.isBefore(registered), "first counted " + first);
    assertTrue(first.isBefore(registered.plusDays(3)), "counted from soon after: " + first);
    assertTrue(sum(later, null) > 100, "a month of views: " + sum(later, null));
    assertTrue(sum(later, Channel.WHATSAPP) > 0, "and leads");
    assertTrue(later.keySet().stream().allMatch(k -> k.day().isBefore(TODAY)), "never today");
  }

  private static Map<Key, Long> history(long seed) {
    return history(seed, TODAY.minusDays(TrafficDemoHistory.DAYS));
  }

  private static Map<Key, Long> history(long seed, LocalDate from) {
    Map<Key, Long> totals = new HashMap<>();
    Random random = new Random(seed);
    for (long id = 1; id <= 5; id++) {
      TrafficDemoHistory.series(
          totals,
          random,
          7,
          TODAY,
          from,
          Subject.PRODUCT,
          id,
          9,
          List.of(Channel.WHATSAPP, Channel.PHONE));
    }
    return totals;
  }

  private static long sum(Map<Key, Long> totals, Channel channel) {
    return totals.entrySet().stream()
        .filter(e -> e.getKey().channel() == channel)
        .mapToLong(Map.Entry::getValue)
        .sum();
  }
}
