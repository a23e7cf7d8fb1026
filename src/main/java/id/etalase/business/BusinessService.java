package id.etalase.business;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * What the site, the consoles and the importers do with businesses, each call one transaction of
 * the current tenant.
 */
@ApplicationScoped
@Transactional
public class BusinessService {

  @Inject private BusinessRepository businesses;

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
   * Creates or updates a business by its slug, writing nothing when nothing changed, so importing
   * the same data twice is a no-op.
   *
   * @return true when something was written
   */
  public boolean upsert(BusinessData data) {
    Optional<Business> existing = businesses.findBySlug(data.slug());
    if (existing.isPresent()) {
      return existing.get().apply(data);
    }
    Business created = new Business(data.slug(), data.name());
    created.apply(data);
    businesses.persist(created);
    return true;
  }
}
