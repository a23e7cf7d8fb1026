package id.etalase.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordFieldsTest {

  record Sample(String name, Long price, boolean negotiable, List<String> tags) {}

  record Other(String name) {}

  private static final Sample KOPI = new Sample("Kopi", 25_000L, false, List.of("arabika"));

  @Test
  void namesFollowTheDeclaredOrder() {
    assertEquals(List.of("name", "price", "negotiable", "tags"), RecordFields.names(Sample.class));
  }

  @Test
  void readsAFieldByName() {
    assertEquals("Kopi", RecordFields.value(KOPI, "name"));
    assertEquals(25_000L, RecordFields.value(KOPI, "price"));
    assertEquals(false, RecordFields.value(KOPI, "negotiable"));
    assertEquals(List.of("arabika"), RecordFields.value(KOPI, "tags"));
  }

  @Test
  void aNullFieldAndAnUnknownOneReadAsNull() {
    assertNull(RecordFields.value(new Sample(null, null, true, null), "name"));
    assertNull(RecordFields.value(KOPI, "colour"));
  }

  @Test
  void overlayTakesOnlyTheNamedFields() {
    Sample proposed = new Sample("Kopi Ijen", null, true, List.of());
    Sample merged = RecordFields.overlay(KOPI, proposed, Set.of("name", "negotiable"));
    assertEquals(new Sample("Kopi Ijen", 25_000L, true, List.of("arabika")), merged);
  }

  @Test
  void overlayWithNoFieldsIsAnEqualCopy() {
    assertEquals(KOPI, RecordFields.overlay(KOPI, new Sample("x", 1L, true, null), Set.of()));
  }

  @Test
  void overlayRefusesARecordOfAnotherType() {
    assertThrows(
        IllegalArgumentException.class,
        () -> RecordFields.overlay(KOPI, new Other("Kopi Ijen"), Set.of("name")));
  }
}
