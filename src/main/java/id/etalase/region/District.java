package id.etalase.region;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.ReadOnly;

/** A kecamatan, by its official code such as {@code 35.11.02} (Tamanan, Bondowoso). */
@Entity
@Table(name = "region_district")
@ReadOnly
@Cacheable
public class District {

  @Id private String code;

  @Column(name = "regency_code")
  private String regencyCode;

  private String name;

  protected District() {}

  public String getCode() {
    return code;
  }

  public String getRegencyCode() {
    return regencyCode;
  }

  public String getName() {
    return name;
  }

  /** The URL name of the district, unique within its regency (checked for all of Indonesia). */
  public String getSlug() {
    return RegionNames.slug(name);
  }
}
