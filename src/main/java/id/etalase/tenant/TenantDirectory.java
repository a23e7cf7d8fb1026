package id.etalase.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All tenants, held in memory so that resolving the tenant of a request costs no query. There are
 * at most a few hundred tenants. Changes made on this node refresh it at once; changes made on
 * another node are seen within {@link #MAX_AGE}.
 */
@ApplicationScoped
public class TenantDirectory {

  static final Duration MAX_AGE = Duration.ofSeconds(30);

  private record Snapshot(
      Map<String, TenantSnapshot> bySlug,
      Map<String, TenantSnapshot> byDomain,
      Map<String, TenantSnapshot> byClaim,
      List<TenantSnapshot> all,
      Instant loadedAt) {}

  @Inject private TenantRepository tenants;
  @Inject private Event<PublicDataChanged> changes;

  private volatile Snapshot snapshot;

  public Optional<TenantSnapshot> bySlug(String slug) {
    return Optional.ofNullable(current().bySlug().get(slug));
  }

  /** The tenant served on a custom domain: only verified domains serve a tenant. */
  public Optional<TenantSnapshot> byDomain(String domain) {
    return Optional.ofNullable(current().byDomain().get(domain));
  }

  /** The tenant that claimed a custom domain, whether it is verified or still pending. */
  public Optional<TenantSnapshot> claimant(String domain) {
    return Optional.ofNullable(current().byClaim().get(domain));
  }

  /** Whether a host is a custom domain that a tenant claimed and has not proven yet. */
  public boolean isPending(String domain) {
    return claimant(domain).isPresent() && byDomain(domain).isEmpty();
  }

  /** Every tenant, active or not, sorted by name. */
  public List<TenantSnapshot> all() {
    return current().all();
  }

  public List<TenantSnapshot> active() {
    return all().stream().filter(TenantSnapshot::isActive).toList();
  }

  private Snapshot current() {
    Snapshot s = snapshot;
    if (s == null || s.loadedAt().plus(MAX_AGE).isBefore(Instant.now())) {
      refresh();
      s = snapshot;
    }
    return s;
  }

  /** Reloads the registry; call after a change to the tenants. */
  @Transactional
  public void refresh() {
    Map<Long, Map<AssetKind, String>> assets = new HashMap<>();
    for (AssetHeader header : tenants.findAllAssetHeaders()) {
      assets
          .computeIfAbsent(header.tenantId(), id -> new EnumMap<>(AssetKind.class))
          .put(header.kind(), header.fileName());
    }
    Map<String, TenantSnapshot> bySlug = new HashMap<>();
    Map<String, TenantSnapshot> byDomain = new HashMap<>();
    Map<String, TenantSnapshot> byClaim = new HashMap<>();
    for (Tenant tenant : tenants.findAll()) {
      TenantSnapshot t = TenantSnapshot.of(tenant, assets.getOrDefault(tenant.getId(), Map.of()));
      bySlug.put(t.slug(), t);
      t.domains().forEach(domain -> byDomain.put(domain, t));
      t.claimedDomains().forEach(domain -> byClaim.put(domain, t));
    }
    List<TenantSnapshot> all =
        bySlug.values().stream()
            .sorted(Comparator.comparing(TenantSnapshot::name, String.CASE_INSENSITIVE_ORDER))
            .toList();
    Snapshot previous = snapshot;
    snapshot =
        new Snapshot(
            Map.copyOf(bySlug), Map.copyOf(byDomain), Map.copyOf(byClaim), all, Instant.now());
    if (previous != null) {
      announceChanges(previous.all(), all);
    }
  }

  /**
   * Pages rendered with a tenant's old name, colours or domains are stale once the copy here
   * changes, also when another node made the change and this one only noticed on reloading.
   */
  private void announceChanges(List<TenantSnapshot> before, List<TenantSnapshot> after) {
    Map<Long, TenantSnapshot> old = new HashMap<>();
    before.forEach(t -> old.put(t.id(), t));
    for (TenantSnapshot t : after) {
      if (!t.equals(old.remove(t.id()))) {
        changes.fire(new PublicDataChanged(t.id()));
      }
    }
    old.keySet().forEach(id -> changes.fire(new PublicDataChanged(id)));
  }
}
