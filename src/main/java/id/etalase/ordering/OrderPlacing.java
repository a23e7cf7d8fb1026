package id.etalase.ordering;

import id.etalase.audit.Actor;
import id.etalase.audit.AuditEntry;
import id.etalase.audit.AuditLog;
import id.etalase.audit.FieldChange;
import id.etalase.business.Business;
import id.etalase.business.BusinessRepository;
import id.etalase.catalog.Product;
import id.etalase.catalog.ProductRepository;
import id.etalase.common.InputChecks;
import id.etalase.common.InvalidInputException;
import id.etalase.curation.PublicationStatus;
import id.etalase.tenant.CurrentTenant;
import id.etalase.tenant.TenantSnapshot;
import id.etalase.tenant.TenantUrls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The visitor's side of ordering, no account needed: a business's order page, placing an order
 * after checking every field and line against the limits and the rate limits, and the private
 * status page by its token. Kept apart from the consoles' handling ({@link OrderService}) because
 * its caller is anonymous: nothing here asks who acts, everything is bound to the published
 * catalog.
 */
@ApplicationScoped
@Transactional
public class OrderPlacing {

  @Inject private OrderRepository orders;
  @Inject private BusinessRepository businesses;
  @Inject private ProductRepository products;
  @Inject private CurrentTenant currentTenant;
  @Inject private OrderGuard guard;
  @Inject private AuditLog audit;
  @Inject private OrderViews views;
  @Inject private Event<OrderNotice> notices;
  @Inject private TenantUrls urls;
  @Inject private OrderFormChecks formChecks;

  /** Who the audit log names for an order a visitor placed: no account, no address kept. */
  static final Actor VISITOR = new Actor(AuditEntry.ActorKind.SYSTEM, null, "pesanan publik", null);

  /**
   * Too many orders from one address, or for one WhatsApp number or e-mail address: try again
   * later.
   */
  public static class TooManyException extends RuntimeException {

    /** Which limit ran out. */
    public enum Limit {
      /** The client address's attempts this hour. */
      ADDRESS,
      /** The WhatsApp number's orders today. */
      PHONE,
      /** The e-mail address's orders today: the receipts would otherwise mail anyone, often. */
      EMAIL
    }

    private final Limit limit;

    public TooManyException(Limit limit) {
      super("Too many orders: " + limit);
      this.limit = limit;
    }

    public Limit limit() {
      return limit;
    }

    /** Whether the number's daily orders, not the address's attempts, ran out. */
    public boolean isPhone() {
      return limit == Limit.PHONE;
    }

    /** What the visitor is told. */
    public String messageKey() {
      return switch (limit) {
        case ADDRESS -> "order.tooMany";
        case PHONE -> "order.tooManyPhone";
        case EMAIL -> "order.tooManyEmail";
      };
    }
  }

  public record OrderForm(Business business, List<Product> products) {
    public Business getBusiness() {
      return business;
    }

    public List<Product> getProducts() {
      return products;
    }
  }

  /** A placed order: its number and the private token of its status page. */
  public record Placed(long id, String reference, String token) {}

  /**
   * The order page of a published business: its published products that have a price, by name.
   * Empty for a business that is not published (or not this tenant's).
   */
  public Optional<OrderForm> form(String businessSlug) {
    return businesses
        .findBySlug(businessSlug)
        .filter(b -> b.getStatus() == PublicationStatus.PUBLISHED)
        .map(
            b ->
                new OrderForm(
                    b,
                    products.findByBusiness(b.getId()).stream()
                        .filter(OrderFormChecks::orderable)
                        .sorted(Comparator.comparing(Product::getName))
                        .toList()));
  }

  /**
   * Places an order from the public form, after checking every field and every line: only
   * published, priced products of that published business of this tenant, within the quantity and
   * total limits. Nothing is written when anything is refused.
   *
   * @throws TooManyException over the address's attempts, or the number's or e-mail's orders
   * @throws InvalidInputException with every problem, in the fields of the form
   */
  public Placed place(OrderRequest request, String clientAddress) {
    TenantSnapshot tenant = currentTenant.require();
    if (guard.tooManyFrom(tenant.id(), String.valueOf(clientAddress))) {
      throw new TooManyException(TooManyException.Limit.ADDRESS);
    }
    InputChecks in = new InputChecks();
    Business business =
        request.businessSlug() == null
            ? null
            : businesses
                .findBySlug(request.businessSlug())
                .filter(b -> b.getStatus() == PublicationStatus.PUBLISHED)
                .orElse(null);
    if (business == null) {
      in.problem("form", "order.problem.business");
      in.verify();
    }
    OrderRequest.Buyer buyer = OrderFormChecks.buyer(in, request);
    Map<Product, Integer> lines = formChecks.lines(in, request.items(), business);
    in.verify();
    if (guard.tooManyFor(tenant.id(), buyer.whatsapp())) {
      throw new TooManyException(TooManyException.Limit.PHONE);
    }
    if (buyer.email() != null && guard.tooManyFor(tenant.id(), OrderGuard.email(buyer.email()))) {
      throw new TooManyException(TooManyException.Limit.EMAIL);
    }
    String token = OrderTokens.newToken();
    CustomerOrder order =
        new CustomerOrder(
            orders.nextNumber(tenant.id()),
            business,
            OrderTokens.hash(token).orElseThrow(),
            buyer,
            OffsetDateTime.now(ZoneOffset.UTC));
    lines.forEach(
        (p, quantity) -> order.add(p.getId(), p.getName(), p.getUnit(), p.getPriceMin(), quantity));
    orders.persist(order);
    Map<String, FieldChange> changes = new LinkedHashMap<>();
    changes.put("status", new FieldChange(null, order.getStatus()));
    changes.put("total", new FieldChange(null, order.getTotal()));
    changes.put("lines", new FieldChange(null, OrderNotice.linesText(order)));
    audit.record(VISITOR, "Order", order.getId(), order.getReference(), "CREATE", changes);
    guard.placed(tenant.id(), buyer.whatsapp());
    if (buyer.email() != null) {
      guard.placed(tenant.id(), OrderGuard.email(buyer.email()));
    }
    notices.fire(OrderNotice.of(tenant, order, true, urls.tenant(tenant, "/pesanan/" + token)));
    return new Placed(order.getId(), order.getReference(), token);
  }

  /** The visitor's status page: the same empty answer for a wrong token as for a missing one. */
  public Optional<OrderView> byToken(String token) {
    return OrderTokens.hash(token).flatMap(orders::findByTokenHash).map(views::of);
  }
}
