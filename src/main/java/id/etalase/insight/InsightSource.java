package id.etalase.insight;

import java.util.List;

/**
 * Something that brings figures to the government's dashboard and the platform console: the catalog
 * today ({@link CatalogInsight}), orders and leads when they exist. The one place a new series
 * joins: a new {@code @ApplicationScoped} bean implementing this is drawn on the dashboard, written
 * to the workbook and the PDF report, and counted on the platform console, with no other change.
 *
 * <p>Both methods run inside a transaction bound to the tenant ({@code TenantEntityManager}), after
 * {@link InsightService} checked who asks; native SQL must still name {@code tenant_id} itself.
 */
public interface InsightSource {

  /** Where on the dashboard this source comes: lower first. The catalog is 0. */
  int order();

  /** The figures and charts for this filter. */
  Contribution contribute(InsightFilter filter);

  /** The current tenant's key counts, side by side with other tenants' on the platform console. */
  List<Figure> keyFigures();

  /** What one source adds to the dashboard. */
  record Contribution(List<Figure> figures, List<Chart> charts) {
    public Contribution {
      figures = List.copyOf(figures);
      charts = List.copyOf(charts);
    }
  }
}
