package id.etalase.region;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.ReadOnly;

/** A desa or kelurahan, by its official code such as {@code 35.11.02.2001}. */
@Entity
@Table(name = "region_village")
@ReadOnly
@Cacheable
public class Village {

  @Id private String code;

  @Column(name = "district_code")
  private String districtCode;

  private String name;

  protected Village() {}

  public String getCode() {
    return code;
  }

  public String getDistrictCode() {
    return districtCode;
  }

  public String getName() {
    return name;
  }
}
