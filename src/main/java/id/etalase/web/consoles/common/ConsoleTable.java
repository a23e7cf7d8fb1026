package id.etalase.web.consoles.common;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A console table read page by page from the database: the page's own filter fields narrow it, the
 * column header sorts it. Subclasses say how to count, fetch and key the rows.
 */
public abstract class ConsoleTable<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** How many rows match the page's filters. */
  protected abstract long countRows();

  /**
   * One page of rows.
   *
   * @param sortField the column's {@code field}, or null for the table's default order
   */
  protected abstract List<T> rows(int first, int pageSize, String sortField, boolean ascending);

  protected abstract Object keyOf(T row);

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) countRows();
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    // The filters are the page's own fields, which PrimeFaces does not watch: it would keep the
    // first total in the paginator after a filter changed.
    setRowCount(count(filterBy));
    String field = null;
    boolean ascending = true;
    for (SortMeta meta : sortBy.values()) {
      field = meta.getField();
      ascending = meta.getOrder() != SortOrder.DESCENDING;
    }
    return rows(first, pageSize, field, ascending);
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(keyOf(row));
  }
}
