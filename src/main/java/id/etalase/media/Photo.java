package id.etalase.media;

import id.etalase.curation.RecordType;
import id.etalase.tenant.PublicRecordListener;
import id.etalase.tenant.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * A photo of a business, a product or a cluster: which files exist for it (one per width) and its
 * place in the owner's gallery. The first photo is the primary one until another is chosen.
 */
@Entity
@EntityListeners(PublicRecordListener.class)
@Table(name = "photo")
public class Photo extends TenantScopedEntity {

  @Id
  @SequenceGenerator(name = "catalog_id", sequenceName = "catalog_id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_id")
  private Long id;

  @Column(name = "business_id")
  private Long businessId;

  @Column(name = "product_id")
  private Long productId;

  @Column(name = "cluster_id")
  private Long clusterId;

  private int position;

  @Column(name = "is_primary")
  private boolean primary;

  private String hash;
  private int width;
  private int height;
  private String widths;

  /** Added by a business owner to a record the public sees: hidden until an operator approves. */
  private boolean pending;

  @Column(name = "alt_text")
  private String altText;

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  protected Photo() {}

  Photo(
      PhotoOwner.Resolved owner,
      ProcessedImage image,
      String altText,
      int position,
      boolean pending) {
    switch (owner.type()) {
      case Business -> businessId = owner.id();
      case Product -> productId = owner.id();
      case Cluster -> clusterId = owner.id();
    }
    this.hash = image.hash();
    this.width = image.width();
    this.height = image.height();
    this.widths =
        String.join(",", image.variants().stream().map(v -> Integer.toString(v.width())).toList());
    this.altText = altText;
    this.position = position;
    this.pending = pending;
    this.primary = position == 0 && !pending;
  }

  /** The field that holds the id of an owner of this type: the table has one column per type. */
  static String ownerField(RecordType type) {
    return switch (type) {
      case Business -> "businessId";
      case Product -> "productId";
      case Cluster -> "clusterId";
    };
  }

  /** Makes a waiting photo visible; the primary one when its owner has none yet. */
  void approve(boolean asPrimary) {
    pending = false;
    primary = asPrimary;
  }

  public boolean isPending() {
    return pending;
  }

  @PrePersist
  void onCreate() {
    createdAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  void moveTo(int position) {
    this.position = position;
  }

  void setPrimary(boolean primary) {
    this.primary = primary;
  }

  public Long getId() {
    return id;
  }

  /** The product this is a photo of, or null for a business or cluster photo. */
  public Long getProductId() {
    return productId;
  }

  public int getPosition() {
    return position;
  }

  public boolean isPrimary() {
    return primary;
  }

  public String getHash() {
    return hash;
  }

  public int getWidth() {
    return width;
  }

  public int getHeight() {
    return height;
  }

  public String getAltText() {
    return altText;
  }

  /** The widths made for this photo, smallest first. */
  public List<Integer> getWidths() {
    return Arrays.stream(widths.split(",")).map(Integer::valueOf).toList();
  }

  /** The file name of one width, as served under {@code /{slug}/foto/}. */
  public String fileName(int variantWidth) {
    return hash + "-" + variantWidth + ".jpg";
  }

  /** The height of a width, for the img height attribute (no layout shift). */
  public int heightAt(int variantWidth) {
    return Math.max(1, Math.round((float) height * Math.min(variantWidth, width) / width));
  }
}
