package id.etalase.media;

import java.util.List;

/**
 * A photo after the pipeline: its re-encoded variants (no metadata), the upright size of the
 * original, and a hash of the original bytes that names the files.
 */
public record ProcessedImage(String hash, int width, int height, List<Variant> variants) {

  public ProcessedImage {
    variants = List.copyOf(variants);
  }

  /** One fixed width, re-encoded as JPEG. */
  public record Variant(int width, int height, byte[] jpeg) {

    /** The file name: content-addressed, so it can be cached for ever. */
    public String fileName(String hash) {
      return hash + "-" + width + ".jpg";
    }
  }
}
