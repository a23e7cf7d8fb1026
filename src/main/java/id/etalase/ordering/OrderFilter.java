package id.etalase.ordering;

import java.time.LocalDate;

/**
 * What the console's order list asks for: a status, a business, a period of days (in Western
 * Indonesian time) and text in the buyer's name, number or order number. Nulls ask for everything.
 */
public record OrderFilter(
    OrderStatus status, Long businessId, LocalDate from, LocalDate to, String text) {

  public static final OrderFilter ALL = new OrderFilter(null, null, null, null, null);

  public OrderFilter {
    text = text == null || text.isBlank() ? null : text.strip();
    if (text != null && text.length() > 100) {
      text = text.substring(0, 100);
    }
  }

  /** The same filter narrowed to one business: a business owner's reach. */
  public OrderFilter ofBusiness(Long id) {
    return new OrderFilter(status, id, from, to, text);
  }
}
