package id.etalase.tenant;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

/**
 * A regency or city that has its own directory. This is platform data, read before any tenant is
 * known (to resolve one), so it is not tenant-scoped itself. Its id is the {@code tenant_id} of
 * every tenant-scoped row. Its custom domains are changed through {@link #domains()}.
 */
@Entity
@EntityListeners(PublicRecordListener.class)
@Table(name = "tenant")
public class Tenant {

  public static final String REGENCY_CODE = "^[0-9]{2}\\.[0-9]{2}$";

  @Id
  @SequenceGenerator(name = "tenant_id", sequenceName = "tenant_id_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tenant_id")
  private Long id;

  @NotNull
  @Pattern(regexp = TenantRules.SLUG)
  private String slug;

  @NotBlank
  @Size(max = 200)
  private String name;

  @NotNull
  @Pattern(regexp = REGENCY_CODE)
  @Column(name = "regency_code")
  private String regencyCode;

  @NotNull
  @Enumerated(EnumType.STRING)
  private TenantStatus status = TenantStatus.ACTIVE;

  @NotNull
  @Pattern(regexp = "^(id|en)$")
  @Column(name = "default_language")
  private String defaultLanguage = "id";

  @Size(max = 300)
  private String tagline;

  @Valid @NotNull @Embedded private Branding branding;

  @Valid @NotNull @Embedded private Office office;

  /** Custom domains, pending and verified; changed through {@link DomainClaims} only. */
  @OneToMany(
      mappedBy = "tenant",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  private Set<TenantDomain> domains = new HashSet<>();

  /**
   * The verified custom domain that canonical URLs and mailed links use, chosen by the tenant's
   * admin (or its folder) through {@link DomainClaims}; null for the platform's address.
   */
  @Column(name = "canonical_domain")
  private String canonicalDomain;

  /** The digest of the tenant folder last applied; null when the tenant never came from one. */
  @Column(name = "folder_digest")
  private String folderDigest;

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected Tenant() {}

  public Tenant(String slug, String name, String regencyCode, Branding branding, Office office) {
    if (!TenantRules.isSlug(slug)) {
      throw new IllegalArgumentException("A tenant slug is lower-case letters, digits and '-'");
    }
    this.slug = slug;
    rename(name);
    if (regencyCode == null || !regencyCode.matches(REGENCY_CODE)) {
      throw new IllegalArgumentException("A regency code looks like 35.11, not: " + regencyCode);
    }
    this.regencyCode = regencyCode;
    brand(branding);
    this.office = office == null ? new Office() : office;
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
      throw new IllegalArgumentException("A tenant needs a name");
    }
    this.name = name.strip();
  }

  public void brand(Branding branding) {
    if (branding == null) {
      throw new IllegalArgumentException("A tenant needs its colours");
    }
    this.branding = branding;
  }

  public void describe(String tagline, Office office, String defaultLanguage) {
    this.tagline = tagline;
    this.office = office == null ? new Office() : office;
    if (!"id".equals(defaultLanguage) && !"en".equals(defaultLanguage)) {
      throw new IllegalArgumentException("The default language is id or en");
    }
    this.defaultLanguage = defaultLanguage;
  }

  /** The tenant's custom domains and its canonical one, to read or change them. */
  public DomainClaims domains() {
    return new DomainClaims(this, domains);
  }

  /**
   * Only {@link DomainClaims} sets it, once it checked the domain is verified and this tenant's.
   */
  void canonical(String domain) {
    this.canonicalDomain = domain;
  }

  /** Remembers which version of the tenant folder this tenant was last loaded from. */
  public void loadedFromFolder(String digest) {
    this.folderDigest = digest;
  }

  public void suspend() {
    status = TenantStatus.SUSPENDED;
  }

  public void resume() {
    status = TenantStatus.ACTIVE;
  }

  public boolean isActive() {
    return status == TenantStatus.ACTIVE;
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

  public String getRegencyCode() {
    return regencyCode;
  }

  public TenantStatus getStatus() {
    return status;
  }

  public String getDefaultLanguage() {
    return defaultLanguage;
  }

  public String getTagline() {
    return tagline;
  }

  public Branding getBranding() {
    return branding;
  }

  public Office getOffice() {
    return office;
  }

  public String getCanonicalDomain() {
    return canonicalDomain;
  }

  public String getFolderDigest() {
    return folderDigest;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
