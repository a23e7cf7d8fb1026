package id.etalase.media;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Photo files under {@code <etalase.data.dir>/media}, one folder per tenant. Keys are checked
 * against a strict pattern, so no key can reach outside that folder, and files are written to a
 * temporary name and moved into place, so a reader never sees half a file.
 */
@ApplicationScoped
public class FileSystemMediaStorage implements MediaStorage {

  static final Pattern KEY = Pattern.compile("[0-9]{1,18}/[0-9a-f]{24}-[0-9]{1,5}\\.jpg");

  @Inject
  @ConfigProperty(name = "etalase.data.dir", defaultValue = "data")
  String dataDir;

  private Path root;

  @PostConstruct
  void init() {
    root = Path.of(dataDir).toAbsolutePath().normalize().resolve("media");
  }

  @Override
  public boolean put(String key, byte[] content) throws IOException {
    Path file = file(key);
    if (Files.exists(file)) {
      return false;
    }
    Files.createDirectories(file.getParent());
    Path temporary = Files.createTempFile(file.getParent(), ".upload-", ".tmp");
    try {
      Files.write(temporary, content);
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
      return true;
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  @Override
  public Optional<byte[]> get(String key) throws IOException {
    if (!KEY.matcher(key).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readAllBytes(file(key)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  @Override
  public void delete(String key) throws IOException {
    Files.deleteIfExists(file(key));
  }

  private Path file(String key) {
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("Not a media key: " + key);
    }
    return root.resolve(key);
  }
}
