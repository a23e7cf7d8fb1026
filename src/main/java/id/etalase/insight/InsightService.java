package id.etalase.insight;

import id.etalase.access.Access;
import id.etalase.access.ConsoleUser;
import id.etalase.common.InputChecks;
import id.etalase.region.RegionRepository;
import id.etalase.tenant.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The government's dashboard of the current tenant: every {@link InsightSource}'s figures and
 * charts for one filter, for the tenant's admins only. The filter is checked here (a period that
 * runs forward, a kecamatan of this regency), so a tampered request gets a clear message.
 */
@ApplicationScoped
@Transactional
public class InsightService {

  @Inject private Access access;
  @Inject private Instance<InsightSource> sources;
  @Inject private RegionRepository regions;
  @Inject private CurrentTenant currentTenant;

  /**
   * @throws id.etalase.common.NotAllowedException unless an admin of the current tenant asks
   * @throws id.etalase.common.InvalidInputException for a backward or too long period, or a
   *     kecamatan of another regency
   */
  public Dashboard dashboard(ConsoleUser actor, InsightFilter filter) {
    access.admin(actor);
    InputChecks in = new InputChecks();
    if (!filter.isPeriodValid()) {
      in.problem("period", "insight.problem.period", InsightFilter.MAX_DAYS);
    }
    if (filter.districtCode() != null
        && !regions.isDistrictOf(currentTenant.require().regencyCode(), filter.districtCode())) {
      in.problem("district", "problem.district", filter.districtCode());
    }
    in.verify();
    List<Figure> figures = new ArrayList<>();
    List<Chart> charts = new ArrayList<>();
    for (InsightSource source : ordered()) {
      InsightSource.Contribution part = source.contribute(filter);
      figures.addAll(part.figures());
      charts.addAll(part.charts());
    }
    return new Dashboard(filter, figures, charts);
  }

  /**
   * Every source's key counts of the current tenant, for the platform team: {@link PlatformFigures}
   * asks tenant by tenant.
   */
  public List<Figure> keyFigures(ConsoleUser actor) {
    access.platform(actor);
    List<Figure> figures = new ArrayList<>();
    for (InsightSource source : ordered()) {
      figures.addAll(source.keyFigures());
    }
    return figures;
  }

  private List<InsightSource> ordered() {
    return sources.stream().sorted(Comparator.comparingInt(InsightSource::order)).toList();
  }
}
