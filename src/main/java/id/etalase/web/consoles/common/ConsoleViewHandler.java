package id.etalase.web.consoles.common;

import id.etalase.tenant.CurrentTenant;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.render.ResponseStateManager;
import java.util.logging.Logger;

/**
 * Writes the URLs of console views as the router reads them: {@code /konsol/usaha.xhtml} posts back
 * to {@code /bondowoso/konsol/usaha} (or {@code /konsol/usaha} on the tenant's own domain), so
 * every form and redirect stays inside the tenant it belongs to.
 */
public class ConsoleViewHandler extends ViewHandlerWrapper {

  public ConsoleViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  /**
   * Every view outside the consoles is stateless from the start, not only once its {@code f:view
   * transient} is read: PrimeFaces keeps its CSP nonce in the view map before that, and a view map
   * would give every visitor of the public site a session.
   */
  @Override
  public UIViewRoot createView(FacesContext context, String viewId) {
    UIViewRoot root = super.createView(context, viewId);
    if (root != null && !isConsoleView(viewId)) {
      root.setTransient(true);
    }
    return root;
  }

  /**
   * A console view is never stateless, so a post claiming {@code jakarta.faces.ViewState=stateless}
   * for one is forged or broken. Mojarra would rebuild the view and fail with a bare {@code
   * FacesException} ("Unable to restore view"), the generic 500 page; answering "no view" instead
   * makes it the {@link jakarta.faces.application.ViewExpiredException} of any other unknown state.
   */
  @Override
  public UIViewRoot restoreView(FacesContext context, String viewId) {
    if (isConsoleView(viewId)
        && "stateless"
            .equals(
                context
                    .getExternalContext()
                    .getRequestParameterMap()
                    .get(ResponseStateManager.VIEW_STATE_PARAM))) {
      return null;
    }
    try {
      return super.restoreView(context, viewId);
    } catch (RuntimeException unfit) {
      // A real state of another page of the session, posted here: Mojarra's partial state restore
      // applies it to this page's components and fails (ArrayIndexOutOfBoundsException). It is a
      // stale or forged post like any other, so it gets the expired page, not the error page.
      LOG.fine(() -> "A view state that does not fit " + viewId + ": " + unfit);
      return null;
    }
  }

  private static final Logger LOG = Logger.getLogger(ConsoleViewHandler.class.getName());

  static boolean isConsoleView(String viewId) {
    return viewId != null
        && (viewId.startsWith("/konsol/")
            || viewId.startsWith("/admin/")
            || viewId.startsWith("/platform/"));
  }

  @Override
  public String getActionURL(FacesContext context, String viewId) {
    boolean tenantConsole = viewId.startsWith("/konsol/") || viewId.startsWith("/admin/");
    if (!isConsoleView(viewId) || !viewId.endsWith(".xhtml")) {
      return super.getActionURL(context, viewId);
    }
    String path = viewId.substring(0, viewId.length() - ".xhtml".length());
    if (path.endsWith("/index")) {
      path = path.substring(0, path.length() - "index".length());
    }
    if (tenantConsole) {
      CurrentTenant tenant = CDI.current().select(CurrentTenant.class).get();
      if (tenant.isResolved()) {
        return tenant.link(path);
      }
    }
    return context.getExternalContext().getRequestContextPath() + path;
  }
}
