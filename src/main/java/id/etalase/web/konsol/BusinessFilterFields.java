package id.etalase.web.konsol;

import id.etalase.business.BusinessFilter;
import id.etalase.catalog.Category;
import id.etalase.catalog.CategoryService;
import id.etalase.curation.PublicationStatus;
import id.etalase.region.District;
import id.etalase.region.RegionRepository;
import id.etalase.tenant.CurrentTenant;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The business list's filter as a page binds it (text, status, kecamatan, category) with the
 * choices it offers: the list of businesses and the export page, whose filter is the list's.
 */
public abstract class BusinessFilterFields implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient CategoryService categories;
  @Inject private transient RegionRepository regions;
  @Inject private transient CurrentTenant currentTenant;

  private String text;
  private PublicationStatus status;
  private String districtCode;
  private Long categoryId;
  private Map<String, String> districtNames;
  private List<Category> categoryList;

  /** What the user typed and picked; the service narrows it to an owner's own business. */
  protected BusinessFilter businessFilter() {
    String typed = text == null || text.isBlank() ? null : text.strip();
    return new BusinessFilter(typed, status, districtCode, categoryId, null);
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

  public List<Category> getCategories() {
    if (categoryList == null) {
      categoryList = categories.all();
    }
    return categoryList;
  }

  public PublicationStatus[] getStatuses() {
    return PublicationStatus.values();
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public PublicationStatus getStatus() {
    return status;
  }

  public void setStatus(PublicationStatus status) {
    this.status = status;
  }

  public String getDistrictCode() {
    return districtCode;
  }

  public void setDistrictCode(String districtCode) {
    this.districtCode = districtCode;
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public void setCategoryId(Long categoryId) {
    this.categoryId = categoryId;
  }
}
