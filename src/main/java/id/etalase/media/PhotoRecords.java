package id.etalase.media;

import id.etalase.access.Access;
import id.etalase.access.ConsoleUser;
import id.etalase.audit.AuditLog;
import id.etalase.audit.FieldChange;
import id.etalase.common.InvalidInputException;
import id.etalase.common.Problem;
import id.etalase.curation.Curated;
import id.etalase.curation.CuratedRecordsByType;
import id.etalase.curation.PublicationStatus;
import id.etalase.curation.RecordType;
import id.etalase.tenant.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The photo rows of the current tenant, each call one transaction. */
@ApplicationScoped
@Transactional
public class PhotoRecords {

  @Inject private TenantEntityManager tenantEm;
  @Inject private AuditLog audit;
  @Inject private CuratedRecordsByType curated;
  @Inject private Access access;

  /**
   * Whether the actor may change the owner's photos: staff any, a business owner those of their own
   * business and its products. Returns whether a change of theirs must wait for an operator: an
   * owner's, on a record the public already sees, like their edits of its fields.
   */
  boolean authorise(ConsoleUser actor, PhotoOwner.Resolved owner) {
    Curated record = curated.of(owner.type()).find(owner.id()).orElseThrow();
    access.business(actor, record.owningBusinessId()); // null for a cluster: staff only
    return Access.isOwner(actor) && record.getStatus() == PublicationStatus.PUBLISHED;
  }

  /** Authorises the actor for the owner, in this transaction: see {@link #authorise}. */
  public boolean authorise(ConsoleUser actor, PhotoOwner owner) {
    return authorise(actor, resolve(owner));
  }

  /** The owner in the current tenant, or a refusal naming it: another tenant's slug is unknown. */
  PhotoOwner.Resolved resolve(PhotoOwner owner) {
    Long id = curated.of(owner.type()).findBySlug(owner.slug()).map(Curated::getId).orElse(null);
    if (id == null) {
      // problem.business, problem.product or problem.cluster
      String key = "problem." + owner.type().name().toLowerCase(Locale.ROOT);
      throw new InvalidInputException(
          List.of(new Problem("owner", key, List.of(String.valueOf(owner.slug())))));
    }
    return new PhotoOwner.Resolved(owner.type(), id);
  }

  Photo insert(PhotoOwner owner, ProcessedImage image, String altText, ConsoleUser actor) {
    PhotoOwner.Resolved resolved = resolve(owner);
    boolean waits = actor != null && authorise(actor, resolved);
    // Uploads of several photos arrive in parallel; the owner's row lock makes them take turns,
    // so each gets its own position and only the first becomes the primary photo.
    Class<?> ownerType = curated.of(resolved.type()).entityType();
    tenantEm.get().find(ownerType, resolved.id(), LockModeType.PESSIMISTIC_WRITE);
    int position = of(resolved).size();
    Photo photo = new Photo(resolved, image, altText, position, waits);
    tenantEm.get().persist(photo);
    audit.record(
        owner.type().name(),
        resolved.id(),
        owner.slug(),
        waits ? "PROPOSE_PHOTO" : "ADD_PHOTO",
        Map.of("photo", new FieldChange(null, image.hash())));
    return photo;
  }

  /** Every photo of the owner, waiting ones too: for the console and the importers. */
  public List<Photo> of(PhotoOwner owner) {
    return of(resolve(owner));
  }

  /** Every photo of an owner the actor may change, waiting ones too: the console's photo card. */
  public List<Photo> of(ConsoleUser actor, PhotoOwner owner) {
    PhotoOwner.Resolved resolved = resolve(owner);
    authorise(actor, resolved);
    return of(resolved);
  }

  /**
   * The photos visitors see of an owner the caller has already loaded in this transaction, without
   * looking it up again by slug: none that wait for approval. The query is tenant-bound, so another
   * tenant's id finds nothing.
   */
  public List<Photo> of(RecordType type, long ownerId) {
    return of(new PhotoOwner.Resolved(type, ownerId)).stream().filter(p -> !p.isPending()).toList();
  }

  /** The primary photo of each of the given products, in one query, for lists of cards. */
  public Map<Long, Photo> primaryOfProducts(Collection<Long> productIds) {
    if (productIds.isEmpty()) {
      return Map.of();
    }
    return tenantEm
        .get()
        .createQuery(
            "SELECT p FROM Photo p WHERE p.productId IN :ids AND p.primary = true", Photo.class)
        .setParameter("ids", productIds)
        .getResultStream()
        .collect(Collectors.toMap(Photo::getProductId, p -> p, (x, y) -> x));
  }

  private List<Photo> of(PhotoOwner.Resolved owner) {
    return tenantEm
        .get()
        .createQuery(
            "SELECT p FROM Photo p WHERE p."
                + Photo.ownerField(owner.type())
                + " = :owner ORDER BY p.position",
            Photo.class)
        .setParameter("owner", owner.id())
        .getResultList();
  }

  /** Puts the owner's photos in the given order; ids not among them are refused. */
  public void reorder(ConsoleUser actor, PhotoOwner owner, List<Long> ids) {
    refuseWhenWaiting(actor, resolve(owner));
    List<Photo> photos = of(resolve(owner));
    if (photos.size() != ids.size()
        || !photos.stream().map(Photo::getId).toList().containsAll(ids)) {
      throw new InvalidInputException(
          List.of(new Problem("photos", "problem.photoOrder", List.of())));
    }
    for (Photo p : photos) {
      p.moveTo(ids.indexOf(p.getId()));
    }
    audit.record(
        owner.type().name(),
        resolve(owner).id(),
        owner.slug(),
        "REORDER_PHOTOS",
        Map.of(
            "order",
            new FieldChange(photos.stream().map(Photo::getId).toList(), List.copyOf(ids))));
  }

  /** Makes one photo the primary one of its owner. */
  public void makePrimary(ConsoleUser actor, PhotoOwner owner, long photoId) {
    refuseWhenWaiting(actor, resolve(owner));
    List<Photo> photos = of(resolve(owner));
    if (photos.stream().noneMatch(p -> p.getId() == photoId && !p.isPending())) {
      throw new InvalidInputException(
          List.of(new Problem("photos", "problem.photoOrder", List.of())));
    }
    photos.forEach(p -> p.setPrimary(p.getId() == photoId));
    audit.record(
        owner.type().name(),
        resolve(owner).id(),
        owner.slug(),
        "PRIMARY_PHOTO",
        Map.of("primary", new FieldChange(null, photoId)));
  }

  /**
   * An owner's order or primary photo of a published record would go live without approval: they
   * are asked to have an operator do it, and nothing changes.
   */
  private void refuseWhenWaiting(ConsoleUser actor, PhotoOwner.Resolved owner) {
    if (authorise(actor, owner)) {
      throw new InvalidInputException(
          List.of(new Problem("photos", "problem.photoOrderNeedsOperator", List.of())));
    }
  }

  /** Lets a photo an owner added to a published record go live; staff only. */
  public void approve(ConsoleUser actor, PhotoOwner owner, long photoId) {
    access.staff(actor);
    PhotoOwner.Resolved resolved = resolve(owner);
    List<Photo> photos = of(resolved);
    Photo photo = waiting(photos, photoId);
    photo.approve(photos.stream().noneMatch(Photo::isPrimary));
    audit.record(
        owner.type().name(),
        resolved.id(),
        owner.slug(),
        "APPROVE_PHOTO",
        Map.of("photo", new FieldChange(null, photo.getHash())));
  }

  /** Drops a photo an owner added to a published record; staff only. */
  public void reject(ConsoleUser actor, PhotoOwner owner, long photoId) {
    access.staff(actor);
    PhotoOwner.Resolved resolved = resolve(owner);
    Photo photo = waiting(of(resolved), photoId);
    tenantEm.get().remove(photo);
    audit.record(
        owner.type().name(),
        resolved.id(),
        owner.slug(),
        "REJECT_PHOTO",
        Map.of("photo", new FieldChange(photo.getHash(), null)));
  }

  /**
   * Removes photos an import added to a record it updated, when that import is undone; staff only.
   * Ids the owner no longer has are passed over; the others close up, and the first left becomes
   * primary when the primary went. The files stay: content-addressed, another photo may use them.
   */
  public void removeImported(ConsoleUser actor, RecordType type, long ownerId, List<Long> ids) {
    access.staff(actor);
    PhotoOwner.Resolved owner = new PhotoOwner.Resolved(type, ownerId);
    List<Photo> photos = of(owner);
    List<Photo> gone = photos.stream().filter(p -> ids.contains(p.getId())).toList();
    if (gone.isEmpty()) {
      return;
    }
    List<Photo> left = photos.stream().filter(p -> !ids.contains(p.getId())).toList();
    gone.forEach(tenantEm.get()::remove);
    for (int i = 0; i < left.size(); i++) {
      left.get(i).moveTo(i);
    }
    if (left.stream().noneMatch(Photo::isPrimary)) {
      left.stream().filter(p -> !p.isPending()).findFirst().ifPresent(p -> p.setPrimary(true));
    }
    Curated record = curated.of(type).find(ownerId).orElseThrow();
    for (Photo photo : gone) {
      audit.record(
          type.name(),
          ownerId,
          record.getName(),
          "REMOVE_PHOTO",
          Map.of("photo", new FieldChange(photo.getHash(), null)));
    }
  }

  private static Photo waiting(List<Photo> photos, long photoId) {
    return photos.stream()
        .filter(p -> p.getId() == photoId && p.isPending())
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    List.of(new Problem("photos", "problem.photoOrder", List.of()))));
  }
}
