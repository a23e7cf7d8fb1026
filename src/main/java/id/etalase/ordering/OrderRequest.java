package id.etalase.ordering;

import java.util.List;

/**
 * An order as the visitor's form sent it, every value as typed: the service checks and refuses it
 * whole, so a tampered product id or a quantity of "-1; DROP" meets the same checks as a typo.
 */
public record OrderRequest(
    String businessSlug,
    List<Item> items,
    String name,
    String whatsapp,
    String email,
    String delivery,
    String address,
    String note) {

  public OrderRequest {
    items = items == null ? List.of() : List.copyOf(items);
  }

  /** A product id and its quantity, as posted. */
  public record Item(String productId, String quantity) {}

  /** The buyer's side of an order once checked: WhatsApp in E.164, text trimmed. */
  public record Buyer(
      String name, String whatsapp, String email, Delivery delivery, String address, String note) {}
}
