package id.etalase.common;

/**
 * A record that does not exist for the current tenant, whether it exists for another tenant or not
 * at all: the console answers both with 404, so nobody learns what other tenants hold.
 */
public class RecordNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RecordNotFoundException(String recordType, Object id) {
    super(recordType + " " + id + " does not exist for this tenant");
  }
}
