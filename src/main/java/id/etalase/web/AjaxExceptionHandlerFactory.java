package id.etalase.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;

/**
 * OmniFaces' {@link FullAjaxExceptionHandler}, which shows the error pages for ajax requests too,
 * with one change: an ajax post with an unknown or expired view state is logged as the one line of
 * {@link ExpiredViewFilter}, not as a SEVERE stack trace, since anyone can send it. Every other
 * exception is logged as OmniFaces logs it.
 *
 * <p>Registering this factory instead of OmniFaces' own means OmniFaces no longer registers its
 * {@code FacesExceptionFilter} by itself; web.xml maps it.
 */
public class AjaxExceptionHandlerFactory extends ExceptionHandlerFactory {

  public AjaxExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  static final class Handler extends FullAjaxExceptionHandler {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    protected void logException(
        FacesContext context, Throwable exception, String location, LogReason reason) {
      // A PrimeFaces nonce is checked while the answer renders: a forged one fails there.
      if ((reason == LogReason.EXCEPTION_HANDLED || reason == LogReason.RENDER_EXCEPTION_HANDLED)
          && ExpiredViewFilter.expiredView(exception) != null
          && context.getExternalContext().getRequest() instanceof HttpServletRequest request) {
        ExpiredViewFilter.logOnce(request, ExpiredViewFilter.originalUri(request));
      } else {
        super.logException(context, exception, location, reason);
      }
    }
  }
}
