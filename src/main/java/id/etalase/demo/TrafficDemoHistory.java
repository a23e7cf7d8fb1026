package id.etalase.demo;

import id.etalase.business.Business;
import id.etalase.business.BusinessLink;
import id.etalase.business.BusinessRepository;
import id.etalase.catalog.Product;
import id.etalase.catalog.ProductRepository;
import id.etalase.cluster.Cluster;
import id.etalase.cluster.ClusterRepository;
import id.etalase.curation.PublicationStatus;
import id.etalase.tenant.TenantFolderLoaded;
import id.etalase.tenant.TenantWork;
import id.etalase.traffic.Channel;
import id.etalase.traffic.Subject;
import id.etalase.traffic.TrafficCounter;
import id.etalase.traffic.TrafficCounter.Key;
import id.etalase.traffic.TrafficStore;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gives a demo tenant some months of plausible daily views and leads, so the government dashboard
 * has something to show from the first start: each published record gets its own popularity, a slow
 * rise over the months, busier weekends, and about one lead for every dozen views, spread over the
 * channels the business has. A business and its products are counted from the day it registered (as
 * {@link RegistrationDemoHistory} spread it), never before. The seed is the tenant's slug, so every
 * start generates the same history; it is written once, only while the tenant has no counts,
 * through the same additive store as real counts. Switched by {@code etalase.demo.history}; orders
 * have their own generator.
 */
@ApplicationScoped
public class TrafficDemoHistory {

  /** After every demo record exists (DemoImportOrder). */
  static final int ORDER = DemoImportOrder.ACCOUNTS + 1000;

  static final int DAYS = 120;

  private static final Logger LOG = Logger.getLogger(TrafficDemoHistory.class.getName());

  @Inject
  @ConfigProperty(name = "etalase.demo.history", defaultValue = "true")
  boolean enabled;

  @Inject private TenantWork work;
  @Inject private TrafficStore store;
  @Inject private TrafficCounter counter;
  @Inject private BusinessRepository businesses;
  @Inject private ProductRepository products;
  @Inject private ClusterRepository clusters;

  void onTenantLoaded(@Observes @Priority(ORDER) TenantFolderLoaded event) {
    if (!enabled) {
      return;
    }
    long tenantId = event.tenant().id();
    LocalDate today = counter.today();
    int written =
        work.callAs(
            event.tenant(),
            () -> {
              if (store.hasAny(tenantId)) {
                return 0;
              }
              Map<Key, Long> totals = generate(tenantId, event.tenant().slug(), today);
              store.add(tenantId, totals);
              return totals.size();
            });
    if (written > 0) {
      LOG.info(
          event.tenant().slug() + ": " + written + " daily totals of demo views and leads written");
    }
  }

  /**
   * The current tenant's history up to yesterday, in the caller's transaction, for {@link
   * TrafficStore#add}.
   */
  Map<Key, Long> generate(long tenantId, String slug, LocalDate today) {
    Random random = new Random(slug.hashCode());
    Map<Key, Long> totals = new HashMap<>();
    LocalDate first = today.minusDays(DAYS);
    List<Business> all = businesses.findAll();
    // Read after the query above, which flushed any business new in this transaction.
    Map<Long, OffsetDateTime> registered = businesses.registrations();
    for (Business b : all) {
      if (b.getStatus() != PublicationStatus.PUBLISHED) {
        continue;
      }
      // The registration's day in the counter's zone: the calendar of the counted days.
      LocalDate day = registered.get(b.getId()).atZoneSameInstant(counter.zone()).toLocalDate();
      LocalDate from = day.isAfter(first) ? day : first;
      List<Channel> channels = channels(b);
      series(totals, random, tenantId, today, from, Subject.BUSINESS, b.getId(), 6, channels);
      for (Product p : products.findByBusiness(b.getId())) {
        if (p.getStatus() == PublicationStatus.PUBLISHED) {
          List<Channel> contact = channels.stream().filter(c -> c.ordinal() < 2).toList();
          series(totals, random, tenantId, today, from, Subject.PRODUCT, p.getId(), 9, contact);
        }
      }
    }
    for (Cluster c : clusters.findPublished()) {
      List<Channel> contact =
          c.getContactPhone() == null ? List.of() : List.of(Channel.WHATSAPP, Channel.PHONE);
      series(totals, random, tenantId, today, first, Subject.CLUSTER, c.getId(), 4, contact);
    }
    return totals;
  }

  /** WhatsApp first: most Indonesian buyers reach a seller there. */
  private static List<Channel> channels(Business b) {
    List<Channel> channels = new ArrayList<>();
    if (b.getWhatsapp() != null) {
      channels.add(Channel.WHATSAPP);
    }
    if (b.getPhone() != null) {
      channels.add(Channel.PHONE);
    }
    for (BusinessLink link : b.getLinks()) {
      channels.add(Channel.of(link.getKind()));
    }
    return channels;
  }

  /**
   * Adds one record's daily views and leads, from {@code from} (or {@link #DAYS} ago, whichever is
   * later) to yesterday. The growth still counts from {@link #DAYS} ago, so a record that came
   * later starts where the programme had got to, not at its quietest.
   */
  static void series(
      Map<Key, Long> totals,
      Random random,
      long tenantId,
      LocalDate today,
      LocalDate from,
      Subject subject,
      long id,
      double baseViews,
      List<Channel> channels) {
    double popularity = 0.3 + random.nextDouble() * 1.7;
    for (int back = DAYS; back >= 1; back--) {
      LocalDate day = today.minusDays(back);
      if (day.isBefore(from)) {
        continue;
      }
      double growth = 0.6 + 0.4 * (DAYS - back) / DAYS;
      double weekend =
          day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
              ? 1.4
              : 1.0;
      double mean = baseViews * popularity * growth * weekend;
      long views = Math.max(0, Math.round(mean + random.nextGaussian() * Math.sqrt(mean)));
      if (views > 0) {
        totals.put(new Key(tenantId, day, subject, id, null), views);
      }
      for (int i = 0; i < channels.size(); i++) {
        // The first channel takes most leads, each further one about a third of the one before.
        double share = i == 0 ? 0.7 : 0.3 / Math.pow(3, i - 1);
        double leadMean = views * 0.08 * share;
        long leads =
            Math.max(0, Math.round(leadMean + random.nextGaussian() * Math.sqrt(leadMean)));
        if (leads > 0) {
          totals.merge(new Key(tenantId, day, subject, id, channels.get(i)), leads, Long::sum);
        }
      }
    }
  }
}
