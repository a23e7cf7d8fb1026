package id.etalase.audit;

/** Who made a change, and from which address; the system itself for start-up imports and jobs. */
public record Actor(AuditEntry.ActorKind kind, Long id, String name, String address) {

  public static final Actor SYSTEM = new Actor(AuditEntry.ActorKind.SYSTEM, null, "system", null);
}
