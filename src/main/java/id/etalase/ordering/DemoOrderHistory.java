package id.etalase.ordering;

import id.etalase.business.Business;
import id.etalase.business.BusinessRepository;
import id.etalase.catalog.Product;
import id.etalase.catalog.ProductRepository;
import id.etalase.demo.DemoImportOrder;
import id.etalase.tenant.TenantFolderLoaded;
import id.etalase.tenant.TenantWork;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gives a demo tenant six months of plausible orders of its demo products, so the consoles and the
 * dashboards have something to show: from a seed per tenant, so every start makes the same history,
 * older orders mostly done or cancelled and recent ones still open. A business's orders start at
 * its registration (which {@code RegistrationDemoHistory} spreads over the months before this
 * runs), so the dashboard never shows one ordered from before it existed. Written once, when the
 * tenant has no order yet; switched off by {@code etalase.demo.history=false} (the tests, which
 * place their own). Generated data, not people's changes: it bypasses the rate limits and the audit
 * log.
 */
@ApplicationScoped
public class DemoOrderHistory {

  private static final Logger LOG = Logger.getLogger(DemoOrderHistory.class.getName());

  static final int DAYS = 182;

  private static final String[] FIRST =
      "Ahmad Siti Budi Dewi Agus Rina Eko Wulan Hendra Nur Joko Lestari Rudi Ayu Fajar Indah Bayu Ratna Dimas Yuni"
          .split(" ");
  private static final String[] LAST =
      "Santoso Wahyuni Pratama Rahayu Hidayat Kurniawan Susanti Saputra Lestari Maulana Fitriani Setiawan"
          .split(" ");
  private static final String[] NOTES = {
    null,
    null,
    null,
    "Mohon dibungkus rapi.",
    "Untuk oleh-oleh.",
    "Ambil sore hari.",
    "Tolong kabari."
  };

  @Inject private TenantWork work;
  @Inject private BusinessRepository businesses;
  @Inject private ProductRepository products;
  @Inject private OrderRepository orders;

  @Inject
  @ConfigProperty(name = "etalase.demo.history", defaultValue = "true")
  private boolean enabled;

  // After the products they order, and the accounts that handle them.
  void onTenantLoaded(
      @Observes @Priority(DemoImportOrder.ACCOUNTS + 500) TenantFolderLoaded event) {
    if (!enabled) {
      return;
    }
    int written = work.callAs(event.tenant(), () -> generate(event.tenant().slug()));
    if (written > 0) {
      LOG.info(event.tenant().slug() + ": " + written + " demo orders generated");
    }
  }

  /** The history of one tenant, in the caller's transaction; nothing when it has orders. */
  public int generate(String seed) {
    return generate(seed, OffsetDateTime.now(ZoneOffset.UTC));
  }

  /**
   * The history of one tenant up to {@code now}, in the caller's transaction; nothing when it has
   * orders.
   *
   * @return how many orders it wrote
   */
  public int generate(String seed, OffsetDateTime now) {
    if (orders.count(OrderFilter.ALL) > 0) {
      return 0;
    }
    List<Business> published = businesses.findPublished(10_000);
    // From its registration, the date the dashboard shows for each business, rather than its
    // publication: that is only an audit entry, which a business imported as published never got.
    // Read after the query above, which flushed any business new in this transaction.
    Map<Long, OffsetDateTime> registered = businesses.registrations();
    List<Catalog> catalogs = new ArrayList<>();
    for (Business b : published) {
      List<Product> orderable =
          products.findByBusiness(b.getId()).stream()
              .filter(
                  p ->
                      p.getStatus() == id.etalase.curation.PublicationStatus.PUBLISHED
                          && p.getPriceMin() != null)
              .sorted(Comparator.comparing(Product::getId))
              .toList();
      if (!orderable.isEmpty()) {
        catalogs.add(new Catalog(b, orderable, registered.get(b.getId())));
      }
    }
    if (catalogs.isEmpty()) {
      return 0;
    }
    catalogs.sort(Comparator.comparing(c -> c.business().getSlug()));
    Random random = new Random(seed.hashCode());
    now = now.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS);
    // About two orders a day in a large demo tenant, fewer in a small one.
    int count = Math.min(400, 40 + catalogs.size() * 8);
    List<OffsetDateTime> times = new ArrayList<>();
    // The last days always have some orders, still open; the rest spread over six months.
    int recent = Math.max(6, count / 20);
    for (int i = 0; i < count; i++) {
      double ageDays =
          i < recent
              ? 10.0 * i / recent + random.nextDouble() * 0.2
              : DAYS * Math.pow(random.nextDouble(), 1.3);
      times.add(now.minus(Duration.ofMinutes((long) (ageDays * 24 * 60))));
    }
    times.sort(Comparator.naturalOrder());
    int number = 1;
    for (OffsetDateTime placedAt : times) {
      List<Catalog> open =
          catalogs.stream().filter(k -> !k.registered().isAfter(placedAt)).toList();
      if (open.isEmpty()) {
        // Older than every orderable business: the programme had no shop to order from yet.
        continue;
      }
      Catalog c = open.get(random.nextInt(open.size()));
      Delivery delivery = Delivery.values()[random.nextInt(Delivery.values().length)];
      OrderRequest.Buyer buyer =
          new OrderRequest.Buyer(
              FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)],
              String.format("+62812%08d", random.nextInt(100_000_000)),
              null,
              delivery,
              delivery.needsAddress() ? "Jl. Demo No. " + (1 + random.nextInt(120)) : null,
              NOTES[random.nextInt(NOTES.length)]);
      CustomerOrder order =
          new CustomerOrder(
              number++,
              c.business(),
              OrderTokens.hash(OrderTokens.newToken()).orElseThrow(),
              buyer,
              placedAt);
      int lines = 1 + random.nextInt(Math.min(3, c.products().size()));
      List<Product> pick = new ArrayList<>(c.products());
      for (int l = 0; l < lines; l++) {
        Product p = pick.remove(random.nextInt(pick.size()));
        int min = p.getMinOrder() == null ? 1 : p.getMinOrder();
        order.add(p.getId(), p.getName(), p.getUnit(), p.getPriceMin(), min + random.nextInt(4));
      }
      long ageDays = Duration.between(placedAt, now).toDays();
      for (OrderStatus step : history(random, ageDays)) {
        order.moveTo(
            step,
            step == OrderStatus.CANCELLED ? "Stok habis" : null,
            min(placedAt.plusHours(1 + random.nextInt(48)), now));
      }
      orders.persist(order);
    }
    return number - 1;
  }

  /**
   * The steps an order of this age has taken: new for a day or two, confirmed, in progress for
   * about a week, then done; a few are cancelled.
   */
  private static List<OrderStatus> history(Random random, long ageDays) {
    if (ageDays >= 2 && random.nextInt(100) < 8) {
      return List.of(OrderStatus.CANCELLED);
    }
    if (ageDays < 2) {
      return List.of();
    }
    if (ageDays < 5) {
      return List.of(OrderStatus.CONFIRMED);
    }
    if (ageDays < 10) {
      return List.of(OrderStatus.CONFIRMED, OrderStatus.IN_PROGRESS);
    }
    return List.of(OrderStatus.CONFIRMED, OrderStatus.IN_PROGRESS, OrderStatus.DONE);
  }

  private static OffsetDateTime min(OffsetDateTime a, OffsetDateTime b) {
    return a.isBefore(b) ? a : b;
  }

  private record Catalog(Business business, List<Product> products, OffsetDateTime registered) {}
}
