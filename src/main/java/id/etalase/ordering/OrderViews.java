package id.etalase.ordering;

import id.etalase.business.Business;
import id.etalase.catalog.Product;
import id.etalase.catalog.ProductRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds what the console's order page and the visitor's status page show of an order: its lines at
 * the prices as ordered, each beside today's price, read in one query for all its products.
 */
@ApplicationScoped
public class OrderViews {

  @Inject private ProductRepository products;

  /** The order with its lines, each beside the price of its product today (null when gone). */
  public OrderView of(CustomerOrder order) {
    Business business = order.getBusiness();
    List<OrderLine> lines = order.getLines();
    Map<Long, Long> now =
        products.findByIds(lines.stream().map(OrderLine::getProductId).distinct().toList()).stream()
            .filter(p -> p.getPriceMin() != null)
            .collect(Collectors.toMap(Product::getId, Product::getPriceMin));
    return new OrderView(
        order,
        business.getName(),
        business.getSlug(),
        business.getWhatsapp(),
        business.getPayment(),
        lines.stream().map(l -> new OrderView.Line(l, now.get(l.getProductId()))).toList());
  }
}
