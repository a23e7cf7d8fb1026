package id.etalase.testing;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.subethamail.smtp.auth.EasyAuthenticationHandlerFactory;
import org.subethamail.smtp.auth.LoginFailedException;
import org.subethamail.smtp.server.SMTPServer;

/**
 * A submission server on loopback as a regency's mail provider runs one: STARTTLS required before
 * anything else, then AUTH with {@link #USER} and {@link #PASSWORD}, then the message (SubEtha
 * SMTP). Its certificate names {@code localhost}: {@code smtp/localhost.p12}, whose certificate the
 * test server trusts through {@code etalase.mail.smtp.ca-file}, or {@code smtp/stranger.p12}, which
 * nobody trusts (a man in the middle with a certificate of his own).
 */
public final class TestSmtp implements AutoCloseable {

  public static final String USER = "etalase-uji";
  public static final String PASSWORD = "Sandi-Smtp-Uji-7301";

  /** The keystore of the certificate the test server trusts. */
  public static final String TRUSTED = "smtp/localhost.p12";

  /** The keystore of a certificate nobody trusts. */
  public static final String STRANGER = "smtp/stranger.p12";

  /** One message as delivered to one recipient. */
  public record Received(String from, String to, MimeMessage message) {
    public String subject() {
      try {
        return message.getSubject();
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }

    public String text() {
      try {
        return message.getContent().toString();
      } catch (MessagingException | IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private final SMTPServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final List<String> logins = new CopyOnWriteArrayList<>();

  private TestSmtp(int port, String keystore) {
    server =
        SMTPServer.port(port)
            .bindAddress(InetAddress.getLoopbackAddress())
            .hostName("localhost")
            .startTlsSocketFactory(context(keystore))
            .requireTLS()
            .requireAuth()
            .authenticationHandlerFactory(
                new EasyAuthenticationHandlerFactory(
                    (user, password, context) -> {
                      logins.add(user);
                      if (!USER.equals(user) || !PASSWORD.equals(password)) {
                        throw new LoginFailedException();
                      }
                    }))
            .simpleMessageListener(
                new org.subethamail.smtp.helper.SimpleMessageListener() {
                  @Override
                  public boolean accept(String from, String recipient) {
                    return true;
                  }

                  @Override
                  public void deliver(String from, String recipient, InputStream data)
                      throws IOException {
                    try {
                      received.add(
                          new Received(
                              from,
                              recipient,
                              new MimeMessage(Session.getInstance(new Properties()), data)));
                    } catch (MessagingException e) {
                      throw new IOException(e);
                    }
                  }
                })
            .build();
    server.start();
  }

  /** Listens on loopback at {@code port} with the certificate of {@code keystore}. */
  public static TestSmtp start(int port, String keystore) {
    return new TestSmtp(port, keystore);
  }

  public int port() {
    return server.getPortAllocated();
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  /** The user names that tried to log in, whether they succeeded or not. */
  public List<String> logins() {
    return List.copyOf(logins);
  }

  /** The messages to {@code to}, once at least {@code count} arrived or {@code wait} passed. */
  public List<Received> to(String to, int count, Duration wait) {
    return await(r -> r.to().equalsIgnoreCase(to), count, wait);
  }

  public List<Received> await(Predicate<Received> which, int count, Duration wait) {
    long end = System.nanoTime() + wait.toNanos();
    while (true) {
      List<Received> matching = received.stream().filter(which).toList();
      if (matching.size() >= count || System.nanoTime() > end) {
        return matching;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return matching;
      }
    }
  }

  @Override
  public void close() {
    server.stop();
  }

  private static SSLContext context(String keystore) {
    try (InputStream in = TestSmtp.class.getClassLoader().getResourceAsStream(keystore)) {
      if (in == null) {
        throw new IllegalStateException(keystore + " is not on the class path");
      }
      char[] password = "etalase-uji".toCharArray();
      KeyStore keys = KeyStore.getInstance("PKCS12");
      keys.load(in, password);
      KeyManagerFactory factory =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      factory.init(keys, password);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(factory.getKeyManagers(), null, null);
      return context;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** How long a test waits for mail sent in the background. */
  public static final Duration PATIENCE = Duration.ofSeconds(20);
}
