package id.etalase.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends invitation and reset links by Jakarta Mail when an SMTP server is configured ({@code
 * etalase.mail.smtp.host}, port, user, password, from). Without one, or when sending fails, the
 * caller shows the link to the admin instead, so nobody is ever stuck.
 *
 * <p>The links sign people in, so they never travel in clear text: the connection must become TLS
 * (STARTTLS required, or implicit TLS on port 465), and the server's certificate must name the
 * configured host. A server that offers no TLS, or a man in the middle who strips it, makes the
 * send fail, and the admin is shown the link instead.
 */
@ApplicationScoped
public class AccountMail {

  private static final Logger LOG = Logger.getLogger(AccountMail.class.getName());

  @Inject
  @ConfigProperty(name = "etalase.mail.smtp.host")
  private Optional<String> host;

  @Inject
  @ConfigProperty(name = "etalase.mail.smtp.port", defaultValue = "587")
  private int port;

  @Inject
  @ConfigProperty(name = "etalase.mail.smtp.user")
  private Optional<String> user;

  @Inject
  @ConfigProperty(name = "etalase.mail.smtp.password")
  private Optional<String> password;

  @Inject
  @ConfigProperty(name = "etalase.mail.from", defaultValue = "no-reply@etalase.id")
  private String from;

  public boolean isConfigured() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  /**
   * @return whether the message was handed to the SMTP server
   */
  public boolean send(String to, String subject, String text) {
    if (!isConfigured()) {
      return false;
    }
    Properties properties = sessionProperties(host.get(), port, user.isPresent());
    Session session;
    if (user.isPresent()) {
      session =
          Session.getInstance(
              properties,
              new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                  return new PasswordAuthentication(user.get(), password.orElse(""));
                }
              });
    } else {
      session = Session.getInstance(properties);
    }
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(from));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
      message.setSubject(subject, "UTF-8");
      message.setText(text, "UTF-8");
      Transport.send(message);
      return true;
    } catch (MessagingException e) {
      LOG.log(Level.WARNING, "Could not send mail to " + to + "; the link is shown instead", e);
      return false;
    }
  }

  /**
   * The Jakarta Mail settings of a connection to {@code host}: TLS is required, either by STARTTLS
   * (the submission port 587, or any other but 465) or from the first byte (465), and the server's
   * certificate is checked against the host name (RFC 2595), which Jakarta Mail does not do by
   * default.
   */
  static Properties sessionProperties(String host, int port, boolean auth) {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host);
    properties.put("mail.smtp.port", Integer.toString(port));
    if (port == 465) {
      properties.put("mail.smtp.ssl.enable", "true");
    } else {
      properties.put("mail.smtp.starttls.enable", "true");
      properties.put("mail.smtp.starttls.required", "true");
    }
    properties.put("mail.smtp.ssl.checkserveridentity", "true");
    properties.put("mail.smtp.connectiontimeout", "10000");
    properties.put("mail.smtp.timeout", "10000");
    properties.put("mail.smtp.writetimeout", "10000");
    if (auth) {
      properties.put("mail.smtp.auth", "true");
    }
    return properties;
  }
}
