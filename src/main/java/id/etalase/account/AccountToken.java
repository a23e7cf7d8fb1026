package id.etalase.account;

import id.etalase.tenant.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A one-time link for an account: an invitation to set the first password, or a password reset.
 * Only a SHA-256 of the token is stored, so the table does not hand out working links.
 */
@Entity
@Table(name = "account_token")
public class AccountToken extends TenantScopedEntity {

  /** What a token lets its holder do. */
  public enum Purpose {
    INVITATION,
    RESET
  }

  @Id
  @SequenceGenerator(name = "catalog_id", sequenceName = "catalog_id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_id")
  private Long id;

  @Column(name = "account_id")
  private Long accountId;

  @Enumerated(EnumType.STRING)
  private Purpose purpose;

  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "expires_at")
  private OffsetDateTime expiresAt;

  @Column(name = "used_at")
  private OffsetDateTime usedAt;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  protected AccountToken() {}

  AccountToken(
      long accountId,
      Purpose purpose,
      String tokenHash,
      OffsetDateTime now,
      OffsetDateTime expiresAt) {
    this.accountId = accountId;
    this.purpose = purpose;
    this.tokenHash = tokenHash;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  boolean usableAt(OffsetDateTime now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  void use(OffsetDateTime now) {
    usedAt = now;
  }

  Long getAccountId() {
    return accountId;
  }

  Purpose getPurpose() {
    return purpose;
  }

  public OffsetDateTime getExpiresAt() {
    return expiresAt;
  }
}
