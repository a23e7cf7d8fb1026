package id.etalase.audit;

/** One field of a record, before and after a change; null where it had or has no value. */
public record FieldChange(Object before, Object after) {}
