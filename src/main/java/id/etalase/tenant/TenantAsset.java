package id.etalase.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;

/**
 * A tenant's logo or hero image. Kept in the database beside the registry so every node serves the
 * same bytes; the SHA-256 goes into the URL, so browsers may cache an asset for good.
 */
@Entity
@EntityListeners(PublicRecordListener.class)
@Table(name = "tenant_asset")
@IdClass(TenantAsset.Key.class)
public class TenantAsset {

  /** Formats a tenant's branding may use. SVG is allowed only from the platform's own files. */
  public static final Set<String> CONTENT_TYPES =
      Set.of("image/svg+xml", "image/png", "image/jpeg", "image/webp");

  @Id
  @Column(name = "tenant_id")
  private Long tenantId;

  @Id
  @Enumerated(EnumType.STRING)
  private AssetKind kind;

  @Column(name = "content_type")
  private String contentType;

  private String sha256;

  private byte[] content;

  protected TenantAsset() {}

  public TenantAsset(Long tenantId, AssetKind kind, String contentType, byte[] content) {
    this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
    this.kind = Objects.requireNonNull(kind, "kind");
    replace(contentType, content);
  }

  /** Replaces the image; returns false when it is the same image, so nothing is written. */
  public boolean replace(String contentType, byte[] content) {
    if (!CONTENT_TYPES.contains(contentType)) {
      throw new IllegalArgumentException("Unsupported branding image type: " + contentType);
    }
    if (content == null || content.length == 0) {
      throw new IllegalArgumentException("A branding image cannot be empty");
    }
    String hash = sha256(content);
    if (hash.equals(sha256) && contentType.equals(this.contentType)) {
      return false;
    }
    this.contentType = contentType;
    this.content = content.clone();
    this.sha256 = hash;
    return true;
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /** The file name used in the asset's URL: the kind, a short hash, and an extension. */
  public static String fileName(AssetKind kind, String sha256, String contentType) {
    String extension =
        switch (contentType) {
          case "image/svg+xml" -> "svg";
          case "image/png" -> "png";
          case "image/webp" -> "webp";
          default -> "jpg";
        };
    return kind.name().toLowerCase(java.util.Locale.ROOT)
        + "-"
        + sha256.substring(0, 16)
        + "."
        + extension;
  }

  public Long getTenantId() {
    return tenantId;
  }

  public AssetKind getKind() {
    return kind;
  }

  public String getContentType() {
    return contentType;
  }

  public String getSha256() {
    return sha256;
  }

  public byte[] getContent() {
    return content.clone();
  }

  /** The composite key: the tenant and the kind of asset. */
  public static class Key implements Serializable {
    private Long tenantId;
    private AssetKind kind;

    public Key() {}

    public Key(Long tenantId, AssetKind kind) {
      this.tenantId = tenantId;
      this.kind = kind;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(tenantId, k.tenantId) && kind == k.kind;
    }

    @Override
    public int hashCode() {
      return Objects.hash(tenantId, kind);
    }
  }
}
