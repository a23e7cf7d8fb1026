package id.etalase.business;

import id.etalase.access.Access;
import id.etalase.access.ConsoleUser;
import id.etalase.audit.AuditLog;
import id.etalase.cluster.Cluster;
import id.etalase.cluster.ClusterRepository;
import id.etalase.common.InvalidInputException;
import id.etalase.common.NotAllowedException;
import id.etalase.common.Problem;
import id.etalase.common.RecordNotFoundException;
import id.etalase.curation.PublicationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the site, the consoles and the importers do with businesses, each call one transaction of
 * the current tenant.
 */
@ApplicationScoped
@Transactional
public class BusinessService {

  @Inject private BusinessRepository businesses;
  @Inject private BusinessListQueries listQueries;
  @Inject private ClusterRepository clusters;
  @Inject private Event<BusinessChanged> changes;
  @Inject private AuditLog audit;
  @Inject private BusinessChecks checks;
  @Inject private Access access;

  /** What a tenant's home page shows: some published businesses, and how many there are. */
  public record Showcase(List<Business> featured, long publishedCount) {}

  /** One transaction, so the page binds the tenant and reads once. */
  public Showcase showcase(int limit) {
    return new Showcase(businesses.findPublished(limit), businesses.countPublished());
  }

  /** The published businesses for a listing, at most {@code limit}. */
  public List<Business> published(int limit) {
    return businesses.findPublished(limit);
  }

  public long countPublished() {
    return businesses.countPublished();
  }

  /**
   * One page of the console's list of the tenant's businesses; a business owner's list holds their
   * own business only, whatever the filter asks.
   */
  public List<Business> find(
      ConsoleUser actor,
      BusinessFilter filter,
      int first,
      int max,
      BusinessFilter.Sort sort,
      boolean ascending) {
    return listQueries.find(scoped(actor, filter), first, max, sort, ascending);
  }

  public long countMatching(ConsoleUser actor, BusinessFilter filter) {
    return listQueries.countMatching(scoped(actor, filter));
  }

  private BusinessFilter scoped(ConsoleUser actor, BusinessFilter filter) {
    access.member(actor);
    return Access.isOwner(actor) ? filter.ofBusiness(actor.businessId()) : filter;
  }

  /**
   * A business of this tenant that the actor may edit: any for staff, their own for an owner; empty
   * otherwise, also for other tenants' ids.
   */
  public Optional<Business> find(ConsoleUser actor, long id) {
    access.member(actor);
    return businesses.findById(id).filter(b -> Access.reaches(actor, b.getId()));
  }

  /** A business as the console edits it, under the rule of {@link #find(ConsoleUser, long)}. */
  public Optional<BusinessData> dataOf(ConsoleUser actor, long id) {
    return find(actor, id).map(Business::toData);
  }

  /** The average location of the tenant's located businesses: where a map starts. */
  public Optional<BigDecimal[]> averageLocation() {
    return businesses.averageLocation();
  }

  /** Every business of a cluster, whatever its status, for the cluster's console page: staff. */
  public List<Business> inCluster(ConsoleUser actor, long clusterId) {
    access.staff(actor);
    return businesses.findInCluster(clusterId);
  }

  /** A business by its slug, under the rule of {@link #find(ConsoleUser, long)}. */
  public Optional<Business> findBySlug(ConsoleUser actor, String slug) {
    access.member(actor);
    return businesses.findBySlug(slug).filter(b -> Access.reaches(actor, b.getId()));
  }

  /**
   * Creates a business from the console, as a draft. Its slug must be free: unlike {@link #upsert},
   * this never touches an existing business.
   *
   * @return the new business's id
   * @throws InvalidInputException with every problem, writing nothing
   */
  public long create(ConsoleUser actor, BusinessData input) {
    return createAll(actor, List.of(input)).get(0);
  }

  /**
   * Creates businesses as {@link #create} creates one, with one query for all their slugs: for the
   * import, which hands over a few hundred rows at a time. Every one is checked before any is
   * written, and each gets its own entry in the audit log.
   *
   * @return the new businesses' ids, in order
   * @throws InvalidInputException with every problem of the first business that has any
   */
  public List<Long> createAll(ConsoleUser actor, List<BusinessData> inputs) {
    access.staff(actor);
    Set<String> taken =
        businesses.slugsTaken(
            inputs.stream().map(BusinessData::slug).filter(Objects::nonNull).toList());
    Set<String> seen = new HashSet<>();
    List<BusinessData> checked = new ArrayList<>(inputs.size());
    for (BusinessData input : inputs) {
      if (input.slug() != null && (taken.contains(input.slug()) || !seen.add(input.slug()))) {
        throw new InvalidInputException(
            List.of(new Problem("slug", "problem.slugTaken", List.of(input.slug()))));
      }
      checked.add(checks.checked(input.withStatus(PublicationStatus.DRAFT)));
    }
    List<Long> ids = new ArrayList<>(checked.size());
    for (BusinessData data : checked) {
      ids.add(insert(data).getId());
    }
    return ids;
  }

  /**
   * Updates a business of this tenant from the console. Its slug and curation status stay as they
   * are: the status changes through curation only.
   *
   * @throws RecordNotFoundException when this tenant has no such business
   * @throws InvalidInputException with every problem, writing nothing
   */
  public boolean update(ConsoleUser actor, long id, BusinessData input) {
    Business existing =
        find(actor, id).orElseThrow(() -> new RecordNotFoundException("Business", id));
    if (Access.isOwner(actor) && existing.getStatus() == PublicationStatus.PUBLISHED) {
      // A published business changes only through an operator's approval (PendingChanges).
      throw new NotAllowedException("A published business changes through approval");
    }
    return upsert(input.withSlugAndStatus(existing.getSlug(), existing.getStatus()));
  }

  /**
   * Removes a business of this tenant that has no products left (its links, certifications and
   * photos go with it): for undoing an import. Staff only; the removal is in the audit log.
   *
   * @throws RecordNotFoundException when this tenant has no such business
   * @throws InvalidInputException when products still belong to it
   */
  public void delete(ConsoleUser actor, long id) {
    access.staff(actor);
    Business existing =
        businesses.findById(id).orElseThrow(() -> new RecordNotFoundException("Business", id));
    if (businesses.hasProducts(id)) {
      throw new InvalidInputException(
          List.of(new Problem("id", "problem.businessHasProducts", List.of(existing.getName()))));
    }
    audit.record(
        "Business", id, existing.getName(), "DELETE", AuditLog.diff(existing.toData(), null));
    businesses.delete(id);
    changes.fire(new BusinessChanged(id));
  }

  /**
   * Creates or updates a business by its slug after checking and normalising every field (phone
   * numbers to E.164, areas within the tenant's regency), writing nothing when nothing changed, so
   * importing the same data twice is a no-op.
   *
   * @return true when something was written
   * @throws InvalidInputException with every problem, before anything is written
   */
  public boolean upsert(BusinessData input) {
    BusinessData data = checks.checked(input);
    Optional<Business> existing = businesses.findBySlug(data.slug());
    if (existing.isPresent()) {
      Cluster cluster =
          data.clusterSlug() == null ? null : clusters.findBySlug(data.clusterSlug()).orElseThrow();
      BusinessData before = existing.get().toData();
      boolean changed = existing.get().apply(data, cluster);
      if (changed) {
        audit.record(
            "Business",
            existing.get().getId(),
            existing.get().getName(),
            "UPDATE",
            AuditLog.diff(before, existing.get().toData()));
        changes.fire(new BusinessChanged(existing.get().getId()));
      }
      return changed;
    }
    insert(data);
    return true;
  }

  /** A new business from checked data, with its entry in the audit log. */
  private Business insert(BusinessData data) {
    Cluster cluster =
        data.clusterSlug() == null ? null : clusters.findBySlug(data.clusterSlug()).orElseThrow();
    Business created = new Business(data.slug(), data.name());
    created.apply(data, cluster);
    businesses.persist(created);
    audit.record(
        "Business",
        created.getId(),
        created.getName(),
        "CREATE",
        AuditLog.diff(null, created.toData()));
    return created;
  }
}
