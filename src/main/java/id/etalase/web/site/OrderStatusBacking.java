package id.etalase.web.site;

import id.etalase.common.RoutedName;
import id.etalase.contact.ContactLinks;
import id.etalase.ordering.OrderPlacing;
import id.etalase.ordering.OrderView;
import id.etalase.web.consoles.common.ConsoleMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Collectors;

/**
 * {@code /{slug}/pesanan/{token}}: the private status page of one order, reached only by the link
 * the visitor got when ordering. Never stored by any cache nor indexed, and a wrong token answers
 * exactly as a missing order does (404), so the page tells nothing to someone guessing.
 */
@Named
@RequestScoped
public class OrderStatusBacking {

  @Inject private HttpServletRequest request;
  @Inject private OrderPlacing orders;
  @Inject private ConsoleMessages messages;
  @Inject private SiteFormat format;

  private OrderView view;

  public void load() throws IOException {
    HttpServletResponse response =
        (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse();
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Robots-Tag", "noindex, nofollow");
    String token = (String) request.getAttribute(RoutedName.ATTRIBUTE);
    view = orders.byToken(token).orElse(null);
    if (view == null) {
      NotFound.send();
    }
  }

  public OrderView getView() {
    return view;
  }

  public boolean isJustPlaced() {
    return request.getParameter("baru") != null;
  }

  /** A chat with the business, the order's summary typed in for the visitor to send. */
  public String getWhatsappLink() {
    if (view == null || view.businessWhatsapp() == null) {
      return null;
    }
    String lines =
        view.lines().stream()
            .map(
                l ->
                    l.line().getQuantity()
                        + " x "
                        + l.line().getProductName()
                        + " ("
                        + format.amount(l.line().getUnitPrice())
                        + ")")
            .collect(Collectors.joining("\n"));
    return ContactLinks.whatsapp(
        view.businessWhatsapp(),
        messages.text(
            "order.whatsapp.toBusiness",
            view.order().getReference(),
            view.order().getBuyerName(),
            lines,
            format.amount(view.order().getTotal())));
  }
}
