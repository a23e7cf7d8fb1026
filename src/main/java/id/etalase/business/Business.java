package id.etalase.business;

import id.etalase.tenant.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A UMKM (micro, small or medium enterprise) listed in a regency's directory: who makes what, and
 * how to reach them. Tenant-scoped: a business belongs to exactly one regency.
 */
@Entity
@Table(name = "business")
public class Business extends TenantScopedEntity {

  public static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";

  @Id
  @SequenceGenerator(name = "business_id", sequenceName = "business_id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "business_id")
  private Long id;

  @NotNull
  @Size(max = 120)
  @Pattern(regexp = SLUG)
  private String slug;

  @NotBlank
  @Size(max = 200)
  private String name;

  @Size(max = 200)
  @Column(name = "owner_name")
  private String ownerName;

  @Size(max = 5000)
  private String description;

  @NotNull
  @Enumerated(EnumType.STRING)
  private PublicationStatus status = PublicationStatus.DRAFT;

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected Business() {}

  public Business(String slug, String name) {
    if (slug == null || !slug.matches(SLUG) || slug.length() > 120) {
      throw new IllegalArgumentException("A business slug is lower-case words joined by '-'");
    }
    this.slug = slug;
    rename(name);
  }

  @PrePersist
  void onCreate() {
    createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    updatedAt = createdAt;
  }

  @PreUpdate
  void onUpdate() {
    updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public void rename(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A business needs a name");
    }
    this.name = name.strip();
  }

  public void describe(String ownerName, String description) {
    this.ownerName = ownerName;
    this.description = description;
  }

  /**
   * Takes the editable fields from {@code data}.
   *
   * @return true when a field changed
   */
  boolean apply(BusinessData data) {
    boolean changed =
        !java.util.Objects.equals(name, data.name().strip())
            || !java.util.Objects.equals(ownerName, data.ownerName())
            || !java.util.Objects.equals(description, data.description())
            || status != data.status();
    if (changed) {
      rename(data.name());
      describe(data.ownerName(), data.description());
      status = data.status() == null ? PublicationStatus.DRAFT : data.status();
    }
    return changed;
  }

  public void publish() {
    status = PublicationStatus.PUBLISHED;
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public String getName() {
    return name;
  }

  public String getOwnerName() {
    return ownerName;
  }

  public String getDescription() {
    return description;
  }

  public PublicationStatus getStatus() {
    return status;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
