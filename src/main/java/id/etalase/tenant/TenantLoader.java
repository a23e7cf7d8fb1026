package id.etalase.tenant;

import id.etalase.region.RegionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates or updates tenants from the folders under {@code tenants/}. Idempotent: a folder that
 * matches the database writes nothing, so running it twice changes nothing. A tenant is never
 * deleted here; removing its folder leaves it as it is.
 *
 * <p>Precedence: the tenant remembers the digest of the folder it was last loaded from ({@link
 * TenantManifest#digest()}). A folder is applied only when it changed since then, so branding
 * edited in the government console survives restarts, and a folder that someone edited still wins
 * over the console (the newer change wins either way).
 *
 * <p>Domains: a folder's domains count as verified, since the platform team writes the folders. On
 * every load, also of an unchanged folder, a domain that the tenant holds pending and its folder
 * lists is verified; a domain the folder lists that another tenant only claimed (pending) is taken
 * from that claim. A domain another tenant verified stops the load. Each of these is audited
 * through {@link FolderDomainChange}.
 */
@ApplicationScoped
public class TenantLoader {

  private static final Logger LOG = Logger.getLogger(TenantLoader.class.getName());

  /** What one run did. */
  public record Report(List<String> created, List<String> updated, List<String> unchanged) {}

  @Inject private TenantRepository tenants;

  @Inject private TenantDirectory directory;

  @Inject private RegionRepository regions;

  @Inject private Event<TenantFolderLoaded> loaded;

  @Inject private Event<FolderDomainChange> audited;

  @Inject
  @ConfigProperty(name = "etalase.platform.domain", defaultValue = "localhost")
  private String platformDomain;

  /** Through the proxy, so that each tenant is saved in a transaction of its own. */
  @Inject private TenantLoader self;

  /**
   * Loads every tenant folder of {@code tenantsDir}. A folder that is invalid stops the load before
   * anything is written, with every problem listed.
   *
   * @param withDemoData also fire {@link TenantFolderLoaded} so features import demo data
   */
  public Report loadAll(Path tenantsDir, boolean withDemoData)
      throws TenantManifest.InvalidException {
    List<TenantManifest> manifests = new ArrayList<>();
    try (Stream<Path> folders = Files.list(tenantsDir)) {
      for (Path folder : folders.sorted().filter(TenantManifest::isTenantFolder).toList()) {
        manifests.add(TenantManifest.read(folder, new TenantRules(platformDomain)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the tenant folders in " + tenantsDir, e);
    }
    for (TenantManifest manifest : manifests) {
      if (regions.regency(manifest.regencyCode()).isEmpty()) {
        throw new TenantManifest.InvalidException(
            manifest.folder(),
            List.of("regencyCode " + manifest.regencyCode() + " is not an official regency code"));
      }
    }
    List<String> created = new ArrayList<>();
    List<String> updated = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    List<FolderDomain> domainChanges = new ArrayList<>();
    for (TenantManifest manifest : manifests) {
      domainChanges.addAll(self.takeFromPendingClaims(manifest));
      Saved saved = self.save(manifest);
      saved.vouched().stream()
          .map(domain -> new FolderDomain(manifest.slug(), domain, true, manifest.slug()))
          .forEach(domainChanges::add);
      switch (saved.outcome()) {
        case CREATED -> created.add(manifest.slug());
        case UPDATED -> updated.add(manifest.slug());
        case UNCHANGED -> unchanged.add(manifest.slug());
      }
    }
    directory.refresh();
    for (FolderDomain change : domainChanges) {
      directory
          .bySlug(change.tenant())
          .ifPresent(
              t ->
                  audited.fire(
                      new FolderDomainChange(
                          t,
                          change.domain(),
                          change.verified(),
                          "tenants/" + change.folder() + "/tenant.yaml lists it")));
    }
    if (withDemoData) {
      for (TenantManifest manifest : manifests) {
        directory
            .bySlug(manifest.slug())
            .ifPresent(t -> loaded.fire(new TenantFolderLoaded(t, manifest.demoFolder())));
      }
    }
    LOG.info(
        "Tenants from "
            + tenantsDir
            + ": created "
            + created
            + ", updated "
            + updated
            + ", unchanged "
            + unchanged);
    return new Report(created, updated, unchanged);
  }

  /** What saving one tenant did. */
  public enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  /**
   * A domain a folder verified for its tenant, or took from another tenant's pending claim.
   *
   * @param tenant the slug of the tenant whose domain changed
   * @param folder the slug of the folder that lists the domain
   */
  public record FolderDomain(String tenant, String domain, boolean verified, String folder) {}

  /** What saving one tenant did, and the pending domains its folder verified. */
  public record Saved(Outcome outcome, List<String> vouched) {}

  /**
   * Takes the domains a folder lists from other tenants' pending claims, in a transaction of its
   * own (before the folder's tenant claims them); a domain another tenant verified stops the load.
   *
   * @return the claims it took
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<FolderDomain> takeFromPendingClaims(TenantManifest manifest) {
    List<FolderDomain> lost = new ArrayList<>();
    for (String domain : manifest.domains()) {
      var held = tenants.findDomain(domain);
      if (held.isEmpty() || held.get().getTenant().getSlug().equals(manifest.slug())) {
        continue;
      }
      Tenant other = held.get().getTenant();
      if (held.get().isVerified()) {
        throw new IllegalArgumentException(
            manifest.folder() + ": domain " + domain + " belongs to another tenant");
      }
      LOG.log(
          Level.WARNING,
          "{0}: domain {1} was claimed, not verified, by {2}; the folder wins",
          new Object[] {manifest.folder(), domain, other.getSlug()});
      other.domains().release(domain);
      lost.add(new FolderDomain(other.getSlug(), domain, false, manifest.slug()));
    }
    return lost;
  }

  /** Writes one tenant in its own transaction. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Saved save(TenantManifest manifest) {
    Tenant tenant = tenants.findBySlug(manifest.slug()).orElse(null);
    String digest = manifest.digest();
    if (tenant != null && digest.equals(tenant.getFolderDigest())) {
      // The folder is as it was last loaded: what the console changed since then stays, but a
      // domain it lists is proven for this tenant.
      List<String> vouched = tenant.domains().vouchFromFolder(manifest.domains());
      return new Saved(vouched.isEmpty() ? Outcome.UNCHANGED : Outcome.UPDATED, vouched);
    }
    for (String domain : manifest.domains()) {
      if (tenants.domainTakenByOther(domain, manifest.slug())) {
        throw new IllegalArgumentException(
            manifest.folder() + ": domain " + domain + " belongs to another tenant");
      }
    }
    boolean created = tenant == null;
    if (created) {
      tenant =
          new Tenant(
              manifest.slug(),
              manifest.name(),
              manifest.regencyCode(),
              manifest.branding(),
              manifest.office());
      tenants.persist(tenant);
    }
    long versionBefore = tenant.getVersion();
    java.util.Set<String> domainsBefore = created ? java.util.Set.of() : tenant.domains().names();
    tenant.rename(manifest.name());
    tenant.brand(manifest.branding());
    tenant.describe(manifest.tagline(), manifest.office(), manifest.defaultLanguage());
    List<String> pendingBefore =
        tenant.domains().all().stream()
            .filter(d -> !d.isVerified())
            .map(TenantDomain::getDomain)
            .toList();
    tenant.domains().serveFromFolder(manifest.domains(), manifest.canonicalDomain());
    if (manifest.status() == TenantStatus.SUSPENDED) {
      tenant.suspend();
    } else {
      tenant.resume();
    }
    tenant.loadedFromFolder(digest);
    if (created) {
      tenants.flush();
    }
    boolean assetsChanged = false;
    for (Map.Entry<AssetKind, TenantManifest.Image> image :
        Map.of(AssetKind.LOGO, manifest.logo(), AssetKind.HERO, manifest.hero()).entrySet()) {
      assetsChanged |= saveAsset(tenant.getId(), image.getKey(), image.getValue());
    }
    tenants.flush();
    // Audited: the domains it verified, new ones included (a folder's domains are verified at
    // once).
    List<String> vouched =
        manifest.domains().stream()
            .filter(d -> created || pendingBefore.contains(d) || !domainsBefore.contains(d))
            .sorted()
            .toList();
    if (created) {
      return new Saved(Outcome.CREATED, vouched);
    }
    return new Saved(
        assetsChanged || tenant.getVersion() != versionBefore || !vouched.isEmpty()
            ? Outcome.UPDATED
            : Outcome.UNCHANGED,
        vouched);
  }

  private boolean saveAsset(long tenantId, AssetKind kind, TenantManifest.Image image) {
    byte[] content;
    try {
      content = Files.readAllBytes(image.file());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + image.file(), e);
    }
    var existing = tenants.findAsset(tenantId, kind);
    if (existing.isPresent()) {
      return existing.get().replace(image.contentType(), content);
    }
    tenants.persist(new TenantAsset(tenantId, kind, image.contentType(), content));
    return true;
  }
}
