package id.etalase.web.konsol.usaha;

import id.etalase.business.LinkKind;
import java.io.Serializable;

/** One row of the business form's links list, as the page binds it. */
public class LinkRow implements Serializable {
  private static final long serialVersionUID = 1L;
  private LinkKind kind = LinkKind.WEBSITE;
  private String url;

  public LinkKind getKind() {
    return kind;
  }

  public void setKind(LinkKind kind) {
    this.kind = kind;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }
}
