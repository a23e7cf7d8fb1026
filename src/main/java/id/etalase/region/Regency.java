package id.etalase.region;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * A kabupaten or kota, by its official Kemendagri code such as {@code 35.11}. A tenant is one
 * regency; its code names the districts and villages its businesses can be in. Reference data,
 * shared by all tenants and never written by the application.
 */
@Entity
@Table(name = "region_regency")
@ReadOnly
@Cacheable
public class Regency {

  @Id private String code;

  @Column(name = "province_code")
  private String provinceCode;

  private String name;

  protected Regency() {}

  public String getCode() {
    return code;
  }

  public String getProvinceCode() {
    return provinceCode;
  }

  public String getName() {
    return name;
  }
}
