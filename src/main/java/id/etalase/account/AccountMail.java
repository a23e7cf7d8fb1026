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
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
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
 *
 * <p>A server whose certificate comes from a regency's own authority is trusted by naming that
 * authority's certificate ({@code etalase.mail.smtp.ca-file}, PEM): then only certificates it
 * signed are accepted, and the host name is still checked. A file that cannot be read sends nothing
 * rather than falling back to another trust.
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

  @Inject
  @ConfigProperty(name = "etalase.mail.smtp.ca-file")
  private Optional<String> caFile;

  /** Built from {@link #caFile} on the first send. */
  private volatile SSLSocketFactory trustingCaFile;

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
    if (caFile.filter(f -> !f.isBlank()).isPresent()) {
      try {
        properties.put("mail.smtp.ssl.socketFactory", caFileSocketFactory());
      } catch (IOException | GeneralSecurityException e) {
        LOG.log(Level.SEVERE, "etalase.mail.smtp.ca-file is unusable; no mail is sent", e);
        return false;
      }
    }
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
      // One line: an unreachable server fails every mail, and the callers say what happens instead.
      LOG.warning(() -> "Mail to ..." + domainOf(to) + " not sent: " + causes(e));
      LOG.log(Level.FINE, "Mail not sent", e);
      return false;
    }
  }

  private static String domainOf(String address) {
    int at = address.lastIndexOf('@');
    return at < 0 ? "" : address.substring(at);
  }

  /** "Couldn't connect to host, port: localhost, 25; ConnectException: Connection refused". */
  static String causes(Throwable e) {
    StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
      text.append("; ").append(c.getClass().getSimpleName()).append(": ").append(c.getMessage());
    }
    return text.toString().replaceAll("\\s+", " ");
  }

  private SSLSocketFactory caFileSocketFactory() throws IOException, GeneralSecurityException {
    SSLSocketFactory factory = trustingCaFile;
    if (factory == null) {
      factory = trusting(Path.of(caFile.get()));
      trustingCaFile = factory;
    }
    return factory;
  }

  /** TLS sockets that trust exactly the certificates of a PEM file, and nothing else. */
  static SSLSocketFactory trusting(Path pem) throws IOException, GeneralSecurityException {
    KeyStore trusted = KeyStore.getInstance("PKCS12");
    trusted.load(null, null);
    try (InputStream in = Files.newInputStream(pem)) {
      int i = 0;
      for (Certificate certificate :
          CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        trusted.setCertificateEntry("ca-" + i++, certificate);
      }
      if (i == 0) {
        throw new GeneralSecurityException(pem + " holds no certificate");
      }
    }
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context.getSocketFactory();
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
