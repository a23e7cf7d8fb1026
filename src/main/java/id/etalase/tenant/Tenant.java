package id.etalase.tenant;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A regency or city that has its own directory. This is platform data, read before any tenant is
 * known (to resolve one), so it is not tenant-scoped itself. Its id is the {@code tenant_id} of
 * every tenant-scoped row.
 */
@Entity
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

  /** Custom domains, pending and verified; see {@link TenantDomain}. */
  @OneToMany(
      mappedBy = "tenant",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  private Set<TenantDomain> domains = new HashSet<>();

  /**
   * The verified custom domain that canonical URLs and mailed links use, chosen by the tenant's
   * admin (or its folder); null for the platform's address of the tenant.
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

  /**
   * The custom domains the tenant's admin wants: those it holds already stay as they are (pending
   * or verified), new ones are claimed as pending, the others are released. Whether a domain may be
   * claimed and is free is checked before, with {@link TenantRules} and the registry.
   *
   * @param wanted domains as {@link TenantRules#normaliseDomain} leaves them
   * @return the newly claimed domains
   */
  public List<String> requestDomains(Collection<String> wanted) {
    for (String domain : wanted) {
      if (!TenantRules.isDomainName(domain)) {
        throw new IllegalArgumentException("Not a domain name: " + domain);
      }
    }
    domains.removeIf(d -> !wanted.contains(d.getDomain()));
    if (canonicalDomain != null && !wanted.contains(canonicalDomain)) {
      canonicalDomain = null;
    }
    List<String> claimed = new ArrayList<>();
    for (String domain : new TreeSet<>(wanted)) {
      if (domain(domain).isEmpty()) {
        domains.add(new TenantDomain(this, domain));
        claimed.add(domain);
      }
    }
    return claimed;
  }

  /**
   * The domains of the tenant's folder, which the platform team wrote: the tenant holds exactly
   * these, and each counts as verified ({@link DomainProof#FOLDER}).
   */
  public void serveFromFolder(Collection<String> folderDomains, String canonical) {
    requestDomains(folderDomains);
    vouchFromFolder(folderDomains);
    chooseCanonical(canonical);
  }

  /**
   * Verifies the domains that the tenant holds pending and its folder lists.
   *
   * @return the domains this verified
   */
  public List<String> vouchFromFolder(Collection<String> folderDomains) {
    List<String> vouched = new ArrayList<>();
    for (TenantDomain d : domains) {
      if (folderDomains.contains(d.getDomain())
          && d.verify(DomainProof.FOLDER, "tenants/" + slug + "/tenant.yaml")) {
        vouched.add(d.getDomain());
      }
    }
    return vouched;
  }

  /**
   * Chooses the domain of canonical URLs and mailed links.
   *
   * @param domain one of the tenant's verified domains, or null for the platform's address
   */
  public void chooseCanonical(String domain) {
    if (domain != null && domain(domain).filter(TenantDomain::isVerified).isEmpty()) {
      throw new IllegalArgumentException(
          "Only a verified domain of " + slug + " can be canonical, not: " + domain);
    }
    canonicalDomain = domain;
  }

  /**
   * Gives up a claim, pending or verified; when it was the canonical domain, canonical URLs fall
   * back to the platform's address of the tenant.
   *
   * @return whether the tenant held the domain
   */
  public boolean release(String domain) {
    if (domain.equals(canonicalDomain)) {
      canonicalDomain = null;
    }
    return domains.removeIf(d -> d.getDomain().equals(domain));
  }

  public Optional<TenantDomain> domain(String domain) {
    return domains.stream().filter(d -> d.getDomain().equals(domain)).findFirst();
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

  /** Every custom domain, pending or verified. */
  public Set<TenantDomain> getCustomDomains() {
    return Collections.unmodifiableSet(domains);
  }

  /** The names of every custom domain, pending or verified, sorted. */
  public Set<String> getDomainNames() {
    Set<String> names = new TreeSet<>();
    domains.forEach(d -> names.add(d.getDomain()));
    return Collections.unmodifiableSet(names);
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
