package id.etalase.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated first passwords go to a file only the server's user can read, never to the log; what
 * the first platform admin's and the demo accounts' creation logs is captured here as the server
 * would log it.
 */
class InitialPasswordsTest {

  @TempDir Path dataDir;

  private final List<String> logged = new CopyOnWriteArrayList<>();
  private final Logger accountLogs = Logger.getLogger("id.etalase.account");
  private final Handler capture =
      new Handler() {
        private final SimpleFormatter format = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
          logged.add(format.format(record));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void listen() {
    accountLogs.addHandler(capture);
  }

  @AfterEach
  void stopListening() {
    accountLogs.removeHandler(capture);
  }

  @Test
  void aGeneratedPasswordIsInAPrivateFileAndTheLogSaysOnlyWhere() throws Exception {
    InitialPasswords passwords = new InitialPasswords(Optional.empty(), dataDir.toString());
    String admin = "First platform admin platform@etalase.id";
    String first = passwords.forNewAccount(admin);
    passwords.logCreated(admin);
    String owner = "bondowoso: demo account pemilik@bondowoso.etalase.id (BUSINESS_OWNER)";
    String second = passwords.forNewAccount(owner);
    passwords.logCreated(owner);

    assertNotEquals(first, second);
    assertTrue(PasswordPolicy.check(first, "Platform admin", "platform@etalase.id").isEmpty());
    Path file = dataDir.resolve("initial-passwords.txt");
    assertEquals(file, passwords.file());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    List<String> lines = Files.readAllLines(file);
    assertEquals(2, lines.size(), lines.toString());
    assertTrue(lines.get(0).contains(admin) && lines.get(0).endsWith("  " + first), lines.get(0));
    assertTrue(lines.get(1).contains(owner) && lines.get(1).endsWith("  " + second), lines.get(1));

    assertEquals(2, logged.size(), logged.toString());
    for (String line : logged) {
      assertFalse(line.contains(first) || line.contains(second), line);
      assertTrue(line.contains(file.toString()), line);
    }
  }

  @Test
  void aFileLeftReadableByOthersIsMadePrivateAgain() throws Exception {
    Path file = dataDir.resolve("initial-passwords.txt");
    Files.writeString(file, "older line\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    new InitialPasswords(Optional.empty(), dataDir.toString())
        .forNewAccount("situbondo: demo account operator@situbondo.etalase.id (OPERATOR)");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertEquals(2, Files.readAllLines(file).size(), "appended, not replaced");
  }

  @Test
  void theTestsConfiguredPasswordIsNeitherWrittenNorLogged() {
    InitialPasswords passwords =
        new InitialPasswords(Optional.of("Kawah-Ijen-Pagi-4821"), dataDir.toString());
    assertEquals("Kawah-Ijen-Pagi-4821", passwords.forNewAccount("platform@etalase.id"));
    passwords.logCreated("platform@etalase.id");
    assertFalse(Files.exists(dataDir.resolve("initial-passwords.txt")));
    assertFalse(logged.get(0).contains("Kawah"), logged.get(0));
  }
}
