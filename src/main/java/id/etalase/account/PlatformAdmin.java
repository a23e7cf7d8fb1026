package id.etalase.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A member of the platform team. Not tenant data: a platform table, read with the plain entity
 * manager, and reached only through the platform console.
 */
@Entity
@Table(name = "platform_admin")
public class PlatformAdmin {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String email;

  @Column(name = "display_name")
  private String displayName;

  @Embedded private Credentials credentials = new Credentials();

  private boolean enabled = true;

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected PlatformAdmin() {}

  PlatformAdmin(String email, String displayName) {
    this.email = email;
    this.displayName = displayName;
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

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getDisplayName() {
    return displayName;
  }

  /** Never null: EclipseLink leaves an embeddable null when all its columns are (an invitation). */
  public Credentials getCredentials() {
    if (credentials == null) {
      credentials = new Credentials();
    }
    return credentials;
  }

  public boolean isEnabled() {
    return enabled;
  }
}
