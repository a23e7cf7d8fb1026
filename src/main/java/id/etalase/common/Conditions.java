package id.etalase.common;

import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The WHERE clause of a console list's JPQL query, built from the filter's set fields: each
 * condition is written once beside its parameter, so the clause and its bindings cannot drift
 * apart, and every value is a parameter, never query text.
 */
public final class Conditions {

  private final StringBuilder clause = new StringBuilder(" WHERE 1 = 1");
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  /** Adds {@code AND condition}, whose parameter {@code :name} is {@code value}, unless null. */
  public Conditions and(String condition, String name, Object value) {
    if (value != null) {
      clause.append(" AND ").append(condition);
      parameters.put(name, value);
    }
    return this;
  }

  /** Adds a parameter that a condition already added names. */
  public Conditions with(String name, Object value) {
    parameters.put(name, value);
    return this;
  }

  /** {@code " WHERE 1 = 1 AND ..."}: more conditions may follow with {@code " AND ..."}. */
  public String clause() {
    return clause.toString();
  }

  public <T> TypedQuery<T> bind(TypedQuery<T> query) {
    parameters.forEach(query::setParameter);
    return query;
  }
}
