package id.etalase.business;

import id.etalase.tenant.PublicRecordListener;
import id.etalase.tenant.TenantScopedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A web address of a business: its site, social media, or a marketplace store. */
@Entity
@EntityListeners(PublicRecordListener.class)
@Table(name = "business_link")
public class BusinessLink extends TenantScopedEntity {

  @Id
  @SequenceGenerator(name = "catalog_id", sequenceName = "catalog_id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_id")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "business_id")
  private Business business;

  private int position;

  @Enumerated(EnumType.STRING)
  private LinkKind kind;

  private String url;

  protected BusinessLink() {}

  BusinessLink(Business business, int position, LinkKind kind, String url) {
    this.business = business;
    this.position = position;
    this.kind = kind;
    this.url = url;
  }

  public LinkKind getKind() {
    return kind;
  }

  public String getUrl() {
    return url;
  }

  public int getPosition() {
    return position;
  }
}
