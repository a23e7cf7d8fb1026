package id.etalase.web.konsol.pesanan;

import id.etalase.business.Business;
import id.etalase.ordering.CustomerOrder;
import id.etalase.ordering.OrderFilter;
import id.etalase.ordering.OrderService;
import id.etalase.ordering.OrderStatus;
import id.etalase.web.consoles.common.ConsoleRecordPage;
import id.etalase.web.consoles.common.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code /konsol/pesanan/}: the orders the signed-in user may see (the tenant's for staff, their
 * own business's for an owner), newest first, filtered by a plain GET form so a filter is a link
 * one can bookmark or share. Values that do not parse are ignored rather than refused.
 */
@Named
@RequestScoped
public class OrderListBacking {

  /** At most this many rows on the page; the count says how many match. */
  static final int PAGE = 200;

  @Inject private OrderService orders;
  @Inject private SignedIn signedIn;
  @Inject private HttpServletRequest request;

  private OrderFilter filter;
  private List<CustomerOrder> rows;
  private Long total;

  public OrderFilter getFilter() {
    if (filter == null) {
      filter =
          new OrderFilter(
              status(request.getParameter("status")),
              ConsoleRecordPage.idOf(request.getParameter("usaha")).orElse(null),
              day(request.getParameter("dari")),
              day(request.getParameter("sampai")),
              request.getParameter("q"));
    }
    return filter;
  }

  public List<CustomerOrder> getOrders() {
    if (rows == null) {
      rows = orders.find(signedIn.require(), getFilter(), 0, PAGE);
    }
    return rows;
  }

  public long getTotal() {
    if (total == null) {
      total = orders.count(signedIn.require(), getFilter());
    }
    return total;
  }

  public List<Business> getBusinesses() {
    return orders.businessesOf(signedIn.require());
  }

  public OrderStatus[] getStatuses() {
    return OrderStatus.values();
  }

  private static OrderStatus status(String raw) {
    for (OrderStatus s : OrderStatus.values()) {
      if (s.name().equals(raw)) {
        return s;
      }
    }
    return null;
  }

  private static LocalDate day(String raw) {
    try {
      return raw == null || raw.isBlank() ? null : LocalDate.parse(raw.strip());
    } catch (DateTimeParseException ignored) {
      return null;
    }
  }
}
