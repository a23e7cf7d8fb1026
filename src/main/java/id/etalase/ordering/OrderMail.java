package id.etalase.ordering;

import id.etalase.account.AccountMail;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * E-mails the business (and the buyer, when they gave an address) about a new order and each status
 * step, through the SMTP settings and TLS rules of {@link AccountMail}. Sent after the transaction
 * committed and in the background, so a slow or absent mail server never delays nor fails an order.
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
    Set<String> to = new LinkedHashSet<>();
    if (notice.businessEmail() != null) {
      to.add(notice.businessEmail());
    }
    if (notice.buyerEmail() != null) {
      to.add(notice.buyerEmail());
    }
    if (to.isEmpty()) {
      return;
    }
    String subject = subject(notice);
    String text = text(notice);
    try {
      background.execute(() -> to.forEach(address -> mail.send(address, subject, text)));
    } catch (RejectedExecutionException busy) {
      LOG.log(Level.WARNING, "No mail about order " + notice.reference() + ": executor busy");
    }
  }

  static String subject(OrderNotice n) {
    return format(
        n.language(),
        n.placed() ? "order.mail.placed.subject" : "order.mail.status.subject",
        n.reference(),
        n.businessName(),
        status(n));
  }

  static String text(OrderNotice n) {
    return format(
        n.language(),
        n.placed() ? "order.mail.placed.body" : "order.mail.status.body",
        n.reference(),
        n.businessName(),
        status(n),
        n.buyerName(),
        n.buyerWhatsapp(),
        n.lines(),
        n.total(),
        n.reason() == null ? "" : n.reason());
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
