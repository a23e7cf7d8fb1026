package id.etalase.audit;

/** What the audit log browser narrows to; every part may be null. */
public record AuditQuery(String recordType, String action, String text) {}
