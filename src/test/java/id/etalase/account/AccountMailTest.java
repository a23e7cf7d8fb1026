package id.etalase.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.testing.TestSmtp;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The SMTP session of invitation and reset mails: TLS is required and the server's name is checked,
 * so a server (or a man in the middle) that offers no STARTTLS never sees the login or the link.
 */
class AccountMailTest {

  @Test
  void submissionRequiresStartTlsAndChecksTheServersName() {
    Properties p = AccountMail.sessionProperties("smtp.example.id", 587, true);
    assertEquals("smtp.example.id", p.getProperty("mail.smtp.host"));
    assertEquals("587", p.getProperty("mail.smtp.port"));
    assertEquals("true", p.getProperty("mail.smtp.starttls.enable"));
    assertEquals("true", p.getProperty("mail.smtp.starttls.required"));
    assertEquals("true", p.getProperty("mail.smtp.ssl.checkserveridentity"));
    assertEquals("true", p.getProperty("mail.smtp.auth"));
    assertNull(p.getProperty("mail.smtp.ssl.trust"), "no certificate is trusted blindly");
  }

  @Test
  void aServerTheConfiguredAuthoritySignedGetsTheLoginAndTheMessageOverStartTls() throws Exception {
    try (TestSmtp smtp = TestSmtp.start(0, TestSmtp.TRUSTED)) {
      Transport.send(invitation(trustingTheTestAuthority(smtp.port())));
      List<TestSmtp.Received> got = smtp.to("rina@example.id", 1, Duration.ZERO);
      assertEquals(1, got.size());
      assertEquals("Undangan", got.get(0).subject());
      assertTrue(got.get(0).text().contains("undangan?token=rahasia"), got.get(0).text());
      assertEquals(List.of(TestSmtp.USER), smtp.logins());
    }
  }

  @Test
  void aCertificateTheAuthorityDidNotSignGetsNeitherTheLoginNorTheMessage() throws Exception {
    try (TestSmtp stranger = TestSmtp.start(0, TestSmtp.STRANGER)) {
      MimeMessage message = invitation(trustingTheTestAuthority(stranger.port()));
      MessagingException refused =
          assertThrows(MessagingException.class, () -> Transport.send(message));
      assertTrue(
          refused.getCause() instanceof javax.net.ssl.SSLHandshakeException
              || String.valueOf(refused.getMessage()).contains("STARTTLS"),
          String.valueOf(refused));
      assertEquals(List.of(), stranger.logins());
      assertEquals(List.of(), stranger.received());
    }
  }

  @Test
  void aFailedSendIsLoggedOnOneLineWithItsCauses() {
    MessagingException refused =
        new MessagingException(
            "Couldn't connect to host, port: localhost, 25",
            new java.net.ConnectException("Connection refused\n(again)"));
    assertEquals(
        "Couldn't connect to host, port: localhost, 25; ConnectException: Connection refused"
            + " (again)",
        AccountMail.causes(refused));
  }

  @Test
  void aFileWithoutACertificateTrustsNothing() throws Exception {
    Path empty = Files.createTempFile("keine", ".pem");
    try {
      Files.writeString(empty, "-----BEGIN NOTHING-----\n");
      assertThrows(Exception.class, () -> AccountMail.trusting(empty));
    } finally {
      Files.delete(empty);
    }
  }

  /** A session to the test server on {@code port}, trusting only the test's authority. */
  private static Session trustingTheTestAuthority(int port) throws Exception {
    Properties properties = AccountMail.sessionProperties("localhost", port, true);
    properties.put(
        "mail.smtp.ssl.socketFactory",
        AccountMail.trusting(
            Path.of(
                AccountMailTest.class.getClassLoader().getResource("smtp/localhost.pem").toURI())));
    return Session.getInstance(
        properties,
        new Authenticator() {
          @Override
          protected PasswordAuthentication getPasswordAuthentication() {
            return new PasswordAuthentication(TestSmtp.USER, TestSmtp.PASSWORD);
          }
        });
  }

  private static MimeMessage invitation(Session session) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress("no-reply@etalase.id"));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress("rina@example.id"));
    message.setSubject("Undangan");
    message.setText("https://etalase.id/bondowoso/konsol/undangan?token=rahasia");
    return message;
  }

  @Test
  void port465SpeaksTlsFromTheFirstByte() {
    Properties p = AccountMail.sessionProperties("smtp.example.id", 465, false);
    assertEquals("true", p.getProperty("mail.smtp.ssl.enable"));
    assertEquals("true", p.getProperty("mail.smtp.ssl.checkserveridentity"));
    assertNull(p.getProperty("mail.smtp.auth"));
  }

  @Test
  void aServerWithoutStartTlsGetsNeitherTheLoginNorTheMessage() throws Exception {
    List<String> heard = new CopyOnWriteArrayList<>();
    try (ServerSocket server = new ServerSocket(0)) {
      Thread smtp = new Thread(() -> plainSmtp(server, heard));
      smtp.start();
      Session session =
          Session.getInstance(
              AccountMail.sessionProperties("localhost", server.getLocalPort(), true),
              new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                  return new PasswordAuthentication("etalase", "rahasia-smtp");
                }
              });
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress("no-reply@etalase.id"));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress("rina@example.id"));
      message.setSubject("Undangan");
      message.setText("https://etalase.id/bondowoso/konsol/undangan?token=rahasia");

      MessagingException refused =
          assertThrows(MessagingException.class, () -> Transport.send(message));
      assertTrue(refused.getMessage().contains("STARTTLS"), refused.getMessage());
      smtp.join(10_000);
    }
    assertTrue(heard.stream().anyMatch(l -> l.startsWith("EHLO")), heard.toString());
    assertFalse(heard.stream().anyMatch(l -> l.startsWith("AUTH")), heard.toString());
    assertFalse(heard.stream().anyMatch(l -> l.startsWith("MAIL")), heard.toString());
    assertFalse(heard.stream().anyMatch(l -> l.contains("rahasia")), heard.toString());
  }

  /** One SMTP conversation of a server that offers AUTH PLAIN but no STARTTLS. */
  private static void plainSmtp(ServerSocket server, List<String> heard) {
    try (Socket client = server.accept()) {
      client.setSoTimeout(10_000);
      OutputStream out = client.getOutputStream();
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
      write(out, "220 localhost ESMTP");
      boolean data = false;
      for (String line; (line = in.readLine()) != null; ) {
        heard.add(line);
        if (data) {
          if (line.equals(".")) {
            data = false;
            write(out, "250 queued");
          }
        } else if (line.startsWith("EHLO")) {
          write(out, "250-localhost\r\n250 AUTH PLAIN");
        } else if (line.startsWith("DATA")) {
          data = true;
          write(out, "354 go on");
        } else if (line.startsWith("QUIT")) {
          write(out, "221 bye");
          return;
        } else if (line.startsWith("AUTH")) {
          write(out, "235 ok");
        } else {
          write(out, "250 ok");
        }
      }
    } catch (java.io.IOException e) {
      heard.add("error: " + e);
    }
  }

  private static void write(OutputStream out, String reply) throws java.io.IOException {
    out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }
}
