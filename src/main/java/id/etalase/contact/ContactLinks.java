package id.etalase.contact;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** One-tap links a phone understands: WhatsApp chat, a call, a map. */
public final class ContactLinks {

  private ContactLinks() {}

  /** {@code https://wa.me/6281...?text=...}: opens a chat with the message typed in. */
  public static String whatsapp(String e164, String message) {
    if (e164 == null) {
      return null;
    }
    String number = e164.startsWith("+") ? e164.substring(1) : e164;
    String link = "https://wa.me/" + number;
    return message == null || message.isBlank()
        ? link
        : link + "?text=" + URLEncoder.encode(message, StandardCharsets.UTF_8).replace("+", "%20");
  }

  public static String call(String e164) {
    return e164 == null ? null : "tel:" + e164;
  }

  /** A map search for the coordinates; opens the maps app on phones. */
  public static String map(BigDecimal latitude, BigDecimal longitude) {
    if (latitude == null || longitude == null) {
      return null;
    }
    return "https://www.google.com/maps/search/?api=1&query="
        + latitude.toPlainString()
        + ","
        + longitude.toPlainString();
  }
}
