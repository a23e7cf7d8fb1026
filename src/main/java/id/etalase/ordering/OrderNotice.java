package id.etalase.ordering;

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
    String lines) {}
