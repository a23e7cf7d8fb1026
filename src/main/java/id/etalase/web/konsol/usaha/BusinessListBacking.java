package id.etalase.web.konsol.usaha;

import id.etalase.business.Business;
import id.etalase.business.BusinessFilter;
import id.etalase.business.BusinessService;
import id.etalase.catalog.Category;
import id.etalase.catalog.CategoryService;
import id.etalase.curation.PublicationStatus;
import id.etalase.importing.CatalogExport;
import id.etalase.importing.ExportFilter;
import id.etalase.region.District;
import id.etalase.region.RegionRepository;
import id.etalase.tenant.CurrentTenant;
import id.etalase.web.consoles.common.ConsoleTable;
import id.etalase.web.consoles.common.Downloads;
import id.etalase.web.consoles.common.SignedIn;
import id.etalase.web.konsol.ExportBacking;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.LazyDataModel;

/**
 * The operator console's list of businesses ({@code konsol/usaha/index.xhtml}): a lazy table read
 * page by page from the database, narrowed by status, kecamatan, category and text, sorted by a
 * column. A business owner sees only their own business.
 */
@Named
@ViewScoped
public class BusinessListBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient BusinessService businesses;
  @Inject private transient CategoryService categories;
  @Inject private transient RegionRepository regions;
  @Inject private transient CurrentTenant currentTenant;
  @Inject private transient SignedIn signedIn;
  @Inject private transient CatalogExport export;

  private String text;
  private PublicationStatus status;
  private String districtCode;
  private Long categoryId;
  private Map<String, String> districtNames;
  private List<Category> categoryList;
  private final ConsoleTable<Business> model = new Model();

  @PostConstruct
  void init() {
    districtNames = new LinkedHashMap<>();
    for (District d : regions.districtsOf(currentTenant.require().regencyCode())) {
      districtNames.put(d.getCode(), d.getName());
    }
    categoryList = categories.all();
  }

  /** What the visitor typed and picked; the service narrows it to an owner\'s own business. */
  BusinessFilter filter() {
    String typed = text == null || text.isBlank() ? null : text.strip();
    return new BusinessFilter(typed, status, districtCode, categoryId, null);
  }

  /**
   * The businesses as the list shows them now, and their products, as one workbook in the import
   * template: the export takes the list's own filter.
   */
  public void export() {
    ExportFilter chosen = ExportFilter.ofBusinesses(filter());
    Downloads.send(
        ExportBacking.fileName(currentTenant.require().slug(), "usaha", "xlsx"),
        Downloads.XLSX,
        out -> export.xlsx(signedIn.require(), chosen, out));
  }

  private final class Model extends ConsoleTable<Business> {

    private static final long serialVersionUID = 1L;

    @Override
    protected long countRows() {
      return businesses.countMatching(signedIn.require(), filter());
    }

    @Override
    protected List<Business> rows(int first, int pageSize, String sortField, boolean ascending) {
      BusinessFilter.Sort sort =
          sortField == null
              ? BusinessFilter.Sort.NAME
              : switch (sortField) {
                case "status" -> BusinessFilter.Sort.STATUS;
                case "updatedAt" -> BusinessFilter.Sort.UPDATED;
                case "districtCode" -> BusinessFilter.Sort.DISTRICT;
                default -> BusinessFilter.Sort.NAME;
              };
      return businesses.find(signedIn.require(), filter(), first, pageSize, sort, ascending);
    }

    @Override
    protected Object keyOf(Business row) {
      return row.getId();
    }
  }

  public LazyDataModel<Business> getModel() {
    return model;
  }

  public String districtName(String code) {
    return code == null ? "" : districtNames.getOrDefault(code, code);
  }

  public Map<String, String> getDistricts() {
    return districtNames;
  }

  public List<Category> getCategories() {
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
