package id.etalase.cluster;

import id.etalase.access.Access;
import id.etalase.access.ConsoleUser;
import id.etalase.audit.AuditLog;
import id.etalase.common.InputChecks;
import id.etalase.common.InvalidInputException;
import id.etalase.common.Problem;
import id.etalase.common.RecordNotFoundException;
import id.etalase.curation.PublicationStatus;
import id.etalase.region.RegionRepository;
import id.etalase.tenant.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Clusters (sentra) of the current tenant: the one way to read and write them. */
@ApplicationScoped
@Transactional
public class ClusterService {

  @Inject private ClusterRepository clusters;
  @Inject private RegionRepository regions;
  @Inject private CurrentTenant currentTenant;
  @Inject private AuditLog audit;
  @Inject private Access access;

  /** A cluster and how many businesses (of any status) belong to it. */
  public record Summary(Cluster cluster, long members) {
    public Cluster getCluster() {
      return cluster;
    }

    public long getMembers() {
      return members;
    }
  }

  /** Every cluster of the tenant with its number of businesses, for the staff's list. */
  public List<Summary> summaries(ConsoleUser actor) {
    access.staff(actor);
    Map<Long, Long> members = clusters.memberCounts();
    return clusters.findAll().stream()
        .map(c -> new Summary(c, members.getOrDefault(c.getId(), 0L)))
        .toList();
  }

  /** Every cluster of the tenant, drafts too, for the console's pickers. */
  public List<Cluster> all(ConsoleUser actor) {
    access.member(actor);
    return clusters.findAll();
  }

  public List<Cluster> published() {
    return clusters.findPublished();
  }

  public Optional<Cluster> publishedBySlug(String slug) {
    return clusters.findBySlug(slug).filter(c -> c.getStatus() == PublicationStatus.PUBLISHED);
  }

  /** A cluster of this tenant for the console: staff only; empty for other tenants' ids. */
  public Optional<Cluster> find(ConsoleUser actor, long id) {
    access.staff(actor);
    return clusters.findById(id);
  }

  /** A cluster of this tenant as the console edits it, or empty (also for other tenants' ids). */
  public Optional<ClusterData> dataOf(ConsoleUser actor, long id) {
    access.staff(actor);
    return clusters.findById(id).map(Cluster::toData);
  }

  /**
   * Creates a cluster from the console, as a draft; its slug must be free.
   *
   * @return the new cluster's id
   * @throws InvalidInputException with every problem, writing nothing
   */
  public long create(ConsoleUser actor, ClusterData input) {
    access.staff(actor);
    if (input.slug() != null && clusters.findBySlug(input.slug()).isPresent()) {
      throw new InvalidInputException(
          List.of(new Problem("slug", "problem.slugTaken", List.of(input.slug()))));
    }
    upsert(input.withSlugAndStatus(input.slug(), PublicationStatus.DRAFT));
    return clusters.findBySlug(input.slug()).orElseThrow().getId();
  }

  /**
   * Updates a cluster of this tenant from the console; its slug and status stay as they are.
   *
   * @throws RecordNotFoundException when this tenant has no such cluster
   * @throws InvalidInputException with every problem, writing nothing
   */
  public boolean update(ConsoleUser actor, long id, ClusterData input) {
    access.staff(actor);
    Cluster existing =
        clusters.findById(id).orElseThrow(() -> new RecordNotFoundException("Cluster", id));
    return upsert(input.withSlugAndStatus(existing.getSlug(), existing.getStatus()));
  }

  /**
   * Creates or updates a cluster by its slug, after checking every field.
   *
   * @return true when something was written
   * @throws id.etalase.common.InvalidInputException with every problem, writing nothing
   */
  public boolean upsert(ClusterData input) {
    ClusterData data = checked(input);
    Optional<Cluster> existing = clusters.findBySlug(data.slug());
    if (existing.isPresent()) {
      ClusterData before = existing.get().toData();
      boolean changed = existing.get().apply(data);
      if (changed) {
        audit.record(
            "Cluster",
            existing.get().getId(),
            existing.get().getName(),
            "UPDATE",
            AuditLog.diff(before, existing.get().toData()));
      }
      return changed;
    }
    Cluster created = new Cluster(data.slug(), data.name());
    created.apply(data);
    clusters.persist(created);
    audit.record(
        "Cluster",
        created.getId(),
        created.getName(),
        "CREATE",
        AuditLog.diff(null, created.toData()));
    return true;
  }

  /**
   * Checks and normalises a cluster's fields without writing anything.
   *
   * @throws InvalidInputException with every problem
   */
  ClusterData checked(ClusterData d) {
    InputChecks in = new InputChecks();
    String slug = in.slug("slug", d.slug());
    String name = in.required("name", d.name(), 200);
    String district = in.text("districtCode", d.districtCode(), 8);
    if (district != null
        && !regions.isDistrictOf(currentTenant.require().regencyCode(), district)) {
      in.problem("districtCode", "problem.district", district);
    }
    ClusterData checked =
        new ClusterData(
            slug,
            name,
            in.text("description", d.description(), 5000),
            district,
            in.coordinate("latitude", d.latitude(), 90),
            in.coordinate("longitude", d.longitude(), 180),
            in.text("openingHours", d.openingHours(), 500),
            in.text("activities", d.activities(), 5000),
            in.text("visitorPrices", d.visitorPrices(), 1000),
            in.text("directions", d.directions(), 5000),
            in.text("contactName", d.contactName(), 200),
            in.phone("contactPhone", d.contactPhone()),
            d.status() == null ? PublicationStatus.DRAFT : d.status());
    in.verify();
    return checked;
  }
}
