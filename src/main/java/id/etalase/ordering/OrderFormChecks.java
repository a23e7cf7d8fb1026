package id.etalase.ordering;

import id.etalase.business.Business;
import id.etalase.catalog.Availability;
import id.etalase.catalog.Product;
import id.etalase.catalog.ProductRepository;
import id.etalase.common.InputChecks;
import id.etalase.curation.PublicationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The checks of the public order form's fields and lines, each problem on its field: the buyer's
 * name, WhatsApp, e-mail, delivery and address; only published, priced products of that business,
 * within the lines, quantity and total limits.
 */
@ApplicationScoped
public class OrderFormChecks {

  @Inject private ProductRepository products;

  @Inject
  @ConfigProperty(name = "etalase.orders.max-lines", defaultValue = "20")
  private int maxLines;

  @Inject
  @ConfigProperty(name = "etalase.orders.max-quantity", defaultValue = "999")
  private int maxQuantity;

  @Inject
  @ConfigProperty(name = "etalase.orders.max-total", defaultValue = "50000000")
  private long maxTotal;

  /** Published, priced and not out of stock: what the order form offers and accepts. */
  static boolean orderable(Product p) {
    return p.getStatus() == PublicationStatus.PUBLISHED
        && p.getPriceMin() != null
        && p.getAvailability() != Availability.OUT_OF_STOCK;
  }

  /** The buyer's side of the form, checked. */
  static OrderRequest.Buyer buyer(InputChecks in, OrderRequest r) {
    String name = in.required("name", r.name(), 120);
    String whatsapp = in.whatsapp("whatsapp", r.whatsapp());
    if (whatsapp == null && (r.whatsapp() == null || r.whatsapp().isBlank())) {
      in.problem("whatsapp", "problem.required");
    }
    String email = in.email("email", r.email());
    Delivery delivery = null;
    try {
      delivery = r.delivery() == null ? null : Delivery.valueOf(r.delivery());
    } catch (IllegalArgumentException notADelivery) {
      // Refused below, as a missing choice.
    }
    if (delivery == null) {
      in.problem("delivery", "order.problem.delivery");
    }
    String address = in.text("address", r.address(), 300);
    if (delivery != null && delivery.needsAddress() && address == null) {
      in.problem("address", "order.problem.address");
    }
    String note = in.text("note", r.note(), 1000);
    return new OrderRequest.Buyer(
        name,
        whatsapp,
        email,
        delivery,
        delivery != null && delivery.needsAddress() ? address : null,
        note);
  }

  /** The products and quantities asked for, each checked; problems on the field "items". */
  Map<Product, Integer> lines(InputChecks in, List<OrderRequest.Item> items, Business business) {
    Map<Long, Integer> wanted = new LinkedHashMap<>();
    if (items.size() > 200) {
      in.problem("items", "order.problem.lines", maxLines);
      return Map.of();
    }
    for (OrderRequest.Item item : items) {
      String q = item.quantity() == null ? "" : item.quantity().strip();
      if (q.isEmpty() || q.equals("0")) {
        continue;
      }
      if (!q.matches("[0-9]{1,6}")) {
        in.problem("items", "order.problem.quantity", maxQuantity);
        continue;
      }
      String id = item.productId() == null ? "" : item.productId().strip();
      if (!id.matches("[1-9][0-9]{0,17}")) {
        in.problem("items", "order.problem.unavailable");
        continue;
      }
      wanted.merge(Long.valueOf(id), Integer.valueOf(q), Integer::sum);
    }
    if (wanted.isEmpty()) {
      if (in.problems().stream().noneMatch(p -> p.field().equals("items"))) {
        in.problem("items", "order.problem.empty");
      }
      return Map.of();
    }
    if (wanted.size() > maxLines) {
      in.problem("items", "order.problem.lines", maxLines);
      return Map.of();
    }
    Map<Long, Product> found =
        products.findByIds(List.copyOf(wanted.keySet())).stream()
            .collect(Collectors.toMap(Product::getId, Function.identity()));
    Map<Product, Integer> lines = new LinkedHashMap<>();
    long total = 0;
    for (Map.Entry<Long, Integer> e : wanted.entrySet()) {
      Product p = found.get(e.getKey());
      int quantity = e.getValue();
      // Another tenant's, another business's, unpublished or unpriced: one answer for all.
      if (p == null || !p.getBusiness().getId().equals(business.getId()) || !orderable(p)) {
        in.problem("items", "order.problem.unavailable");
        continue;
      }
      if (quantity > maxQuantity) {
        in.problem("items", "order.problem.quantity", maxQuantity);
        continue;
      }
      if (p.getMinOrder() != null && quantity < p.getMinOrder()) {
        in.problem("items", "order.problem.minOrder", p.getName(), p.getMinOrder());
        continue;
      }
      total += p.getPriceMin() * quantity;
      lines.put(p, quantity);
    }
    if (total > maxTotal) {
      in.problem("items", "order.problem.total", maxTotal);
    }
    return lines;
  }
}
