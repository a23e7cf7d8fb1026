package id.etalase.web.konsol;

import id.etalase.business.BusinessFilter;
import id.etalase.region.District;
import id.etalase.region.RegionRepository;
import id.etalase.tenant.CurrentTenant;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The business list's filter as a page binds it (the catalog's fields and the kecamatan) with the
 * choices it offers: the list of businesses and the export page, whose filter is the list's.
 */
public abstract class BusinessFilterFields extends CatalogFilterFields {

  private static final long serialVersionUID = 1L;

  @Inject private transient RegionRepository regions;
  @Inject private transient CurrentTenant currentTenant;

  private String districtCode;
  private Map<String, String> districtNames;

  /** What the user typed and picked; the service narrows it to an owner's own business. */
  protected BusinessFilter businessFilter() {
    return new BusinessFilter(typedText(), getStatus(), districtCode, getCategoryId(), null);
  }

  /** The tenant's kecamatan by code, in the order of the region data. */
  public Map<String, String> getDistricts() {
    if (districtNames == null) {
      districtNames = new LinkedHashMap<>();
      for (District d : regions.districtsOf(currentTenant.require().regencyCode())) {
        districtNames.put(d.getCode(), d.getName());
      }
    }
    return districtNames;
  }

  public String districtName(String code) {
    return code == null ? "" : getDistricts().getOrDefault(code, code);
  }

  public String getDistrictCode() {
    return districtCode;
  }

  public void setDistrictCode(String districtCode) {
    this.districtCode = districtCode;
  }
}
