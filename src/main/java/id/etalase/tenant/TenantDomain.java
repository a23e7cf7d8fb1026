package id.etalase.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A custom domain a tenant claimed, with the proof that it is the tenant's. A new claim is pending
 * and carries a random token; the resolver serves the domain only once it is verified: by a DNS TXT
 * record or a file on the domain holding that token, by a platform admin, or by the tenant's
 * folder. Platform data, like the tenant: read before any tenant is known.
 */
@Entity
@EntityListeners(PublicRecordListener.class)
@Table(name = "tenant_domain")
public class TenantDomain {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id private String domain;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "tenant_id")
  private Tenant tenant;

  @Enumerated(EnumType.STRING)
  private DomainStatus status;

  private String token;

  @Enumerated(EnumType.STRING)
  private DomainProof proof;

  @Column(name = "requested_at")
  private OffsetDateTime requestedAt;

  @Column(name = "verified_at")
  private OffsetDateTime verifiedAt;

  @Column(name = "verified_by")
  private String verifiedBy;

  @Column(name = "last_check_at")
  private OffsetDateTime lastCheckAt;

  @Column(name = "last_check_result")
  private String lastCheckResult;

  protected TenantDomain() {}

  /** A new, pending claim with a fresh token. */
  TenantDomain(Tenant tenant, String domain) {
    this.tenant = Objects.requireNonNull(tenant, "tenant");
    if (!TenantRules.isDomainName(domain)) {
      throw new IllegalArgumentException("Not a domain name: " + domain);
    }
    this.domain = domain;
    this.status = DomainStatus.PENDING;
    this.token = newToken();
    this.requestedAt = now();
  }

  /** 128 random bits in hex: what the claimant publishes to prove the domain is theirs. */
  static String newToken() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }

  /**
   * Marks the domain proven. A domain that is already verified keeps its first proof.
   *
   * @param by who or what vouched: the check's address, the platform admin and their note, or the
   *     folder
   * @return whether this changed anything
   */
  public boolean verify(DomainProof proof, String by) {
    if (status == DomainStatus.VERIFIED) {
      return false;
    }
    this.status = DomainStatus.VERIFIED;
    this.proof = Objects.requireNonNull(proof, "proof");
    this.verifiedAt = now();
    this.verifiedBy = by == null ? null : cut(by, 300);
    return true;
  }

  /** Remembers the outcome of a check that did not prove the domain. */
  public void checked(String result) {
    this.lastCheckAt = now();
    this.lastCheckResult = result == null ? null : cut(result, 300);
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  public boolean isVerified() {
    return status == DomainStatus.VERIFIED;
  }

  public String getDomain() {
    return domain;
  }

  public Tenant getTenant() {
    return tenant;
  }

  public DomainStatus getStatus() {
    return status;
  }

  public String getToken() {
    return token;
  }

  public DomainProof getProof() {
    return proof;
  }

  public OffsetDateTime getRequestedAt() {
    return requestedAt;
  }

  public OffsetDateTime getVerifiedAt() {
    return verifiedAt;
  }

  public String getVerifiedBy() {
    return verifiedBy;
  }

  public OffsetDateTime getLastCheckAt() {
    return lastCheckAt;
  }

  public String getLastCheckResult() {
    return lastCheckResult;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TenantDomain d && domain.equals(d.domain);
  }

  @Override
  public int hashCode() {
    return domain.hashCode();
  }
}
