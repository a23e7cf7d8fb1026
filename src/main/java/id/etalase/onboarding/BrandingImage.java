package id.etalase.onboarding;

import id.etalase.tenant.AssetKind;
import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A logo or hero image that passed {@link BrandingImages}: re-encoded by us, never the bytes that
 * were uploaded. Held in a draft until it is published.
 */
public record BrandingImage(
    AssetKind kind, String contentType, byte[] content, int width, int height)
    implements Serializable {

  public BrandingImage {
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  public String sha256() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /**
   * A {@code data:} URI of the image, for the console's preview: the site's policy allows {@code
   * img-src data:}, so a draft can be shown without storing or routing it anywhere.
   */
  public String dataUri() {
    return "data:" + contentType + ";base64," + Base64.getEncoder().encodeToString(content);
  }

  public String getDataUri() {
    return dataUri();
  }

  /** How the audit log names it. */
  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT)
        + " "
        + contentType
        + " "
        + width
        + "x"
        + height
        + " sha256:"
        + sha256().substring(0, 16);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BrandingImage other
        && kind == other.kind
        && contentType.equals(other.contentType)
        && java.util.Arrays.equals(content, other.content);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(content);
  }
}
