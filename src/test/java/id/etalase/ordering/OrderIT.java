package id.etalase.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.access.ConsoleUser;
import id.etalase.audit.AuditEntry;
import id.etalase.audit.AuditLog;
import id.etalase.audit.AuditQuery;
import id.etalase.business.BusinessData;
import id.etalase.business.BusinessRepository;
import id.etalase.business.BusinessService;
import id.etalase.business.PaymentDetails;
import id.etalase.catalog.Availability;
import id.etalase.catalog.ProductData;
import id.etalase.catalog.ProductRepository;
import id.etalase.catalog.ProductService;
import id.etalase.common.InvalidInputException;
import id.etalase.common.NotAllowedException;
import id.etalase.common.Problem;
import id.etalase.common.RecordNotFoundException;
import id.etalase.curation.PendingChanges;
import id.etalase.curation.PublicationStatus;
import id.etalase.curation.RecordType;
import id.etalase.demo.RegistrationDemoHistory;
import id.etalase.media.HostileImages;
import id.etalase.media.PhotoOwner;
import id.etalase.media.PhotoService;
import id.etalase.tenant.TenantDirectory;
import id.etalase.tenant.TenantSnapshot;
import id.etalase.tenant.TenantWork;
import id.etalase.testing.Actors;
import id.etalase.testing.DemoData;
import id.etalase.testing.DemoHistories;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Orders on the real database, called as the visitor's form and the consoles call the service: the
 * status flow (every allowed and every refused step), every refusal of the order form and its
 * limits, prices kept as ordered, the audit log, a business owner's reach, and Situbondo's (B)
 * staff never seeing, counting, finding or moving Bondowoso's (A) orders. The class makes its own
 * business and products in A, and archives them when done.
 */
@ExtendWith(ArquillianExtension.class)
class OrderIT {

  static final String SHOP = "uji-pesanan-toko";
  static final String DRAFT_SHOP = "uji-pesanan-draf";
  static final String KOPI = "uji-pesanan-kopi";
  static final String GULA = "uji-pesanan-gula";
  static final String HIDDEN = "uji-pesanan-tersembunyi";

  /** Each order its own number and address, so the rate limits count only where a test means it. */
  private static final AtomicInteger SERIAL =
      new AtomicInteger((int) (System.nanoTime() % 1_000_000));

  @Inject TenantDirectory directory;
  @Inject TenantWork work;
  @Inject OrderService orders;
  @Inject OrderPlacing placing;
  @Inject BusinessService businessService;
  @Inject BusinessRepository businesses;
  @Inject ProductService productService;
  @Inject ProductRepository products;
  @Inject AuditLog auditLog;
  @Inject PendingChanges pending;
  @Inject DemoOrderHistory history;
  @Inject RegistrationDemoHistory registrations;
  @Inject PhotoService photos;

  @BeforeEach
  void publishTheShop() {
    shop(PublicationStatus.PUBLISHED, 65_000L);
  }

  @AfterEach
  void archiveTheShop() {
    shop(PublicationStatus.ARCHIVED, 65_000L);
  }

  private void shop(PublicationStatus status, long kopiPrice) {
    work.runAs(
        a(),
        () -> {
          businessService.upsert(
              BusinessData.basic(SHOP, "Uji Pesanan Toko", "Uji", "Toko uji pesanan", status));
          businessService.upsert(
              BusinessData.basic(
                  DRAFT_SHOP,
                  "Uji Pesanan Draf",
                  "Uji",
                  "Belum terbit",
                  status == PublicationStatus.PUBLISHED ? PublicationStatus.DRAFT : status));
          productService.upsert(product(KOPI, "Kopi Uji 250 g", kopiPrice, null, status));
          productService.upsert(product(GULA, "Gula Aren Uji", 20_000L, 2, status));
          productService.upsert(
              product(HIDDEN, "Produk Draf Uji", 10_000L, null, PublicationStatus.DRAFT));
        });
  }

  private static ProductData product(
      String slug, String name, long price, Integer minOrder, PublicationStatus status) {
    return new ProductData(
        slug,
        SHOP,
        null,
        name,
        null,
        price,
        null,
        false,
        "pak",
        minOrder,
        Availability.READY,
        false,
        status);
  }

  @Test
  void theStatusFlowAllowsExactlyItsSteps() {
    ConsoleUser operator = Actors.operator(a());
    Map<OrderStatus, List<OrderStatus>> path =
        Map.of(
            OrderStatus.NEW, List.of(),
            OrderStatus.CONFIRMED, List.of(OrderStatus.CONFIRMED),
            OrderStatus.IN_PROGRESS, List.of(OrderStatus.CONFIRMED, OrderStatus.IN_PROGRESS),
            OrderStatus.DONE,
                List.of(OrderStatus.CONFIRMED, OrderStatus.IN_PROGRESS, OrderStatus.DONE),
            OrderStatus.CANCELLED, List.of(OrderStatus.CANCELLED));
    Map<OrderStatus, Set<OrderStatus>> allowed =
        Map.of(
            OrderStatus.NEW, Set.of(OrderStatus.CONFIRMED, OrderStatus.CANCELLED),
            OrderStatus.CONFIRMED, Set.of(OrderStatus.IN_PROGRESS, OrderStatus.CANCELLED),
            OrderStatus.IN_PROGRESS, Set.of(OrderStatus.DONE, OrderStatus.CANCELLED),
            OrderStatus.DONE, Set.of(),
            OrderStatus.CANCELLED, Set.of());
    List<String> wrong = new ArrayList<>();
    for (OrderStatus from : OrderStatus.values()) {
      assertEquals(allowed.get(from), from.next(), "the enum's steps from " + from);
      for (OrderStatus to : OrderStatus.values()) {
        long id = placeSimple().id();
        for (OrderStatus step : path.get(from)) {
          as(() -> orders.move(operator, id, step, "sebab uji"));
        }
        boolean moved;
        try {
          as(() -> orders.move(operator, id, to, "sebab uji"));
          moved = true;
        } catch (InvalidInputException refused) {
          moved = false;
          assertTrue(refused.concerns("status"), refused.problems().toString());
        }
        OrderStatus now = as(() -> orders.find(operator, id).orElseThrow().order().getStatus());
        if (moved != allowed.get(from).contains(to) || now != (moved ? to : from)) {
          wrong.add(from + " → " + to + ": moved " + moved + ", now " + now);
        }
      }
    }
    assertEquals(List.of(), wrong);
    long id = placeSimple().id();
    InvalidInputException noReason =
        assertThrows(
            InvalidInputException.class,
            () -> as(() -> orders.move(operator, id, OrderStatus.CANCELLED, "  ")));
    assertTrue(noReason.concerns("reason"));
    assertThrows(
        InvalidInputException.class,
        () -> as(() -> orders.move(operator, id, OrderStatus.CANCELLED, "x".repeat(501))));
    assertEquals(
        OrderStatus.NEW, as(() -> orders.find(operator, id).orElseThrow().order().getStatus()));
  }

  @Test
  void everyBadOrderIsRefusedWithItsReasonAndNothingIsWritten() {
    long kopi = productId(a(), KOPI);
    long gula = productId(a(), GULA);
    long hidden = productId(a(), HIDDEN);
    long otherBusiness =
        as(() -> products.findBySlug("kopi-arabika-ijen-250g").orElseThrow().getId());
    long otherTenant =
        work.callAs(b(), () -> products.findAll().stream().findFirst().orElseThrow().getId());
    long before = as(() -> orders.count(Actors.operator(a()), OrderFilter.ALL));

    Map<String, Map<String, String>> unavailable = new LinkedHashMap<>();
    unavailable.put("another tenant's product", Map.of(Long.toString(otherTenant), "1"));
    unavailable.put("another business's product", Map.of(Long.toString(otherBusiness), "1"));
    unavailable.put("an unpublished product", Map.of(Long.toString(hidden), "1"));
    unavailable.put("no such product", Map.of("999999999999", "1"));
    unavailable.put("an injected id", Map.of("1 OR 1=1", "1"));
    for (Map.Entry<String, Map<String, String>> e : unavailable.entrySet()) {
      Map<String, String> items = new LinkedHashMap<>(e.getValue());
      items.put(Long.toString(kopi), "1");
      assertEquals(
          List.of("order.problem.unavailable"),
          refusal(request(SHOP, items)).get("items"),
          e.getKey());
    }
    assertEquals(
        List.of("order.problem.quantity"),
        refusal(request(SHOP, Map.of(Long.toString(kopi), "-1"))).get("items"));
    assertEquals(
        List.of("order.problem.quantity"),
        refusal(request(SHOP, Map.of(Long.toString(kopi), "1000"))).get("items"));
    assertEquals(
        List.of("order.problem.quantity"),
        refusal(request(SHOP, Map.of(Long.toString(kopi), "2; DROP TABLE order_line")))
            .get("items"));
    assertEquals(
        List.of("order.problem.total"),
        refusal(request(SHOP, Map.of(Long.toString(kopi), "999"))).get("items"));
    assertEquals(
        List.of("order.problem.minOrder"),
        refusal(request(SHOP, Map.of(Long.toString(gula), "1"))).get("items"));
    assertEquals(
        List.of("order.problem.empty"),
        refusal(request(SHOP, Map.of(Long.toString(kopi), "0"))).get("items"));
    Map<String, String> many = new LinkedHashMap<>();
    for (int i = 1; i <= 21; i++) {
      many.put(Long.toString(kopi + i * 1000L), "1");
    }
    assertEquals(List.of("order.problem.lines"), refusal(request(SHOP, many)).get("items"));
    assertEquals(
        List.of("order.problem.business"),
        refusal(request(DRAFT_SHOP, Map.of(Long.toString(kopi), "1"))).get("form"));
    assertEquals(
        List.of("order.problem.business"),
        refusal(request("kopi-lereng-ijen-sumberwringin-tidak-ada", Map.of())).get("form"));

    OrderRequest bad =
        new OrderRequest(
            SHOP,
            List.of(new OrderRequest.Item(Long.toString(kopi), "1")),
            " ",
            "(0332) 421234",
            "bukan-email",
            "PESAWAT",
            null,
            "x".repeat(1001));
    Map<String, List<String>> problems = refusal(bad);
    assertEquals(Set.of("name", "whatsapp", "email", "delivery", "note"), problems.keySet());
    OrderRequest noAddress =
        new OrderRequest(
            SHOP,
            List.of(new OrderRequest.Item(Long.toString(kopi), "1")),
            "Uji",
            phone(),
            null,
            "COURIER",
            " ",
            null);
    assertEquals(List.of("order.problem.address"), refusal(noAddress).get("address"));
    assertEquals(before, as(() -> orders.count(Actors.operator(a()), OrderFilter.ALL)));

    String hostile = "Robert'); DROP TABLE customer_order;-- <script>alert(1)</script>";
    OrderRequest kept =
        new OrderRequest(
            SHOP,
            List.of(
                new OrderRequest.Item(Long.toString(kopi), "2"),
                new OrderRequest.Item(Long.toString(gula), "3")),
            hostile,
            phone(),
            null,
            "LOCAL",
            "Jl. <b>Uji</b> 1",
            hostile);
    OrderPlacing.Placed placed = as(() -> placing.place(kept, address()));
    OrderView view = as(() -> placing.byToken(placed.token()).orElseThrow());
    assertEquals(hostile, view.order().getBuyerName());
    assertEquals(hostile, view.order().getNote());
    assertEquals("Jl. <b>Uji</b> 1", view.order().getAddress());
    assertEquals(2 * 65_000L + 3 * 20_000L, view.order().getTotal());
    assertEquals(
        List.of("Kopi Uji 250 g", "Gula Aren Uji"),
        view.lines().stream().map(l -> l.line().getProductName()).toList());
    assertTrue(placed.reference().matches("P-[0-9]{5,}"), placed.reference());
    assertEquals(43, placed.token().length());
    assertEquals(before + 1, as(() -> orders.count(Actors.operator(a()), OrderFilter.ALL)));
  }

  @Test
  void theRateLimitsCountByAddressAndByPhone() {
    String kopi = Long.toString(productId(a(), KOPI));
    String phone = phone();
    for (int i = 0; i < 5; i++) {
      as(() -> placing.place(request(SHOP, Map.of(kopi, "1"), phone), address()));
    }
    OrderPlacing.TooManyException byPhone =
        assertThrows(
            OrderPlacing.TooManyException.class,
            () -> as(() -> placing.place(request(SHOP, Map.of(kopi, "1"), phone), address())));
    assertTrue(byPhone.isPhone());
    String address = address();
    for (int i = 0; i < 30; i++) {
      assertThrows(
          InvalidInputException.class,
          () -> as(() -> placing.place(request(SHOP, Map.of()), address)));
    }
    OrderPlacing.TooManyException byAddress =
        assertThrows(
            OrderPlacing.TooManyException.class,
            () -> as(() -> placing.place(request(SHOP, Map.of(kopi, "1")), address)));
    assertFalse(byAddress.isPhone());
    // Another address is not held back by this one.
    as(() -> placing.place(request(SHOP, Map.of(kopi, "1")), address()));

    // The e-mail address too, whatever its case and the numbers: each order mails a receipt.
    String email = "batas." + SERIAL.incrementAndGet() + "@uji-pesanan.etalase.test";
    for (int i = 0; i < 5; i++) {
      String typed = i % 2 == 0 ? email : email.toUpperCase(java.util.Locale.ROOT);
      as(() -> placing.place(withEmail(request(SHOP, Map.of(kopi, "1")), typed), address()));
    }
    OrderPlacing.TooManyException byEmail =
        assertThrows(
            OrderPlacing.TooManyException.class,
            () ->
                as(
                    () ->
                        placing.place(
                            withEmail(request(SHOP, Map.of(kopi, "1")), email), address())));
    assertEquals(OrderPlacing.TooManyException.Limit.EMAIL, byEmail.limit());
    assertEquals("order.tooManyEmail", byEmail.messageKey());
    as(() -> placing.place(request(SHOP, Map.of(kopi, "1")), address()));
  }

  private static OrderRequest withEmail(OrderRequest r, String email) {
    return new OrderRequest(
        r.businessSlug(),
        r.items(),
        r.name(),
        r.whatsapp(),
        email,
        r.delivery(),
        r.address(),
        r.note());
  }

  @Test
  void aLinePriceStaysAsOrderedAndTheCurrentPriceShowsBeside() {
    OrderPlacing.Placed placed = placeSimple();
    work.runAs(
        a(),
        () ->
            productService.upsert(
                product(KOPI, "Kopi Uji 250 g", 70_000L, null, PublicationStatus.PUBLISHED)));
    OrderView visitor = as(() -> placing.byToken(placed.token()).orElseThrow());
    OrderView console = as(() -> orders.find(Actors.operator(a()), placed.id()).orElseThrow());
    for (OrderView view : List.of(visitor, console)) {
      OrderView.Line line = view.lines().get(0);
      assertEquals(65_000L, line.line().getUnitPrice());
      assertEquals(70_000L, line.currentPrice());
      assertTrue(line.isPriceChanged());
      assertEquals(65_000L, view.order().getTotal());
    }
  }

  @Test
  void everyOrderAndEveryStepIsInTheAuditLog() {
    OrderPlacing.Placed placed = placeSimple();
    ConsoleUser operator = Actors.operator(a());
    as(() -> orders.move(operator, placed.id(), OrderStatus.CONFIRMED, null));
    as(() -> orders.move(operator, placed.id(), OrderStatus.CANCELLED, "Stok habis"));
    List<AuditEntry> entries =
        as(
            () ->
                auditLog.find(
                    Actors.admin(a()), new AuditQuery("Order", null, placed.reference()), 0, 10));
    assertEquals(
        List.of("STATUS", "STATUS", "CREATE"),
        entries.stream().map(AuditEntry::getAction).toList());
    assertTrue(entries.get(0).getChanges().contains("Stok habis"), entries.get(0).getChanges());
    assertTrue(entries.get(0).getChanges().contains("CANCELLED"));
    assertEquals("pesanan publik", entries.get(2).getActorName());
    assertTrue(entries.stream().allMatch(e -> placed.id() == e.getRecordId()));
  }

  @Test
  void aBusinessOwnerReachesTheirOwnBusinessOrdersOnly() {
    OrderPlacing.Placed placed = placeSimple();
    long shop = as(() -> businesses.findBySlug(SHOP).orElseThrow().getId());
    long kopiShop =
        as(() -> businesses.findBySlug("kopi-lereng-ijen-sumberwringin").orElseThrow().getId());
    ConsoleUser owner = Actors.owner(a(), shop);
    ConsoleUser other = Actors.owner(a(), kopiShop);
    assertTrue(as(() -> orders.find(owner, placed.id())).isPresent());
    assertTrue(
        as(() -> orders.find(owner, OrderFilter.ALL, 0, 500)).stream()
            .allMatch(o -> as(() -> orders.find(owner, o.getId())).isPresent()));
    assertEquals(
        OrderStatus.CONFIRMED,
        as(() -> orders.move(owner, placed.id(), OrderStatus.CONFIRMED, null)));

    assertTrue(as(() -> orders.find(other, placed.id())).isEmpty());
    assertThrows(
        RecordNotFoundException.class,
        () -> as(() -> orders.move(other, placed.id(), OrderStatus.IN_PROGRESS, null)));
    OrderFilter asksForTheShop = new OrderFilter(null, shop, null, null, null);
    assertEquals(0, as(() -> orders.count(other, asksForTheShop)));
    assertTrue(
        as(() -> orders.find(other, asksForTheShop, 0, 500)).stream()
            .noneMatch(o -> o.getId() == placed.id()));
    assertEquals(0, as(() -> orders.countNew(other)) - countNewOf(kopiShop));
    assertEquals(
        OrderStatus.CONFIRMED,
        as(() -> orders.find(owner, placed.id()).orElseThrow().order().getStatus()));
  }

  @Test
  void anotherTenantsStaffNeverSeeCountFindOrMoveTheOrders() {
    OrderPlacing.Placed placed = placeSimple();
    String buyer = as(() -> placing.byToken(placed.token()).orElseThrow().order().getBuyerName());
    for (ConsoleUser staff : List.of(Actors.operator(b()), Actors.admin(b()))) {
      assertTrue(work.callAs(b(), () -> orders.find(staff, placed.id())).isEmpty());
      assertThrows(
          RecordNotFoundException.class,
          () ->
              work.callAs(b(), () -> orders.move(staff, placed.id(), OrderStatus.CONFIRMED, null)));
      assertEquals(
          0,
          work.callAs(
              b(), () -> orders.count(staff, new OrderFilter(null, null, null, null, buyer))));
      assertEquals(
          0,
          work.callAs(
              b(),
              () ->
                  orders.count(
                      staff, new OrderFilter(null, null, null, null, placed.reference()))));
      assertTrue(
          work.callAs(b(), () -> orders.find(staff, OrderFilter.ALL, 0, 500)).stream()
              .noneMatch(o -> o.getId() == placed.id()));
      assertTrue(work.callAs(b(), () -> placing.byToken(placed.token())).isEmpty());
      // Signed in to B, they are nobody in A's consoles.
      assertThrows(NotAllowedException.class, () -> as(() -> orders.find(staff, placed.id())));
      assertThrows(NotAllowedException.class, () -> as(() -> orders.countNew(staff)));
      assertThrows(
          NotAllowedException.class,
          () -> as(() -> orders.move(staff, placed.id(), OrderStatus.CONFIRMED, null)));
    }
    assertEquals(
        OrderStatus.NEW,
        as(() -> placing.byToken(placed.token()).orElseThrow().order().getStatus()));
    // The dashboard's count: today's orders of A include this one, B's never do.
    LocalDate today = LocalDate.now(OrderRepository.ZONE);
    long inA = as(() -> orders.countPlaced(Actors.admin(a()), today.minusDays(1), today));
    long inB = work.callAs(b(), () -> orders.countPlaced(Actors.admin(b()), today, today));
    assertTrue(inA >= 1);
    placeSimple();
    assertEquals(
        inA + 1, as(() -> orders.countPlaced(Actors.admin(a()), today.minusDays(1), today)));
    assertEquals(inB, work.callAs(b(), () -> orders.countPlaced(Actors.admin(b()), today, today)));
  }

  @Test
  void paymentInstructionsAreCheckedAndAnOwnersChangeWaitsForApproval() throws Exception {
    long shop = as(() -> businesses.findBySlug(SHOP).orElseThrow().getId());
    long kopiShop =
        as(() -> businesses.findBySlug("kopi-lereng-ijen-sumberwringin").orElseThrow().getId());
    ConsoleUser owner = Actors.owner(a(), shop);
    BusinessData current = as(() -> businessService.dataOf(owner, shop).orElseThrow());
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                as(
                    () ->
                        pending.propose(
                            RecordType.Business,
                            shop,
                            current.withPayment(
                                new PaymentDetails("BRI", "12'; DROP", null, "../../etc/passwd")),
                            owner)));
    assertEquals(
        Set.of("problem.accountNumber", "problem.qris"),
        refused.problems().stream().map(Problem::messageKey).collect(Collectors.toSet()));

    byte[] image = HostileImages.photo(400, 400);
    String qris = as(() -> photos.storeImage(owner, PhotoOwner.business(SHOP), image));
    assertTrue(qris.matches(PaymentDetails.QRIS_FILE), qris);
    assertThrows(
        NotAllowedException.class,
        () ->
            as(
                () ->
                    photos.storeImage(
                        Actors.owner(a(), kopiShop), PhotoOwner.business(SHOP), image)));
    PaymentDetails wanted = new PaymentDetails("BRI", "0123-4567-8901", "Toko Uji", qris);
    assertTrue(
        as(() -> pending.propose(RecordType.Business, shop, current.withPayment(wanted), owner)));
    assertEquals(
        PaymentDetails.NONE,
        as(() -> placing.form(SHOP).orElseThrow().business().getPayment()),
        "waits for an operator");
    as(
        () -> {
          pending.approve(RecordType.Business, shop, Actors.operator(a()));
          return null;
        });
    assertEquals(wanted, as(() -> placing.form(SHOP).orElseThrow().business().getPayment()));
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
  void theDemoHistoryIsTheSameEveryTimeAndSpreadOverStatusesAndMonths() {
    List<Object> runs = new ArrayList<>();
    for (int run = 0; run < 2; run++) {
      try {
        work.callAs(
            b(),
            () -> {
              // As a start with the demo history on: the registrations spread first.
              assertTrue(
                  registrations.generate(
                          DemoData.tenantsDir().resolve("situbondo/demo"), DemoHistories.NOW)
                      > 0);
              DemoHistories.equipEveryDemoBusiness(
                  businesses, businessService, productService, "situbondo");
              assertTrue(history.generate("situbondo", DemoHistories.NOW) > 0);
              assertEquals(0, history.generate("situbondo", DemoHistories.NOW), "only once");
              List<CustomerOrder> all = orders.find(Actors.admin(b()), OrderFilter.ALL, 0, 500);
              throw new RolledBack(
                  all.stream()
                      .map(
                          o ->
                              o.getReference()
                                  + " "
                                  + o.getBusiness().getSlug()
                                  + " "
                                  + o.getTotal()
                                  + " "
                                  + o.getStatus()
                                  + " "
                                  + o.getCreatedAt().toLocalDate().withDayOfMonth(1))
                      .toList());
            });
      } catch (RolledBack rolledBack) {
        runs.add(rolledBack.seen);
      }
    }
    assertEquals(runs.get(0), runs.get(1), "the same seed, the same history");
    @SuppressWarnings("unchecked")
    List<String> lines = (List<String>) runs.get(0);
    Set<String> statuses = lines.stream().map(l -> l.split(" ")[3]).collect(Collectors.toSet());
    Set<String> months = lines.stream().map(l -> l.split(" ")[4]).collect(Collectors.toSet());
    assertEquals(
        Set.of("NEW", "CONFIRMED", "IN_PROGRESS", "DONE", "CANCELLED"), statuses, lines.toString());
    assertTrue(months.size() >= 6, months.toString());
    assertEquals(
        0, work.callAs(b(), () -> orders.count(Actors.admin(b()), OrderFilter.ALL)), "rolled back");
  }

  @Test
  void aWrongTokenFindsNothing() {
    OrderPlacing.Placed placed = placeSimple();
    String wrong = (placed.token().charAt(0) == 'A' ? "B" : "A") + placed.token().substring(1);
    assertNotEquals(placed.token(), wrong);
    assertTrue(as(() -> placing.byToken(wrong)).isEmpty());
    assertTrue(as(() -> placing.byToken(placed.token() + "x")).isEmpty());
    assertTrue(as(() -> placing.byToken("' OR '1'='1")).isEmpty());
    assertTrue(as(() -> placing.byToken(null)).isEmpty());
  }

  private long countNewOf(long businessId) {
    return as(
        () ->
            orders.count(
                Actors.operator(a()),
                new OrderFilter(OrderStatus.NEW, businessId, null, null, null)));
  }

  private OrderPlacing.Placed placeSimple() {
    String kopi = Long.toString(productId(a(), KOPI));
    return as(() -> placing.place(request(SHOP, Map.of(kopi, "1")), address()));
  }

  private OrderRequest request(String business, Map<String, String> items) {
    return request(business, items, phone());
  }

  private static OrderRequest request(String business, Map<String, String> items, String phone) {
    return new OrderRequest(
        business,
        items.entrySet().stream()
            .map(e -> new OrderRequest.Item(e.getKey(), e.getValue()))
            .toList(),
        "Pembeli Uji",
        phone,
        null,
        "PICKUP",
        null,
        null);
  }

  /** The problem keys of a refused order, by field; fails when the order was placed. */
  private Map<String, List<String>> refusal(OrderRequest request) {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> as(() -> placing.place(request, address())));
    return refused.problems().stream()
        .collect(
            Collectors.groupingBy(
                Problem::field,
                LinkedHashMap::new,
                Collectors.mapping(Problem::messageKey, Collectors.toList())));
  }

  private static String phone() {
    return String.format("0813%08d", SERIAL.incrementAndGet() % 100_000_000);
  }

  private static String address() {
    int n = SERIAL.incrementAndGet();
    return "10.14." + (n / 250 % 250) + "." + (n % 250);
  }

  private long productId(TenantSnapshot tenant, String slug) {
    return work.callAs(tenant, () -> products.findBySlug(slug).orElseThrow().getId());
  }

  private <T> T as(Supplier<T> call) {
    return work.callAs(a(), call);
  }

  private TenantSnapshot a() {
    return directory.bySlug("bondowoso").orElseThrow();
  }

  private TenantSnapshot b() {
    return directory.bySlug("situbondo").orElseThrow();
  }
}
