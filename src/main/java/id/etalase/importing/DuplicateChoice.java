package id.etalase.importing;

/** What to do with a row that repeats a record the tenant has: the operator's choice per row. */
public enum DuplicateChoice {
  /** Leave the existing record as it is; a product row below still links to it. */
  SKIP,
  /** Write the row's filled cells over the existing record. */
  UPDATE,
  /** Import the row as a record of its own. */
  NEW
}
