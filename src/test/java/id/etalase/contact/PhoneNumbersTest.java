package id.etalase.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

  @Test
  void theWaysPeopleWriteAMobileNumberAllNormaliseToE164() {
    for (String input :
        new String[] {
          "081234567890",
          "0812-3456-7890",
          "0812 3456 7890",
          "+62 812 3456 7890",
          "+6281234567890",
          "6281234567890",
          "(0812) 3456-7890",
          " 0812.3456.7890 "
        }) {
      assertEquals(Optional.of("+6281234567890"), PhoneNumbers.normaliseMobile(input), input);
      assertEquals(Optional.of("+6281234567890"), PhoneNumbers.normalise(input), input);
    }
  }

  @Test
  void landlinesArePhoneNumbersButNotWhatsApp() {
    assertEquals(Optional.of("+62332421234"), PhoneNumbers.normalise("(0332) 421234"));
    assertTrue(PhoneNumbers.normaliseMobile("(0332) 421234").isEmpty());
  }

  @Test
  void anythingElseIsRefused() {
    for (String input :
        new String[] {
          null,
          "",
          "   ",
          "12345",
          "0812",
          "+1 202 555 0143",
          "+44 20 7946 0958",
          "abc",
          "'; DROP TABLE business; --",
          "<script>alert(1)</script>",
          "0".repeat(41),
          "08123456789012345678"
        }) {
      assertTrue(PhoneNumbers.normalise(input).isEmpty(), String.valueOf(input));
      assertTrue(PhoneNumbers.normaliseMobile(input).isEmpty(), String.valueOf(input));
    }
  }

  @Test
  void displayIsReadable() {
    assertEquals("+62 812-3456-7890", PhoneNumbers.display("+6281234567890"));
  }
}
