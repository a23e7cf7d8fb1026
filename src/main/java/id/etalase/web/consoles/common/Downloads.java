package id.etalase.web.consoles.common;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Sends a file as the answer to a console's (non-ajax) command: the console's headers stay, the
 * page's own output is dropped, and the content streams to the browser as it is written.
 */
public final class Downloads {

  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final String CSV = "text/csv; charset=UTF-8";

  /** Writes a file's content to the response it is given. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private Downloads() {}

  /**
   * Answers with {@code content} as an attachment named {@code fileName} (ASCII letters, digits,
   * dots and dashes only, as the callers build it).
   */
  public static void send(String fileName, String contentType, Content content) {
    if (!fileName.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("Not a plain file name: " + fileName);
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType(contentType);
    external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    external.setResponseHeader("Cache-Control", "no-store");
    try {
      OutputStream out = external.getResponseOutputStream();
      content.writeTo(out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
