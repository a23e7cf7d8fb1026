package id.etalase.catalog;

/** Whether a product can be ordered now. */
public enum Availability {
  READY,
  PRE_ORDER,
  OUT_OF_STOCK
}
