package id.etalase.traffic;

import id.etalase.business.LinkKind;
import java.util.Locale;

/**
 * How a visitor went on to reach a business: a WhatsApp chat, a call, or one of the business's web
 * links (its site, social media or a marketplace store), by the kind of the link.
 */
public enum Channel {
  WHATSAPP,
  PHONE,
  WEBSITE,
  INSTAGRAM,
  FACEBOOK,
  TIKTOK,
  TOKOPEDIA,
  SHOPEE,
  OTHER;

  public static Channel of(LinkKind kind) {
    return kind == null ? OTHER : valueOf(kind.name());
  }

  /** The i18n key of the channel's name: {@code traffic.channel.whatsapp}. */
  public String messageKey() {
    return "traffic.channel." + name().toLowerCase(Locale.ROOT);
  }
}
