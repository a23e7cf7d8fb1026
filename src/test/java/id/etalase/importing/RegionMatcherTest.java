package id.etalase.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.etalase.importing.RegionMatcher.Area;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegionMatcherTest {

  static final RegionMatcher BONDOWOSO =
      new RegionMatcher(
          List.of(
              new Area("35.11.01", "Maesan"),
              new Area("35.11.02", "Tamanan"),
              new Area("35.11.03", "Tlogosari"),
              new Area("35.11.04", "Sukosari"),
              new Area("35.11.05", "Pujer"),
              new Area("35.11.06", "Grujugan"),
              new Area("35.11.07", "Curahdami"),
              new Area("35.11.08", "Tenggarang"),
              new Area("35.11.09", "Wonosari"),
              new Area("35.11.10", "Tapen"),
              new Area("35.11.11", "Bondowoso"),
              new Area("35.11.12", "Wringin"),
              new Area("35.11.13", "Tegalampel"),
              new Area("35.11.14", "Klabang"),
              new Area("35.11.15", "Cermee"),
              new Area("35.11.16", "Prajekan"),
              new Area("35.11.17", "Pakem"),
              new Area("35.11.18", "Sumberwringin"),
              new Area("35.11.19", "Sempol"),
              new Area("35.11.20", "Binakal"),
              new Area("35.11.21", "Taman Krocok"),
              new Area("35.11.22", "Botolinggo"),
              new Area("35.11.23", "Jambesari Darus Sholah")),
          Map.of(
              "35.11.02",
              List.of(
                  new Area("35.11.02.2001", "Kemirian"),
                  new Area("35.11.02.2002", "Sukosari"),
                  new Area("35.11.02.2003", "Tamanan"),
                  new Area("35.11.02.2004", "Karangmelok"),
                  new Area("35.11.02.2005", "Kalianyar"),
                  new Area("35.11.02.2006", "Sumber Anom"),
                  new Area("35.11.02.2007", "Wonosuko"),
                  new Area("35.11.02.2008", "Mengen"),
                  new Area("35.11.02.2009", "Sumberkemuning"))));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Tamanan",
        "TAMANAN",
        " tamanan ",
        "Kec. Tamanan",
        "Kec Tamanan",
        "Kecamatan Tamanan",
        "kecamatan  TAMANAN.",
        "Tamnaan",
        "Tamana",
        "Tamanann"
      })
  void matchesAKecamatanAsTyped(String typed) {
    assertEquals("35.11.02", BONDOWOSO.district(typed).value(), typed);
  }

  @Test
  void toleratesSpacingAndLongerTypos() {
    assertEquals("35.11.21", BONDOWOSO.district("Tamankrocok").value());
    assertEquals("35.11.21", BONDOWOSO.district("Taman Kerocok").value());
    assertEquals("35.11.23", BONDOWOSO.district("Jambesari Darus Solah").value());
    assertEquals("35.11.18", BONDOWOSO.district("Sumber Wringin").value());
  }

  @Test
  void namesTheClosestWhenNothingMatches() {
    FieldResult<String> result = BONDOWOSO.district("Kecamatan Tamansari");
    assertEquals("import.error.district", result.errorKey());
    assertEquals("Kecamatan Tamansari", result.arguments().get(0));
    assertEquals(3, result.arguments().get(1).toString().split(", ").length);
    assertEquals("import.error.district", BONDOWOSO.district("Jakarta").errorKey());
    assertEquals("import.error.district", BONDOWOSO.district("x".repeat(500)).errorKey());
  }

  @Test
  void refusesToGuessBetweenTwoEquallyCloseNames() {
    RegionMatcher matcher =
        new RegionMatcher(
            List.of(new Area("1", "Curahdami"), new Area("2", "Curahdani")), Map.of());
    FieldResult<String> result = matcher.district("Curahdasi");
    assertEquals("import.error.districtAmbiguous", result.errorKey());
    assertEquals("Curahdami, Curahdani", result.arguments().get(1));
  }

  @Test
  void doesNotForgiveTyposInShortNames() {
    RegionMatcher matcher =
        new RegionMatcher(List.of(new Area("1", "Ujung"), new Area("2", "Aek")), Map.of());
    assertEquals("1", matcher.district("Ujunk").value());
    assertEquals("import.error.district", matcher.district("Aep").errorKey());
  }

  @Test
  void matchesADesaWithinItsKecamatan() {
    assertEquals("35.11.02.2006", BONDOWOSO.village("35.11.02", "Desa Sumberanom").value());
    assertEquals("35.11.02.2006", BONDOWOSO.village("35.11.02", "Ds. Sumber Anom").value());
    assertEquals("35.11.02.2009", BONDOWOSO.village("35.11.02", "Kel. Sumber Kemuning").value());
    assertEquals("35.11.02.2004", BONDOWOSO.village("35.11.02", "karang melok").value());
    assertEquals("import.error.village", BONDOWOSO.village("35.11.02", "Kademangan").errorKey());
    assertEquals("import.error.village", BONDOWOSO.village("35.11.10", "Tamanan").errorKey());
  }

  @Test
  void blankIsNoArea() {
    assertNull(BONDOWOSO.district("  ").value());
    assertNull(BONDOWOSO.district("  ").errorKey());
  }
}
