package id.etalase.web.konsol.pesanan;

import id.etalase.ordering.OrderService;
import id.etalase.web.consoles.common.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The number of new orders in the tenant console's menu, counted once per request and only for a
 * signed-in tenant user: the tenant's for staff, their own business's for an owner.
 */
@Named
@RequestScoped
public class OrderBadge {

  @Inject private OrderService orders;
  @Inject private SignedIn signedIn;

  private Long count;

  public long getCount() {
    if (count == null) {
      count = signedIn.get().filter(u -> !u.isPlatformAdmin()).map(orders::countNew).orElse(0L);
    }
    return count;
  }
}
