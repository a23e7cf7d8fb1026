package id.etalase.web.consoles.common;

import id.etalase.common.InvalidInputException;
import id.etalase.common.NotAllowedException;
import id.etalase.common.RecordNotFoundException;
import id.etalase.curation.CurationAction;
import id.etalase.curation.CurationService;
import id.etalase.curation.PublicationStatus;
import id.etalase.curation.RecordType;
import id.etalase.media.Photo;
import id.etalase.media.PhotoOwner;
import id.etalase.media.PhotoRecords;
import id.etalase.media.PhotoService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.event.FileUploadEvent;

/**
 * What the console's pages for one catalog record share: photos (upload, primary), curation steps
 * with their messages, and the 404 for a record that is not this tenant's.
 */
@RequestScoped
public class ConsoleRecordPage {

  @Inject private PhotoService photoService;
  @Inject private PhotoRecords photoRecords;
  @Inject private CurationService curation;
  @Inject private SignedIn signedIn;
  @Inject private ConsoleMessages messages;

  /** Adds an uploaded photo, or explains in the user's language why it was refused. */
  public List<Photo> upload(PhotoOwner owner, FileUploadEvent event, String altText) {
    try {
      photoService.add(signedIn.require(), owner, event.getFile().getContent(), altText);
    } catch (InvalidInputException refused) {
      refused
          .problems()
          .forEach(
              p ->
                  messages.error(
                      "photo.refused",
                      event.getFile().getFileName(),
                      messages.text(p.messageKey(), p.arguments().toArray())));
    }
    return photos(owner);
  }

  public List<Photo> makePrimary(PhotoOwner owner, long photoId) {
    return photoStep(owner, () -> photoRecords.makePrimary(signedIn.require(), owner, photoId));
  }

  /** Puts the owner's photos in this order. */
  public List<Photo> reorder(PhotoOwner owner, List<Long> order) {
    return photoStep(owner, () -> photoRecords.reorder(signedIn.require(), owner, order));
  }

  /** Lets a photo that an owner added to a published record go live. */
  public List<Photo> approvePhoto(PhotoOwner owner, long photoId) {
    return photoStep(owner, () -> photoRecords.approve(signedIn.require(), owner, photoId));
  }

  /** Drops a photo that an owner added to a published record. */
  public List<Photo> rejectPhoto(PhotoOwner owner, long photoId) {
    return photoStep(owner, () -> photoRecords.reject(signedIn.require(), owner, photoId));
  }

  private List<Photo> photoStep(PhotoOwner owner, Runnable step) {
    try {
      step.run();
    } catch (InvalidInputException refused) {
      messages.problems(refused, Map.of());
    }
    return photos(owner);
  }

  public List<Photo> photos(PhotoOwner owner) {
    return photoRecords.of(signedIn.require(), owner);
  }

  /**
   * Takes a curation step; the new status, or empty when it was refused (the reason is on the
   * page). A record that is not this tenant's, or not the owner's, answers 404.
   */
  public Optional<PublicationStatus> curate(
      RecordType type, long id, CurationAction action, String reason) {
    try {
      PublicationStatus status = curation.apply(type, id, action, reason, signedIn.require());
      messages.info("curation.done." + action.name());
      return Optional.of(status);
    } catch (InvalidInputException refused) {
      messages.problems(refused, Map.of("reason", "curation:reason"));
    } catch (RecordNotFoundException | NotAllowedException refused) {
      notFound();
    }
    return Optional.empty();
  }

  /** A record id as a URL gives it: a positive number, or empty for anything else. */
  public static Optional<Long> idOf(String raw) {
    return raw != null && raw.matches("[1-9][0-9]{0,17}")
        ? Optional.of(Long.valueOf(raw))
        : Optional.empty();
  }

  /** Ends the response with the 404 page. */
  public static void notFound() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(404, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
