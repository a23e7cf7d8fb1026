package id.etalase.access;

import java.io.Serializable;
import java.time.Instant;

/**
 * Who is signed in to a console, as kept in the HTTP session: small and serializable. A tenant
 * account carries its tenant's id, and every console request checks it against the tenant the
 * request resolved to; a platform admin has no tenant.
 */
public record ConsoleUser(
    Long tenantId,
    long id,
    String email,
    String displayName,
    Role role,
    Long businessId,
    boolean mfa,
    Instant signedInAt,
    int sessionEpoch)
    implements Serializable {

  public ConsoleUser withMfa() {
    return new ConsoleUser(
        tenantId, id, email, displayName, role, businessId, true, signedInAt, sessionEpoch);
  }

  public boolean isPlatformAdmin() {
    return role == Role.PLATFORM_ADMIN;
  }

  public boolean belongsTo(long tenant) {
    return tenantId != null && tenantId == tenant;
  }

  /** For EL, which reads no record accessors before Jakarta EL 6. */
  public long getId() {
    return id;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getEmail() {
    return email;
  }

  public Role getRole() {
    return role;
  }
}
