package id.etalase.cluster;

import id.etalase.curation.PublicationStatus;
import id.etalase.platform.InputChecks;
import id.etalase.region.RegionRepository;
import id.etalase.tenant.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Clusters (sentra) of the current tenant: the one way to read and write them. */
@ApplicationScoped
@Transactional
public class ClusterService {

  @Inject private ClusterRepository clusters;
  @Inject private RegionRepository regions;
  @Inject private CurrentTenant currentTenant;

  /** Every cluster of the tenant, for the console's pickers. */
  public List<Cluster> all() {
    return clusters.findAll();
  }

  public List<Cluster> published() {
    return clusters.findPublished();
  }

  public Optional<Cluster> publishedBySlug(String slug) {
    return clusters.findBySlug(slug).filter(c -> c.getStatus() == PublicationStatus.PUBLISHED);
  }

  /**
   * Creates or updates a cluster by its slug, after checking every field.
   *
   * @return true when something was written
   * @throws id.etalase.platform.InvalidInputException with every problem, writing nothing
   */
  public boolean upsert(ClusterData input) {
    ClusterData data = checked(input);
    Optional<Cluster> existing = clusters.findBySlug(data.slug());
    if (existing.isPresent()) {
      return existing.get().apply(data);
    }
    Cluster created = new Cluster(data.slug(), data.name());
    created.apply(data);
    clusters.persist(created);
    return true;
  }

  private ClusterData checked(ClusterData d) {
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
