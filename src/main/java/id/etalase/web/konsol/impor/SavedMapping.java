package id.etalase.web.konsol.impor;

import java.io.Serializable;

/** A saved column mapping as the import page offers it. */
public record SavedMapping(long id, String name) implements Serializable {
  public long getId() {
    return id;
  }

  public String getName() {
    return name;
  }
}
