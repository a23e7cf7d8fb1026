package id.etalase.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.business.Business;
import id.etalase.business.BusinessRepository;
import id.etalase.catalog.ProductRepository;
import id.etalase.cluster.ClusterRepository;
import id.etalase.curation.PublicationStatus;
import id.etalase.insight.CatalogInsight;
import id.etalase.insight.Chart;
import id.etalase.insight.Dashboard;
import id.etalase.insight.InsightFilter;
import id.etalase.insight.InsightService;
import id.etalase.tenant.TenantDirectory;
import id.etalase.tenant.TenantLoader;
import id.etalase.tenant.TenantSnapshot;
import id.etalase.tenant.TenantWork;
import id.etalase.testing.Actors;
import id.etalase.testing.DemoData;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo import on the real database: importing it again, as every start does, writes nothing;
 * the demo registrations' history spreads the demo businesses over the dashboard's months, once.
 */
@ExtendWith(ArquillianExtension.class)
class DemoImportIT {

  @Inject TenantDirectory directory;
  @Inject TenantWork work;
  @Inject TenantLoader loader;
  @Inject BusinessRepository businesses;
  @Inject ProductRepository products;
  @Inject ClusterRepository clusters;
  @Inject RegistrationDemoHistory registrations;
  @Inject InsightService insight;

  @Test
  void importingTheDemoCatalogAgainChangesNothing() throws Exception {
    // The import a server start runs: other classes on this shared server edit demo records.
    loader.loadAll(DemoData.tenantsDir(), true);
    List<Long> before = versions();
    loader.loadAll(DemoData.tenantsDir(), true);
    assertEquals(before, versions());
  }

  /** Thrown to roll back what a test generated, carrying what it saw. */
  static final class RolledBack extends RuntimeException {
    final transient Object seen;

    RolledBack(Object seen) {
      super(null, null, false, false);
      this.seen = seen;
    }
  }

  @Test
  void theRegistrationHistorySpreadsTheDemoBusinessesOverTheDashboardsMonthsOnce() {
    TenantSnapshot b = directory.bySlug("situbondo").orElseThrow();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
    InsightFilter year = InsightFilter.lastYear("id");
    Map<String, Long> registered = new TreeMap<>();
    Map<String, Long> published = new TreeMap<>();
    try {
      work.callAs(
          b,
          () -> {
            List<Business> demo =
                new ArrayList<>(
                    businesses.findBySlugs(DemoData.of("situbondo").allSlugs()).values());
            demo.sort(Comparator.comparing(Business::getSlug));
            List<RegistrationDemoHistory.Dates> expected =
                RegistrationDemoHistory.spread(
                    "situbondo",
                    demo.stream().map(d -> d.getStatus() == PublicationStatus.PUBLISHED).toList(),
                    now);
            for (RegistrationDemoHistory.Dates d : expected) {
              registered.merge(month(d.registered()), 1L, Long::sum);
              if (d.published() != null) {
                published.merge(month(d.published()), 1L, Long::sum);
              }
            }
            Path folder = DemoData.tenantsDir().resolve("situbondo/demo");
            assertEquals(demo.size(), registrations.generate(folder, now));
            assertEquals(0, registrations.generate(folder, now), "only once");
            throw new RolledBack(insight.dashboard(Actors.admin(b), year));
          });
    } catch (RolledBack rolledBack) {
      Dashboard seen = (Dashboard) rolledBack.seen;
      String thisMonth = YearMonth.now(InsightFilter.ZONE).toString();
      // This month also holds what other classes registered and published today.
      registered.remove(thisMonth);
      published.remove(thisMonth);
      assertTrue(registered.size() >= 3, "spread over months: " + registered);
      assertEquals(registered, counts(seen, CatalogInsight.REGISTRATIONS, thisMonth));
      assertEquals(published, counts(seen, CatalogInsight.PUBLICATIONS, thisMonth));
    }
    Dashboard after = work.callAs(b, () -> insight.dashboard(Actors.admin(b), year));
    assertEquals(
        Map.of(),
        counts(after, CatalogInsight.REGISTRATIONS, YearMonth.now(InsightFilter.ZONE).toString()),
        "rolled back, and off in the tests: every demo business registered today");
  }

  private static String month(OffsetDateTime at) {
    return YearMonth.from(at.atZoneSameInstant(InsightFilter.ZONE)).toString();
  }

  /** A chart's first series by month, leaving out one month and the months without any. */
  private static Map<String, Long> counts(Dashboard d, String chart, String except) {
    Chart c = d.chart(chart).orElseThrow();
    Map<String, Long> counts = new TreeMap<>();
    for (int i = 0; i < c.labels().size(); i++) {
      long n = c.series().get(0).values().get(i);
      if (n > 0 && !c.labels().get(i).equals(except)) {
        counts.put(c.labels().get(i), n);
      }
    }
    return counts;
  }

  private List<Long> versions() {
    return work.callAs(
        a(),
        () -> {
          List<Long> v = new java.util.ArrayList<>();
          products.findAll().forEach(p -> v.add(p.getVersion()));
          clusters.findAll().forEach(c -> v.add(c.getVersion()));
          businesses.findAll().forEach(b -> v.add(b.getVersion()));
          return v;
        });
  }

  private TenantSnapshot a() {
    return directory.bySlug("bondowoso").orElseThrow();
  }
}
