package id.etalase.registration;

import id.etalase.tenant.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Who registered a business on the public form, how the operator reaches them, and what they agreed
 * to publish. Kept beside the business rather than in it: the applicant's own phone and e-mail are
 * for the operator, and reach the public profile only with the applicant's consent.
 */
@Entity
@Table(name = "business_registration")
public class BusinessRegistration extends TenantScopedEntity {

  @Id
  @SequenceGenerator(name = "catalog_id", sequenceName = "catalog_id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_id")
  private Long id;

  @Column(name = "business_id")
  private long businessId;

  @Column(name = "applicant_name")
  private String applicantName;

  @Column(name = "applicant_phone")
  private String applicantPhone;

  @Column(name = "applicant_email")
  private String applicantEmail;

  /** The street address as given, for the operator; on the profile only with consent. */
  @Column(name = "street_address")
  private String streetAddress;

  @Column(name = "publish_phone")
  private boolean publishPhone;

  @Column(name = "publish_address")
  private boolean publishAddress;

  @Column(name = "registered_at")
  private OffsetDateTime registeredAt;

  @Column(name = "invited_at")
  private OffsetDateTime invitedAt;

  protected BusinessRegistration() {}

  BusinessRegistration(long businessId, Application application) {
    this.businessId = businessId;
    this.applicantName = application.ownerName();
    this.applicantPhone = application.whatsapp();
    this.applicantEmail = application.email();
    this.streetAddress = application.streetAddress();
    this.publishPhone = application.publishPhone();
    this.publishAddress = application.publishAddress();
    this.registeredAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  void invited() {
    invitedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public Long getId() {
    return id;
  }

  public long getBusinessId() {
    return businessId;
  }

  public String getApplicantName() {
    return applicantName;
  }

  public String getApplicantPhone() {
    return applicantPhone;
  }

  public String getApplicantEmail() {
    return applicantEmail;
  }

  public String getStreetAddress() {
    return streetAddress;
  }

  public boolean isPublishPhone() {
    return publishPhone;
  }

  public boolean isPublishAddress() {
    return publishAddress;
  }

  public OffsetDateTime getRegisteredAt() {
    return registeredAt;
  }

  public OffsetDateTime getInvitedAt() {
    return invitedAt;
  }
}
