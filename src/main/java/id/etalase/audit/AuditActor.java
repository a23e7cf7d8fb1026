package id.etalase.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * Who the audit log names for work done on behalf of a console user outside their request: a bulk
 * import written in the background names the operator who confirmed it, with the address they
 * confirmed from, not the system.
 */
@RequestScoped
public class AuditActor {

  private Actor actor;

  /** Names {@code actor} for the rest of this (background) request context. */
  public void set(Actor actor) {
    this.actor = actor;
  }

  public Actor get() {
    return actor;
  }
}
