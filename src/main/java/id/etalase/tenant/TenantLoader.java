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
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Creates or updates tenants from the folders under {@code tenants/}. Idempotent: a folder that
 * matches the database writes nothing, so running it twice changes nothing. A tenant is never
 * deleted here; removing its folder leaves it as it is.
 *
 * <p>Precedence: the tenant remembers the digest of the folder it was last loaded from ({@link
 * TenantManifest#digest()}). A folder is applied only when it changed since then, so branding
 * edited in the government console survives restarts, and a folder that someone edited still wins
 * over the console (the newer change wins either way).
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
        manifests.add(TenantManifest.read(folder));
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
    for (TenantManifest manifest : manifests) {
      switch (self.save(manifest)) {
        case CREATED -> created.add(manifest.slug());
        case UPDATED -> updated.add(manifest.slug());
        case UNCHANGED -> unchanged.add(manifest.slug());
      }
    }
    directory.refresh();
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

  /** Writes one tenant in its own transaction. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Outcome save(TenantManifest manifest) {
    Tenant tenant = tenants.findBySlug(manifest.slug()).orElse(null);
    String digest = manifest.digest();
    if (tenant != null && digest.equals(tenant.getFolderDigest())) {
      // The folder is as it was last loaded: what the console changed since then stays.
      return Outcome.UNCHANGED;
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
    tenant.rename(manifest.name());
    tenant.brand(manifest.branding());
    tenant.describe(manifest.tagline(), manifest.office(), manifest.defaultLanguage());
    tenant.serveOn(manifest.domains());
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
    if (created) {
      return Outcome.CREATED;
    }
    return assetsChanged || tenant.getVersion() != versionBefore
        ? Outcome.UPDATED
        : Outcome.UNCHANGED;
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
