package id.etalase.audit;

/** Who made a change, and from which address; the system itself for start-up imports and jobs. */
public record Actor(AuditEntry.ActorKind kind, Long id, String name, String address) {

  public static final Actor SYSTEM = new Actor(AuditEntry.ActorKind.SYSTEM, null, "system", null);

  /** The demo history, named as such so its made-up entries never pass for people's changes. */
  public static final Actor DEMO_HISTORY =
      new Actor(AuditEntry.ActorKind.SYSTEM, null, "demo history", null);
}
