package id.etalase.web.site;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** Ends a page request with the friendly 404 page, from a view action before rendering. */
final class NotFound {

  private NotFound() {}

  static void send() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().responseSendError(404, "");
    faces.responseComplete();
  }
}
