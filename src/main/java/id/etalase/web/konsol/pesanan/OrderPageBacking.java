package id.etalase.web.konsol.pesanan;

import id.etalase.common.InvalidInputException;
import id.etalase.common.NotAllowedException;
import id.etalase.common.RecordNotFoundException;
import id.etalase.contact.ContactLinks;
import id.etalase.ordering.OrderService;
import id.etalase.ordering.OrderStatus;
import id.etalase.ordering.OrderView;
import id.etalase.web.consoles.common.ConsoleMessages;
import id.etalase.web.consoles.common.ConsoleRecordPage;
import id.etalase.web.consoles.common.SignedIn;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/**
 * {@code /konsol/pesanan/lihat?id=}: one order, its lines (as ordered and at today's price), and
 * the steps it may take next. The id is read once, when the page opens; the service decides again
 * on every step whether the user reaches the order, and another tenant's or business's id is 404.
 */
@Named
@ViewScoped
public class OrderPageBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient OrderService orders;
  @Inject private transient SignedIn signedIn;
  @Inject private transient ConsoleMessages messages;

  private Long id;
  private transient OrderView view;
  private String reason;

  public void load() {
    if (id != null) {
      return;
    }
    String raw =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    id = ConsoleRecordPage.idOf(raw).orElse(null);
    if (id == null || orders.find(signedIn.require(), id).isEmpty()) {
      id = null;
      ConsoleRecordPage.notFound();
    }
  }

  public OrderView getView() {
    if (view == null && id != null) {
      view = orders.find(signedIn.require(), id).orElse(null);
    }
    return view;
  }

  /** Takes a step of the status flow; a refused one is explained on the page. */
  public void move(String target) {
    try {
      OrderStatus status = OrderStatus.valueOf(target);
      orders.move(signedIn.require(), id, status, reason);
      messages.info("order.moved", messages.text("order.status." + status.name()));
      reason = null;
    } catch (InvalidInputException refused) {
      messages.problems(refused, Map.of("reason", "order-actions:reason"));
    } catch (RecordNotFoundException | NotAllowedException | IllegalArgumentException refused) {
      ConsoleRecordPage.notFound();
    }
    view = null;
  }

  /** A chat with the buyer, with the order's number and status typed in for the user to send. */
  public String getWhatsappLink() {
    OrderView v = getView();
    if (v == null) {
      return null;
    }
    String status = messages.text("order.status." + v.order().getStatus().name());
    String text =
        v.order().getStatus() == OrderStatus.CANCELLED
            ? messages.text(
                "order.whatsapp.cancelled",
                v.order().getBuyerName(),
                v.order().getReference(),
                v.businessName(),
                v.order().getCancelReason())
            : messages.text(
                "order.whatsapp.toBuyer",
                v.order().getBuyerName(),
                v.order().getReference(),
                v.businessName(),
                status);
    return ContactLinks.whatsapp(v.order().getBuyerWhatsapp(), text);
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
