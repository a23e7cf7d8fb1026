package id.etalase.account;

import id.etalase.access.Role;
import id.etalase.tenant.TrackedTenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
 * is only ever stored as a PBKDF2 hash ({@link Credentials}).
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

  @Embedded private Credentials credentials = new Credentials();

  private boolean enabled = true;

  protected Account() {}

  Account(String email, String displayName, Role role, Long businessId) {
    this.email = email;
    this.displayName = displayName;
    this.role = role;
    this.businessId = businessId;
  }

  /** Never null: EclipseLink leaves an embeddable null when all its columns are (an invitation). */
  public Credentials getCredentials() {
    if (credentials == null) {
      credentials = new Credentials();
    }
    return credentials;
  }

  void setEnabled(boolean enabled) {
    if (this.enabled != enabled) {
      getCredentials().endSessions();
    }
    this.enabled = enabled;
  }

  void setRole(Role role) {
    if (this.role != role) {
      getCredentials().endSessions();
    }
    this.role = role;
  }

  void setDisplayName(String displayName) {
    this.displayName = displayName;
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
    return getCredentials().hasPassword();
  }
}
