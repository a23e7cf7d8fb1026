package id.etalase.account;

import id.etalase.tenant.TrackedTenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A console account of one tenant. It belongs to exactly one regency (tenant-scoped like the
 * catalog), so an operator of Bondowoso does not exist for Situbondo's login at all. The password
 * is only ever stored as a PBKDF2 hash.
 */
@Entity
@Table(name = "account")
public class Account extends TrackedTenantEntity {

  @Id
  @SequenceGenerator(name = "catalog_id", sequenceName = "catalog_id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_id")
  private Long id;

  private String email;

  @Column(name = "display_name")
  private String displayName;

  @Enumerated(EnumType.STRING)
  private Role role;

  @Column(name = "business_id")
  private Long businessId;

  @Column(name = "password_hash")
  private String passwordHash;

  @Column(name = "totp_secret")
  private String totpSecret;

  @Column(name = "totp_last_step")
  private Long totpLastStep;

  private boolean enabled = true;

  protected Account() {}

  Account(String email, String displayName, Role role, Long businessId) {
    this.email = email;
    this.displayName = displayName;
    this.role = role;
    this.businessId = businessId;
  }

  void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  String getPasswordHash() {
    return passwordHash;
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

  public Role getRole() {
    return role;
  }

  public Long getBusinessId() {
    return businessId;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public boolean hasPassword() {
    return passwordHash != null;
  }
}
