package id.etalase.web.site;

import id.etalase.catalog.Product;
import id.etalase.common.ClientAddress;
import id.etalase.common.InvalidInputException;
import id.etalase.common.Problem;
import id.etalase.common.RoutedName;
import id.etalase.ordering.Delivery;
import id.etalase.ordering.OrderPlacing;
import id.etalase.ordering.OrderRequest;
import id.etalase.tenant.CurrentTenant;
import id.etalase.web.consoles.common.ConsoleMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /{slug}/pesan/{business}}: a visitor orders products of one business. A plain HTML form
 * posted to the same URL, without a session or JavaScript, like the registration form: a refused
 * order comes back with everything typed in it and the reasons in the visitor's language; a placed
 * one redirects to its private status page, so a reload never sends it twice.
 */
@Named
@RequestScoped
public class OrderBacking {

  static final String QUANTITY = "jumlah_";
  static final String NAME = "nama";
  static final String WHATSAPP = "whatsapp";
  static final String EMAIL = "email";
  static final String DELIVERY = "pengiriman";
  static final String ADDRESS = "alamat";
  static final String NOTE = "catatan";
  static final String PRESELECTED = "produk";

  private static final Map<String, String> FIELDS =
      Map.of(
          "name", NAME,
          "whatsapp", WHATSAPP,
          "email", EMAIL,
          "delivery", DELIVERY,
          "address", ADDRESS,
          "note", NOTE,
          "items", "items");

  @Inject private HttpServletRequest request;
  @Inject private OrderPlacing orders;
  @Inject private CurrentTenant currentTenant;
  @Inject private ClientAddress clientAddress;
  @Inject private ConsoleMessages messages;

  private OrderPlacing.OrderForm form;
  private final Map<String, String> errors = new LinkedHashMap<>();
  private boolean tooMany;
  private String tooManyKey;

  public void load() throws IOException {
    HttpServletResponse response =
        (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse();
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Robots-Tag", "noindex");
    String slug = (String) request.getAttribute(RoutedName.ATTRIBUTE);
    form = slug == null ? null : orders.form(slug).orElse(null);
    if (form == null) {
      NotFound.send();
      return;
    }
    if ("POST".equals(request.getMethod())) {
      send(slug, response);
    }
  }

  private void send(String slug, HttpServletResponse response) throws IOException {
    try {
      OrderPlacing.Placed placed = orders.place(request(slug), clientAddress.get());
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader("Location", currentTenant.link("/pesanan/") + placed.token() + "?baru=1");
      FacesContext.getCurrentInstance().responseComplete();
    } catch (InvalidInputException refused) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      for (Problem p : refused.problems()) {
        errors.merge(
            FIELDS.getOrDefault(p.field(), "items"),
            messages.text(p.messageKey(), p.arguments().toArray()),
            (a, b) -> a.contains(b) ? a : a + " " + b);
      }
    } catch (OrderPlacing.TooManyException e) {
      response.setStatus(429);
      tooMany = true;
      tooManyKey = e.messageKey();
    }
  }

  /** Every posted quantity, whatever product id its name carries: the service checks them. */
  private OrderRequest request(String slug) {
    List<OrderRequest.Item> items = new ArrayList<>();
    Enumeration<String> names = request.getParameterNames();
    while (names.hasMoreElements() && items.size() <= 200) {
      String name = names.nextElement();
      if (name.startsWith(QUANTITY)) {
        items.add(
            new OrderRequest.Item(name.substring(QUANTITY.length()), request.getParameter(name)));
      }
    }
    return new OrderRequest(
        slug,
        items,
        value(NAME),
        value(WHATSAPP),
        value(EMAIL),
        value(DELIVERY),
        value(ADDRESS),
        value(NOTE));
  }

  public OrderPlacing.OrderForm getForm() {
    return form;
  }

  /** What the visitor typed in a field (kept when the form comes back), or empty. */
  public String value(String field) {
    String v = "POST".equals(request.getMethod()) ? request.getParameter(field) : null;
    return v == null || v.length() > 5000 ? null : v;
  }

  /** A product's quantity as typed, or 1 for the product the visitor came from. */
  public String quantity(Product p) {
    if ("POST".equals(request.getMethod())) {
      return value(QUANTITY + p.getId());
    }
    if (p.getSlug().equals(request.getParameter(PRESELECTED))) {
      return Integer.toString(p.getMinOrder() == null ? 1 : p.getMinOrder());
    }
    return null;
  }

  /** The delivery choice as posted; pick-up until the visitor chooses. */
  public boolean isChosen(String delivery) {
    String posted = value(DELIVERY);
    return posted == null ? delivery.equals(Delivery.PICKUP.name()) : posted.equals(delivery);
  }

  public Delivery[] getDeliveries() {
    return Delivery.values();
  }

  public String error(String field) {
    return errors.get(field);
  }

  public boolean isRefused() {
    return !errors.isEmpty();
  }

  public boolean isTooMany() {
    return tooMany;
  }

  /** The message of the limit that ran out, when one did. */
  public String getTooManyKey() {
    return tooManyKey;
  }
}
