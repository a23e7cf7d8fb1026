package id.etalase.common;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Reads and copies the fields of a Java record by name (the components of {@code BusinessData},
 * {@code ProductData}, …). The audit log compares two versions of a record field by field, and the
 * pending changes show and apply an owner's proposal by field name: both read fields here, so a
 * field name means the same thing in both.
 */
public final class RecordFields {

  private RecordFields() {}

  /** The field names of a record type, in their declared order. */
  public static List<String> names(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
  }

  /** One field's value; null when the field is null or the record has no such field. */
  public static Object value(Record record, String field) {
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      if (component.getName().equals(field)) {
        try {
          return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("Cannot read " + field + " of " + record.getClass(), e);
        }
      }
    }
    return null;
  }

  /**
   * A copy of {@code current} with the named fields taken from {@code from}, a record of the same
   * type; the other fields stay as in {@code current}.
   */
  @SuppressWarnings("unchecked")
  public static <R extends Record> R overlay(R current, Record from, Collection<String> fields) {
    if (from.getClass() != current.getClass()) {
      throw new IllegalArgumentException(from.getClass() + " is not a " + current.getClass());
    }
    RecordComponent[] components = current.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      String name = components[i].getName();
      values[i] = value(fields.contains(name) ? from : current, name);
      types[i] = components[i].getType();
    }
    try {
      return (R) current.getClass().getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot copy " + current.getClass(), e);
    }
  }
}
