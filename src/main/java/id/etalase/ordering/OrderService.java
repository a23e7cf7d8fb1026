package id.etalase.ordering;

import id.etalase.access.Access;
import id.etalase.access.ConsoleUser;
import id.etalase.audit.AuditLog;
import id.etalase.audit.FieldChange;
import id.etalase.business.Business;
import id.etalase.business.BusinessRepository;
import id.etalase.common.InputChecks;
import id.etalase.common.InvalidInputException;
import id.etalase.common.RecordNotFoundException;
import id.etalase.tenant.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The consoles' side of the current tenant's orders, each call one transaction: the list, the order
 * page and the status steps (placing one and the visitor's status page are {@link OrderPlacing}'s).
 * Who may see or move an order is decided here, not in the pages: staff reach every order of their
 * tenant, a business owner only their own business's.
 */
@ApplicationScoped
@Transactional
public class OrderService {

  @Inject private OrderRepository orders;
  @Inject private BusinessRepository businesses;
  @Inject private OrderViews views;
  @Inject private CurrentTenant currentTenant;
  @Inject private AuditLog audit;
  @Inject private Access access;
  @Inject private Event<OrderNotice> notices;

  /**
   * One page of the console's order list, newest first; a business owner's holds their own
   * business's orders only, whatever the filter asks.
   */
  public List<CustomerOrder> find(ConsoleUser actor, OrderFilter filter, int first, int max) {
    return orders.find(scoped(actor, filter), first, Math.min(max, 500));
  }

  public long count(ConsoleUser actor, OrderFilter filter) {
    return orders.count(scoped(actor, filter));
  }

  /** How many new orders wait: the console menu's badge. */
  public long countNew(ConsoleUser actor) {
    return count(actor, new OrderFilter(OrderStatus.NEW, null, null, null, null));
  }

  /**
   * How many orders were placed from {@code from} to {@code to} (whole days, both included, in
   * Western Indonesian time), in any status: for the dashboards. An owner counts their own.
   */
  public long countPlaced(ConsoleUser actor, LocalDate from, LocalDate to) {
    return count(actor, new OrderFilter(null, null, from, to, null));
  }

  private OrderFilter scoped(ConsoleUser actor, OrderFilter filter) {
    access.member(actor);
    return Access.isOwner(actor) ? filter.ofBusiness(actor.businessId()) : filter;
  }

  /**
   * An order of this tenant the actor reaches: any for staff, their own business's for an owner;
   * empty otherwise, also for another tenant's ids.
   */
  public Optional<OrderView> find(ConsoleUser actor, long id) {
    return reachable(actor, id).map(views::of);
  }

  private Optional<CustomerOrder> reachable(ConsoleUser actor, long id) {
    access.member(actor);
    return orders.findById(id).filter(o -> Access.reaches(actor, o.getBusiness().getId()));
  }

  /**
   * Moves an order one step on (see {@link OrderStatus#next}); cancelling needs a reason, which the
   * buyer sees. The step is in the audit log.
   *
   * @throws RecordNotFoundException when the actor does not reach such an order
   * @throws InvalidInputException for a step the flow does not allow, or a cancel without reason
   */
  public OrderStatus move(ConsoleUser actor, long id, OrderStatus target, String reason) {
    CustomerOrder order =
        reachable(actor, id).orElseThrow(() -> new RecordNotFoundException("Order", id));
    InputChecks in = new InputChecks();
    if (target == null || !order.getStatus().mayBecome(target)) {
      in.problem("status", "order.problem.transition", order.getStatus(), String.valueOf(target));
      in.verify();
    }
    String why =
        target == OrderStatus.CANCELLED
            ? in.required("reason", reason, 500)
            : in.text("reason", reason, 500);
    in.verify();
    OrderStatus before = order.getStatus();
    order.moveTo(target, why, OffsetDateTime.now(ZoneOffset.UTC));
    Map<String, FieldChange> changes = new LinkedHashMap<>();
    changes.put("status", new FieldChange(before, target));
    if (target == OrderStatus.CANCELLED) {
      changes.put("reason", new FieldChange(null, why));
    }
    audit.record("Order", order.getId(), order.getReference(), "STATUS", changes);
    notices.fire(OrderNotice.of(currentTenant.require(), order, false, null));
    return target;
  }

  /** The businesses whose orders the actor may filter by: all for staff, their own for an owner. */
  public List<Business> businessesOf(ConsoleUser actor) {
    access.member(actor);
    if (Access.isOwner(actor)) {
      return businesses.findById(actor.businessId()).stream().toList();
    }
    return businesses.findAll();
  }
}
