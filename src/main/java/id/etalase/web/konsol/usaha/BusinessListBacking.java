package id.etalase.web.konsol.usaha;

import id.etalase.business.Business;
import id.etalase.business.BusinessFilter;
import id.etalase.business.BusinessService;
import id.etalase.importing.CatalogExport;
import id.etalase.importing.ExportFilter;
import id.etalase.tenant.CurrentTenant;
import id.etalase.web.consoles.common.ConsoleTable;
import id.etalase.web.consoles.common.Downloads;
import id.etalase.web.consoles.common.SignedIn;
import id.etalase.web.konsol.BusinessFilterFields;
import id.etalase.web.konsol.ExportBacking;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * The operator console's list of businesses ({@code konsol/usaha/index.xhtml}): a lazy table read
 * page by page from the database, narrowed by status, kecamatan, category and text, sorted by a
 * column. A business owner sees only their own business.
 */
@Named
@ViewScoped
public class BusinessListBacking extends BusinessFilterFields {

  private static final long serialVersionUID = 1L;

  @Inject private transient BusinessService businesses;
  @Inject private transient CurrentTenant currentTenant;
  @Inject private transient SignedIn signedIn;
  @Inject private transient CatalogExport export;

  private final ConsoleTable<Business> model = new Model();

  /**
   * The businesses as the list shows them now, and their products, as one workbook in the import
   * template: the export takes the list's own filter.
   */
  public void export() {
    ExportFilter chosen = ExportFilter.ofBusinesses(businessFilter());
    Downloads.send(
        ExportBacking.fileName(currentTenant.require().slug(), "usaha", "xlsx"),
        Downloads.XLSX,
        out -> export.xlsx(signedIn.require(), chosen, out));
  }

  private final class Model extends ConsoleTable<Business> {

    private static final long serialVersionUID = 1L;

    @Override
    protected long countRows() {
      return businesses.countMatching(signedIn.require(), businessFilter());
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
      return businesses.find(
          signedIn.require(), businessFilter(), first, pageSize, sort, ascending);
    }

    @Override
    protected Object keyOf(Business row) {
      return row.getId();
    }
  }

  public LazyDataModel<Business> getModel() {
    return model;
  }
}
