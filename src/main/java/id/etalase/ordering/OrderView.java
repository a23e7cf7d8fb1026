package id.etalase.ordering;

import id.etalase.business.PaymentDetails;
import java.util.List;

/**
 * An order with what its pages show besides it, read in one transaction: the business's name,
 * contact and payment instructions, and each line's current price next to the price as ordered.
 */
public record OrderView(
    CustomerOrder order,
    String businessName,
    String businessSlug,
    String businessWhatsapp,
    PaymentDetails payment,
    List<Line> lines) {

  /** A line as ordered, and the product's price now (null when it has none or is gone). */
  public record Line(OrderLine line, Long currentPrice) {

    public boolean isPriceChanged() {
      return currentPrice != null && currentPrice != line.getUnitPrice();
    }

    public OrderLine getLine() {
      return line;
    }

    public Long getCurrentPrice() {
      return currentPrice;
    }
  }

  public CustomerOrder getOrder() {
    return order;
  }

  public String getBusinessName() {
    return businessName;
  }

  public String getBusinessSlug() {
    return businessSlug;
  }

  public String getBusinessWhatsapp() {
    return businessWhatsapp;
  }

  public PaymentDetails getPayment() {
    return payment;
  }

  public List<Line> getLines() {
    return lines;
  }

  public boolean isAnyPriceChanged() {
    return lines.stream().anyMatch(Line::isPriceChanged);
  }
}
