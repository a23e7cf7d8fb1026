package id.etalase.media;

import id.etalase.audit.AuditLog;
import id.etalase.audit.FieldChange;
import id.etalase.business.BusinessRepository;
import id.etalase.catalog.ProductRepository;
import id.etalase.cluster.ClusterRepository;
import id.etalase.platform.InvalidInputException;
import id.etalase.platform.Problem;
import id.etalase.tenant.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The photo rows of the current tenant, each call one transaction. */
@ApplicationScoped
@Transactional
public class PhotoRecords {

  @Inject private TenantEntityManager tenantEm;
  @Inject private AuditLog audit;
  @Inject private BusinessRepository businesses;
  @Inject private ProductRepository products;
  @Inject private ClusterRepository clusters;

  /** The owner in the current tenant, or a refusal naming it: another tenant's slug is unknown. */
  PhotoOwner.Resolved resolve(PhotoOwner owner) {
    Long id =
        switch (owner.kind()) {
          case BUSINESS -> businesses.findBySlug(owner.slug()).map(b -> b.getId()).orElse(null);
          case PRODUCT -> products.findBySlug(owner.slug()).map(p -> p.getId()).orElse(null);
          case CLUSTER -> clusters.findBySlug(owner.slug()).map(c -> c.getId()).orElse(null);
        };
    if (id == null) {
      String key =
          switch (owner.kind()) {
            case BUSINESS -> "problem.business";
            case PRODUCT -> "problem.product";
            case CLUSTER -> "problem.cluster";
          };
      throw new InvalidInputException(
          List.of(new Problem("owner", key, List.of(String.valueOf(owner.slug())))));
    }
    return new PhotoOwner.Resolved(owner.kind(), id);
  }

  Photo insert(PhotoOwner owner, ProcessedImage image, String altText) {
    PhotoOwner.Resolved resolved = resolve(owner);
    // Uploads of several photos arrive in parallel; the owner's row lock makes them take turns,
    // so each gets its own position and only the first becomes the primary photo.
    Class<?> ownerType =
        switch (resolved.kind()) {
          case BUSINESS -> id.etalase.business.Business.class;
          case PRODUCT -> id.etalase.catalog.Product.class;
          case CLUSTER -> id.etalase.cluster.Cluster.class;
        };
    tenantEm.get().find(ownerType, resolved.id(), LockModeType.PESSIMISTIC_WRITE);
    int position = of(resolved).size();
    Photo photo = new Photo(resolved, image, altText, position);
    tenantEm.get().persist(photo);
    audit.record(
        PhotoService.auditType(owner),
        resolved.id(),
        owner.slug(),
        "ADD_PHOTO",
        Map.of("photo", new FieldChange(null, image.hash())));
    return photo;
  }

  public List<Photo> of(PhotoOwner owner) {
    return of(resolve(owner));
  }

  /**
   * The photos of an owner the caller has already loaded in this transaction, without looking it up
   * again by slug. The query is tenant-bound, so another tenant's id finds nothing.
   */
  public List<Photo> of(PhotoOwner.Kind kind, long ownerId) {
    return of(new PhotoOwner.Resolved(kind, ownerId));
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
    String column =
        switch (owner.kind()) {
          case BUSINESS -> "businessId";
          case PRODUCT -> "productId";
          case CLUSTER -> "clusterId";
        };
    return tenantEm
        .get()
        .createQuery(
            "SELECT p FROM Photo p WHERE p." + column + " = :owner ORDER BY p.position",
            Photo.class)
        .setParameter("owner", owner.id())
        .getResultList();
  }

  /** Puts the owner's photos in the given order; ids not among them are refused. */
  public void reorder(PhotoOwner owner, List<Long> ids) {
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
        PhotoService.auditType(owner),
        resolve(owner).id(),
        owner.slug(),
        "REORDER_PHOTOS",
        Map.of(
            "order",
            new FieldChange(photos.stream().map(Photo::getId).toList(), List.copyOf(ids))));
  }

  /** Makes one photo the primary one of its owner. */
  public void makePrimary(PhotoOwner owner, long photoId) {
    List<Photo> photos = of(resolve(owner));
    if (photos.stream().noneMatch(p -> p.getId() == photoId)) {
      throw new InvalidInputException(
          List.of(new Problem("photos", "problem.photoOrder", List.of())));
    }
    photos.forEach(p -> p.setPrimary(p.getId() == photoId));
    audit.record(
        PhotoService.auditType(owner),
        resolve(owner).id(),
        owner.slug(),
        "PRIMARY_PHOTO",
        Map.of("primary", new FieldChange(null, photoId)));
  }
}
