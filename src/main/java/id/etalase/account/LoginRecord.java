package id.etalase.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One login attempt on any console. A platform table: throttling counts failures by address across
 * tenants. Written, never changed (the application role may only insert and read).
 */
@Entity
@Table(name = "login_record")
public class LoginRecord {

  /** What came of an attempt. */
  public enum Outcome {
    SUCCESS,
    BAD_PASSWORD,
    BAD_CODE,
    CODE_NEEDED,
    THROTTLED;

    boolean isFailure() {
      return this == BAD_PASSWORD || this == BAD_CODE;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private OffsetDateTime at;

  @Column(name = "tenant_id")
  private Long tenantId;

  private String email;

  private String address;

  @Enumerated(EnumType.STRING)
  private Outcome outcome;

  @Column(name = "user_agent")
  private String userAgent;

  protected LoginRecord() {}

  LoginRecord(Long tenantId, String email, LoginClient client, Outcome outcome) {
    this.at = OffsetDateTime.now(ZoneOffset.UTC);
    this.tenantId = tenantId;
    this.email = email;
    this.address = client.address();
    this.userAgent = client.userAgent();
    this.outcome = outcome;
  }

  public OffsetDateTime getAt() {
    return at;
  }

  public Long getTenantId() {
    return tenantId;
  }

  public String getEmail() {
    return email;
  }

  public String getAddress() {
    return address;
  }

  public Outcome getOutcome() {
    return outcome;
  }
}
