package id.etalase.web.konsol.impor;

import java.io.Serializable;

/** One header of an imported file and the template column the operator maps it to. */
public final class HeaderChoice implements Serializable {
  private static final long serialVersionUID = 1L;
  private final String header;
  private String column;

  HeaderChoice(String header, String column) {
    this.header = header;
    this.column = column;
  }

  public String getHeader() {
    return header;
  }

  public String getColumn() {
    return column;
  }

  public void setColumn(String column) {
    this.column = column;
  }
}
