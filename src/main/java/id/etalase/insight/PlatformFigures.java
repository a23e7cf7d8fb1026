package id.etalase.insight;

import id.etalase.access.Access;
import id.etalase.access.ConsoleUser;
import id.etalase.tenant.TenantDirectory;
import id.etalase.tenant.TenantSnapshot;
import id.etalase.tenant.TenantWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The platform console's side-by-side view: each tenant's key counts, counted in a transaction of
 * its own (one tenant per transaction, as {@code TenantEntityManager} requires). A tenant whose
 * counts fail shows none rather than hiding the others.
 */
@ApplicationScoped
public class PlatformFigures {

  private static final Logger LOG = Logger.getLogger(PlatformFigures.class.getName());

  /** One tenant's row. */
  public record Row(TenantSnapshot tenant, List<Figure> figures) {
    public TenantSnapshot getTenant() {
      return tenant;
    }

    public List<Figure> getFigures() {
      return figures;
    }
  }

  @Inject private Access access;
  @Inject private TenantDirectory directory;
  @Inject private TenantWork work;
  @Inject private InsightService insight;

  /** Every tenant's key counts, in the directory's order; platform admins only. */
  public List<Row> all(ConsoleUser actor) {
    access.platform(actor);
    List<Row> rows = new ArrayList<>();
    for (TenantSnapshot tenant : directory.all()) {
      List<Figure> figures;
      try {
        figures = work.callAs(tenant, () -> insight.keyFigures(actor));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, tenant.slug() + ": key counts failed", e);
        figures = List.of();
      }
      rows.add(new Row(tenant, figures));
    }
    return rows;
  }
}
