package id.etalase.media;

import java.io.IOException;
import java.util.Optional;

/**
 * Where processed photo files live, by key ({@code <tenant id>/<hash>-<width>.jpg}). Files are
 * content-addressed, so writing a key twice is harmless. The filesystem implementation is the
 * default; a later issue adds S3-compatible storage for clusters of nodes.
 */
public interface MediaStorage {

  /** Stores a file; returns whether it is new, false when the key was there already. */
  boolean put(String key, byte[] content) throws IOException;

  Optional<byte[]> get(String key) throws IOException;

  void delete(String key) throws IOException;
}
