package id.etalase.ordering;

import id.etalase.account.AccountMail;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * E-mails the business about a new order and each status step, and the buyer, when they gave an
 * address, a receipt with the link to the order's private status page and then each step, through
 * the SMTP settings and TLS rules of {@link AccountMail}. Sent after the transaction committed and
 * in the background, so a slow or absent mail server never delays nor fails an order.
 */
@ApplicationScoped
public class OrderMail {

  private static final Logger LOG = Logger.getLogger(OrderMail.class.getName());

  @Inject private AccountMail mail;
  @Resource private ManagedExecutorService background;

  void onNotice(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderNotice notice) {
    if (!mail.isConfigured()) {
      return;
    }
    Map<String, Mail> to = new LinkedHashMap<>();
    if (notice.businessEmail() != null) {
      to.put(notice.businessEmail(), new Mail(subject(notice), text(notice)));
    }
    if (notice.buyerEmail() != null) {
      to.putIfAbsent(
          notice.buyerEmail(),
          notice.placed()
              ? new Mail(receiptSubject(notice), receipt(notice))
              : new Mail(subject(notice), text(notice)));
    }
    if (to.isEmpty()) {
      return;
    }
    try {
      background.execute(
          () -> to.forEach((address, m) -> mail.send(address, m.subject(), m.text())));
    } catch (RejectedExecutionException busy) {
      LOG.log(Level.WARNING, "No mail about order " + notice.reference() + ": executor busy");
    }
  }

  private record Mail(String subject, String text) {}

  /** The buyer's receipt of a new order, with the link to its private status page. */
  static String receipt(OrderNotice n) {
    return format(n, "order.mail.received.body");
  }

  static String receiptSubject(OrderNotice n) {
    return format(n, "order.mail.received.subject");
  }

  static String subject(OrderNotice n) {
    return format(n, n.placed() ? "order.mail.placed.subject" : "order.mail.status.subject");
  }

  static String text(OrderNotice n) {
    return format(n, n.placed() ? "order.mail.placed.body" : "order.mail.status.body");
  }

  /** A pattern of the bundles filled with the notice: {0} reference to {8} status page. */
  private static String format(OrderNotice n, String key) {
    return format(
        n.language(),
        key,
        n.reference(),
        n.businessName(),
        status(n),
        n.buyerName(),
        n.buyerWhatsapp(),
        n.lines(),
        n.total(),
        n.reason() == null ? "" : n.reason(),
        n.statusPage() == null ? "" : n.statusPage());
  }

  private static String status(OrderNotice n) {
    return bundle(n.language()).getString("order.status." + n.status().name());
  }

  private static String format(String language, String key, Object... arguments) {
    return new MessageFormat(bundle(language).getString(key), Locale.forLanguageTag(language))
        .format(arguments);
  }

  private static ResourceBundle bundle(String language) {
    return ResourceBundle.getBundle("id.etalase.i18n.messages", Locale.forLanguageTag(language));
  }
}
