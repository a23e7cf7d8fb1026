package id.etalase.ordering;

import id.etalase.business.Business;
import id.etalase.tenant.TenantSnapshot;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the e-mails about an order say, taken inside the transaction that placed or moved it and
 * sent only once that transaction committed ({@link OrderMail}).
 */
public record OrderNotice(
    String language,
    boolean placed,
    String reference,
    String businessName,
    String businessEmail,
    String buyerName,
    String buyerWhatsapp,
    String buyerEmail,
    OrderStatus status,
    String reason,
    long total,
    String lines,
    String statusPage) {

  /**
   * What to say of {@code order}, just placed or just moved, in the tenant's language.
   *
   * @param statusPage the buyer's private status page, known only when the order is placed (only
   *     its token's hash is kept), else null
   */
  static OrderNotice of(
      TenantSnapshot tenant, CustomerOrder order, boolean placed, String statusPage) {
    Business business = order.getBusiness();
    return new OrderNotice(
        tenant.defaultLanguage() == null ? "id" : tenant.defaultLanguage(),
        placed,
        order.getReference(),
        business.getName(),
        business.getEmail(),
        order.getBuyerName(),
        order.getBuyerWhatsapp(),
        order.getBuyerEmail(),
        order.getStatus(),
        order.getCancelReason(),
        order.getTotal(),
        linesText(order),
        statusPage);
  }

  /** The lines as one line of text each: "2 x Kopi Arabika @ 65000". */
  static String linesText(CustomerOrder order) {
    return order.getLines().stream()
        .map(
            l ->
                String.format(
                    Locale.ROOT,
                    "%d x %s @ %d",
                    l.getQuantity(),
                    l.getProductName(),
                    l.getUnitPrice()))
        .collect(Collectors.joining("\n"));
  }
}
