package id.etalase.curation;

import static id.etalase.curation.PublicationStatus.ARCHIVED;
import static id.etalase.curation.PublicationStatus.DRAFT;
import static id.etalase.curation.PublicationStatus.PUBLISHED;
import static id.etalase.curation.PublicationStatus.REJECTED;
import static id.etalase.curation.PublicationStatus.SUBMITTED;

import id.etalase.access.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * The curation state machine: draft → submitted → published; a submission can be rejected with a
 * reason, and goes back to submitted when fixed; anything can be archived and restored to a draft.
 * Business owners can only submit their own records; operators and the tenant admin do the rest.
 */
public enum CurationAction {
  SUBMIT(EnumSet.of(DRAFT, REJECTED), SUBMITTED, true),
  PUBLISH(EnumSet.of(SUBMITTED), PUBLISHED, false),
  REJECT(EnumSet.of(SUBMITTED), REJECTED, false),
  ARCHIVE(EnumSet.of(DRAFT, SUBMITTED, PUBLISHED, REJECTED), ARCHIVED, false),
  RESTORE(EnumSet.of(ARCHIVED), DRAFT, false);

  private final Set<PublicationStatus> from;
  private final PublicationStatus to;
  private final boolean ownersMay;

  CurationAction(Set<PublicationStatus> from, PublicationStatus to, boolean ownersMay) {
    this.from = from;
    this.to = to;
    this.ownersMay = ownersMay;
  }

  public boolean appliesTo(PublicationStatus status) {
    return from.contains(status);
  }

  public PublicationStatus target() {
    return to;
  }

  public boolean allowedFor(Role role) {
    return switch (role) {
      case TENANT_ADMIN, OPERATOR -> true;
      case BUSINESS_OWNER -> ownersMay;
      case PLATFORM_ADMIN -> false;
    };
  }

  /** The actions a role can take on a record in a status, in the order the console shows them. */
  public static Set<CurationAction> available(PublicationStatus status, Role role) {
    Set<CurationAction> actions = EnumSet.noneOf(CurationAction.class);
    for (CurationAction action : values()) {
      if (action.appliesTo(status) && action.allowedFor(role)) {
        actions.add(action);
      }
    }
    return actions;
  }
}
