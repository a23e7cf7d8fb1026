package id.etalase.web.consoles.common;

import id.etalase.access.Role;
import id.etalase.common.InvalidInputException;
import id.etalase.common.NotAllowedException;
import id.etalase.common.RecordNotFoundException;
import id.etalase.curation.Curated;
import id.etalase.curation.CurationAction;
import id.etalase.curation.PendingChanges;
import id.etalase.curation.PublicationStatus;
import id.etalase.curation.RecordType;
import id.etalase.media.Photo;
import id.etalase.media.PhotoOwner;
import id.etalase.tenant.CurrentTenant;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.event.FileUploadEvent;

/**
 * What the console's edit pages of businesses, products and clusters share: the record's curation
 * (status, rejection reason, the steps the user may take) and its photos. The pages include {@code
 * WEB-INF/includes/console/curation.xhtml} and {@code photos.xhtml} with this bean.
 */
public abstract class CuratedRecordBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject protected transient ConsoleRecordPage page;
  @Inject protected transient CurrentTenant currentTenant;
  @Inject protected transient SignedIn signedIn;
  @Inject protected transient ConsoleMessages messages;
  @Inject private transient PendingChanges pendingChanges;

  private Long id;
  private PublicationStatus status = PublicationStatus.DRAFT;
  private String rejectionReason;
  private String reason;
  private List<Photo> photos = List.of();
  private List<PendingChanges.FieldRow> pending = List.of();
  private String changeReason;

  protected abstract RecordType recordType();

  /** The owner of the record's photos; its slug is known once the record exists. */
  protected abstract PhotoOwner photoOwner();

  /** The text photos get as their alternative text when uploaded. */
  protected abstract String photoAltText();

  /** The public page of the record, once published. */
  public abstract String getPublicUrl();

  /** Takes the curation state, photos and any waiting change of the record just loaded. */
  protected void loaded(Curated record) {
    status = record.getStatus();
    rejectionReason = record.getRejectionReason();
    photos = page.photos(photoOwner());
    pending = pendingChanges.rows(recordType(), id, signedIn.require());
  }

  /** Reads the record's fields again, after an approved change wrote them. */
  protected void reloadFields() {}

  /** Whether the user is a business owner editing a published record: their edits wait. */
  protected boolean editsWait() {
    return signedIn.require().role() == Role.BUSINESS_OWNER
        && status == PublicationStatus.PUBLISHED;
  }

  /** Keeps a business owner's edit of a published record for an operator's approval. */
  protected void propose(Record edit, Map<String, String> fieldToClientId) {
    try {
      boolean kept = pendingChanges.propose(recordType(), id, edit, signedIn.require());
      messages.info(kept ? "pending.sent" : "pending.nothingChanged");
      pending = pendingChanges.rows(recordType(), id, signedIn.require());
    } catch (InvalidInputException refused) {
      messages.problems(refused, fieldToClientId);
    } catch (RecordNotFoundException gone) {
      notFound();
    }
  }

  public void approveChange() {
    try {
      pendingChanges.approve(recordType(), id, signedIn.require());
      messages.info("pending.approved");
      pending = List.of();
      reloadFields();
    } catch (InvalidInputException refused) {
      messages.problems(refused, Map.of());
    } catch (RecordNotFoundException | NotAllowedException gone) {
      notFound();
    }
  }

  public void rejectChange() {
    try {
      pendingChanges.reject(recordType(), id, changeReason, signedIn.require());
      messages.info("pending.rejected");
      pending = List.of();
      changeReason = null;
    } catch (InvalidInputException refused) {
      messages.problems(refused, Map.of("reason", "pending:changeReason"));
    } catch (RecordNotFoundException | NotAllowedException gone) {
      notFound();
    }
  }

  public List<PendingChanges.FieldRow> getPending() {
    return pending;
  }

  public boolean isMayDecide() {
    return signedIn.require().role() != Role.BUSINESS_OWNER;
  }

  public String getChangeReason() {
    return changeReason;
  }

  public void setChangeReason(String changeReason) {
    this.changeReason = changeReason;
  }

  public void curate(CurationAction action) {
    page.curate(recordType(), id, action, reason)
        .ifPresent(
            moved -> {
              status = moved;
              rejectionReason = action == CurationAction.REJECT ? reason : null;
              reason = null;
            });
  }

  public Set<CurationAction> getActions() {
    return id == null ? Set.of() : CurationAction.available(status, signedIn.require().role());
  }

  /**
   * Whether the reason field shows: EL would compare the text "REJECT" with the enum constants of
   * {@link #getActions()} and never find it.
   */
  public boolean isRejectable() {
    return getActions().contains(CurationAction.REJECT);
  }

  public void upload(FileUploadEvent event) {
    photos = page.upload(photoOwner(), event, photoAltText());
  }

  public void makePrimary(long photoId) {
    photos = page.makePrimary(photoOwner(), photoId);
  }

  /** Moves a photo one place earlier (-1) or later (+1). */
  public void move(long photoId, int by) {
    List<Long> order = new ArrayList<>(photos.stream().map(Photo::getId).toList());
    int from = order.indexOf(photoId);
    int to = from + by;
    if (from < 0 || to < 0 || to >= order.size()) {
      return;
    }
    order.add(to, order.remove(from));
    photos = page.reorder(photoOwner(), order);
  }

  public void approvePhoto(long photoId) {
    photos = page.approvePhoto(photoOwner(), photoId);
  }

  public void rejectPhoto(long photoId) {
    photos = page.rejectPhoto(photoOwner(), photoId);
  }

  /** The URL of a photo's thumbnail, for the photo list. */
  public String thumbnail(Photo photo) {
    return currentTenant.link("/foto/") + photo.fileName(320);
  }

  protected static void notFound() {
    ConsoleRecordPage.notFound();
  }

  protected static ExternalContext external() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }

  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  /**
   * Takes the record's id from the URL as the page opens (the pages' view action, which a postback
   * does not run): the id is fixed for the life of the view, and no posted parameter can swap it.
   * Anything but a positive number answers 404.
   *
   * @return false when the page has answered 404
   */
  protected boolean openedWithId() {
    String raw = external().getRequestParameterMap().get("id");
    if (raw == null || raw.isEmpty()) {
      id = null;
      return true;
    }
    id = ConsoleRecordPage.idOf(raw).orElse(null);
    if (id == null) {
      notFound();
      return false;
    }
    return true;
  }

  public PublicationStatus getStatus() {
    return status;
  }

  public String getRejectionReason() {
    return rejectionReason;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public List<Photo> getPhotos() {
    return photos;
  }
}
