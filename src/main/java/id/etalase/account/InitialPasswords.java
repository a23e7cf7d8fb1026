package id.etalase.account;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first passwords of accounts the server creates itself (the first platform admin, the demo
 * accounts). A random one is appended to {@code <etalase.data.dir>/initial-passwords.txt}, a file
 * only the server's own user may read or write (0600), and the log says only where it is: logs are
 * shipped, kept and read by more people than the data folder. The password is on file before its
 * account is created, so a file that cannot be written stops the creation instead of leaving an
 * account nobody can enter. A configured password ({@code etalase.accounts.initial-password}) is
 * for automated tests only and is never written.
 */
@Dependent
public class InitialPasswords {

  private static final Logger LOG = Logger.getLogger(InitialPasswords.class.getName());
  static final String FILE = "initial-passwords.txt";
  static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

  private final Optional<String> configured;
  private final Path file;

  @Inject
  InitialPasswords(
      @ConfigProperty(name = "etalase.accounts.initial-password") Optional<String> configured,
      @ConfigProperty(name = "etalase.data.dir", defaultValue = "data") String dataDir) {
    this.configured = configured.filter(p -> !p.isBlank());
    this.file = Path.of(dataDir).toAbsolutePath().normalize().resolve(FILE);
  }

  /** Where generated passwords are kept. */
  public Path file() {
    return file;
  }

  /**
   * The password for a new account, described as {@code account} in the file: the configured one,
   * or a random one, kept in the file before this returns.
   *
   * @throws UncheckedIOException when the file cannot be written; create no account then
   */
  public String forNewAccount(String account) {
    if (configured.isPresent()) {
      return configured.get();
    }
    String password = PasswordPolicy.generate();
    append(Instant.now().truncatedTo(ChronoUnit.SECONDS) + "  " + account + "  " + password);
    return password;
  }

  /** Logs that an account was created, and where its password is (never the password). */
  public void logCreated(String account) {
    LOG.warning(
        account
            + " created; "
            + (configured.isPresent()
                ? "it has the configured initial password"
                : "its password is in " + file + " (readable by this server's user only)"));
  }

  private void append(String line) {
    synchronized (InitialPasswords.class) {
      try {
        Files.createDirectories(file.getParent());
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] ownerOnly =
            posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        Set<OpenOption> options =
            Set.of(
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.APPEND,
                LinkOption.NOFOLLOW_LINKS);
        try (SeekableByteChannel out = Files.newByteChannel(file, options, ownerOnly)) {
          if (posix) {
            // A file from before (or from a careless copy) is made private again.
            Files.setPosixFilePermissions(file, OWNER_ONLY);
          }
          out.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot keep a new account's password in " + file, e);
      }
    }
  }
}
