package id.etalase.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.etalase.importing.PriceText.Price;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PriceTextTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Rp 150.000|150000",
        "Rp150.000|150000",
        "Rp. 150.000,-|150000",
        "150000|150000",
        "150.000,00|150000",
        "150,000|150000",
        "150 000|150000",
        "150rb|150000",
        "150 ribu|150000",
        "150k|150000",
        "1,5 jt|1500000",
        "1.5jt|1500000",
        "2 juta|2000000",
        "IDR 1.250.000|1250000",
        "12.500,50|12501",
        "25rb/pcs|25000",
        "Rp 35.000 per lembar|35000"
      })
  void readsOnePrice(String text, long rupiah) {
    FieldResult<Price> result = PriceText.parse(text);
    assertNull(result.errorKey(), text);
    assertEquals(new Price(rupiah, null, false), result.value());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Rp 25.000 - 100.000|25000|100000",
        "25rb\u2013100rb|25000|100000",
        "25-100rb|25000|100000",
        "1 - 2 jt|1000000|2000000",
        "Rp 25.000,- s/d Rp 100.000,-|25000|100000",
        "50.000 sampai 75.000|50000|75000"
      })
  void keepsRanges(String text, long min, long max) {
    assertEquals(new Price(min, max, false), PriceText.parse(text).value(), text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "-5000|import.error.priceNegative",
        "Rp -5.000|import.error.priceNegative",
        "0|import.error.priceZero",
        "Rp 0,-|import.error.priceZero",
        "2 miliar|import.error.price",
        "1.500.000.000|import.error.priceTooHigh",
        "2000 jt|import.error.priceTooHigh",
        "100.000 - 50.000|import.error.priceRange",
        "gratis|import.error.price",
        "1.50.000|import.error.price",
        "=1+1|import.error.price",
        "'; DROP TABLE business;--|import.error.price"
      })
  void refusesWhatIsNoPrice(String text, String key) {
    assertEquals(key, PriceText.parse(text).errorKey(), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"nego", "Harga nego", "(bisa nego)"})
  void readsNegotiable(String text) {
    assertEquals(new Price(null, null, true), PriceText.parse(text).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"150.000 nego", "Rp 150.000 (nego)"})
  void readsAPriceThatIsNegotiable(String text) {
    assertEquals(new Price(150_000L, null, true), PriceText.parse(text).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void blankIsNoPrice(String text) {
    FieldResult<Price> result = PriceText.parse(text);
    assertNull(result.value());
    assertNull(result.errorKey());
  }
}
