package id.etalase.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.business.Business;
import id.etalase.business.BusinessRepository;
import id.etalase.business.BusinessService;
import id.etalase.catalog.ProductRepository;
import id.etalase.catalog.ProductService;
import id.etalase.cluster.ClusterRepository;
import id.etalase.curation.PublicationStatus;
import id.etalase.insight.CatalogInsight;
import id.etalase.insight.Chart;
import id.etalase.insight.Dashboard;
import id.etalase.insight.InsightFilter;
import id.etalase.insight.InsightService;
import id.etalase.ordering.DemoOrderHistory;
import id.etalase.tenant.TenantDirectory;
import id.etalase.tenant.TenantEntityManager;
import id.etalase.tenant.TenantLoader;
import id.etalase.tenant.TenantSnapshot;
import id.etalase.tenant.TenantWork;
import id.etalase.testing.Actors;
import id.etalase.testing.DemoData;
import id.etalase.testing.DemoHistories;
import id.etalase.traffic.TrafficCounter;
import id.etalase.traffic.TrafficStore;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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
 * the demo registrations' history spreads the demo businesses over the dashboard's months, once;
 * the generated orders, views and leads of a business start no earlier than its registration.
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
  @Inject DemoOrderHistory orderHistory;
  @Inject TrafficDemoHistory traffic;
  @Inject TrafficStore store;
  @Inject TrafficCounter counter;
  @Inject ProductService productService;
  @Inject BusinessService businessService;
  @Inject TenantEntityManager tenantEm;

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

  @Test
  void noGeneratedOrderViewOrLeadOfABusinessFallsBeforeItsRegistrationDay() {
    TenantSnapshot b = directory.bySlug("situbondo").orElseThrow();
    String zone = counter.zone().getId();
    Map<String, Long> seen = new TreeMap<>();
    try {
      work.callAs(
          b,
          () -> {
            // As a start with the demo history on, in the observers' order.
            Path folder = DemoData.tenantsDir().resolve("situbondo/demo");
            assertTrue(registrations.generate(folder, DemoHistories.NOW) > 0);
            DemoHistories.equipEveryDemoBusiness(
                businesses, businessService, productService, "situbondo");
            assertTrue(orderHistory.generate("situbondo", DemoHistories.NOW) > 0);
            LocalDate today = DemoHistories.NOW.atZoneSameInstant(counter.zone()).toLocalDate();
            store.add(b.id(), traffic.generate(b.id(), "situbondo", today));
            String orders =
                " FROM customer_order o JOIN business b"
                    + " ON b.tenant_id = o.tenant_id AND b.id = o.business_id WHERE o.tenant_id = ?";
            String registered = "(b.created_at AT TIME ZONE '" + zone + "')::date";
            seen.put(
                "orders before",
                count(
                    "SELECT count(*)"
                        + orders
                        + " AND (o.created_at AT TIME ZONE '"
                        + zone
                        + "')::date < "
                        + registered,
                    b.id()));
            seen.put(
                "order months",
                count(
                    "SELECT count(DISTINCT date_trunc('month', o.created_at AT TIME ZONE 'UTC'))"
                        + orders,
                    b.id()));
            for (String table : List.of("traffic_view", "traffic_lead")) {
              String rows =
                  " FROM "
                      + table
                      + " t JOIN business b ON b.tenant_id = t.tenant_id AND b.id = t.business_id"
                      + " WHERE t.tenant_id = ?";
              seen.put(
                  table + " before",
                  count("SELECT count(*)" + rows + " AND t.day < " + registered, b.id()));
              // Rows of businesses registered within the traffic's days: where the rule bites.
              seen.put(
                  table + " of later businesses",
                  count(
                      "SELECT count(*)"
                          + rows
                          + " AND "
                          + registered
                          + " > DATE '"
                          + today.minusDays(TrafficDemoHistory.DAYS)
                          + "'",
                      b.id()));
            }
            throw new RolledBack(null);
          });
    } catch (RolledBack rolledBack) {
      // Written only by the rolled-back transaction.
    }
    assertEquals(0L, seen.get("orders before"), seen.toString());
    assertEquals(0L, seen.get("traffic_view before"), seen.toString());
    assertEquals(0L, seen.get("traffic_lead before"), seen.toString());
    assertTrue(seen.get("order months") >= 6, seen.toString());
    assertTrue(seen.get("traffic_view of later businesses") > 0, seen.toString());
    assertTrue(seen.get("traffic_lead of later businesses") > 0, seen.toString());
    assertEquals(
        0L,
        work.callAs(
            b, () -> count("SELECT count(*) FROM customer_order WHERE tenant_id = ?", b.id())),
        "rolled back");
  }

  private long count(String sql, long tenant) {
    try (PreparedStatement q = tenantEm.connection().prepareStatement(sql)) {
      q.setLong(1, tenant);
      try (ResultSet r = q.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
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
