package id.etalase.web.konsol.produk;

import id.etalase.access.Role;
import id.etalase.catalog.Product;
import id.etalase.catalog.ProductFilter;
import id.etalase.catalog.ProductService;
import id.etalase.common.InvalidInputException;
import id.etalase.common.RecordNotFoundException;
import id.etalase.importing.CatalogExport;
import id.etalase.importing.ExportFilter;
import id.etalase.importing.ImportSheet;
import id.etalase.tenant.CurrentTenant;
import id.etalase.web.consoles.common.ConsoleMessages;
import id.etalase.web.consoles.common.ConsoleRecordPage;
import id.etalase.web.consoles.common.ConsoleTable;
import id.etalase.web.consoles.common.Downloads;
import id.etalase.web.consoles.common.SignedIn;
import id.etalase.web.konsol.CatalogFilterFields;
import id.etalase.web.konsol.ExportBacking;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.primefaces.model.LazyDataModel;

/** {@code /konsol/produk/}: every product of the tenant, paged and sorted in the database. */
@Named
@ViewScoped
public class ProductListBacking extends CatalogFilterFields {

  private static final long serialVersionUID = 1L;

  @Inject private transient ProductService products;
  @Inject private transient SignedIn signedIn;
  @Inject private transient ConsoleMessages messages;
  @Inject private transient CatalogExport export;
  @Inject private transient CurrentTenant currentTenant;

  private boolean featuredOnly;
  private final ConsoleTable<Product> model = new Model();

  /** What the visitor typed and picked; the service narrows it to an owner\'s own business. */
  ProductFilter filter() {
    return new ProductFilter(
        typedText(), getStatus(), getCategoryId(), featuredOnly ? Boolean.TRUE : null, null);
  }

  /** The products as the list shows them now, as the template's product sheet (CSV). */
  public void export() {
    ExportFilter chosen = ExportFilter.ofProducts(filter());
    Downloads.send(
        ExportBacking.fileName(currentTenant.require().slug(), "produk", "csv"),
        Downloads.CSV,
        out -> export.csv(signedIn.require(), ImportSheet.PRODUK, chosen, out));
  }

  private final class Model extends ConsoleTable<Product> {

    private static final long serialVersionUID = 1L;

    @Override
    protected long countRows() {
      return products.countMatching(signedIn.require(), filter());
    }

    @Override
    protected List<Product> rows(int first, int pageSize, String sortField, boolean ascending) {
      ProductFilter.Sort sort =
          sortField == null
              ? ProductFilter.Sort.NAME
              : switch (sortField) {
                case "status" -> ProductFilter.Sort.STATUS;
                case "updatedAt" -> ProductFilter.Sort.UPDATED;
                default -> ProductFilter.Sort.NAME;
              };
      return products.find(signedIn.require(), filter(), first, pageSize, sort, ascending);
    }

    @Override
    protected Object keyOf(Product row) {
      return row.getId();
    }
  }

  /** Stars or unstars a product for the home page: the government's choice, so its admins'. */
  public void feature(long id, boolean on) {
    if (!isMayFeature()) {
      ConsoleRecordPage.notFound();
      return;
    }
    try {
      products.setFeatured(signedIn.require(), id, on);
      messages.info(on ? "featured.added" : "featured.removed");
    } catch (InvalidInputException refused) {
      messages.problems(refused, Map.of());
    } catch (RecordNotFoundException gone) {
      ConsoleRecordPage.notFound();
    }
  }

  public boolean isMayFeature() {
    return signedIn.require().role() == Role.TENANT_ADMIN;
  }

  public LazyDataModel<Product> getModel() {
    return model;
  }

  public boolean isFeaturedOnly() {
    return featuredOnly;
  }

  public void setFeaturedOnly(boolean featuredOnly) {
    this.featuredOnly = featuredOnly;
  }
}
