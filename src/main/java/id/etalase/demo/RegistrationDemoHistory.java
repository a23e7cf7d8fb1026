package id.etalase.demo;

import static id.etalase.common.YamlFiles.text;

import id.etalase.audit.AuditLog;
import id.etalase.audit.FieldChange;
import id.etalase.business.Business;
import id.etalase.business.BusinessRepository;
import id.etalase.common.YamlFiles;
import id.etalase.curation.CurationAction;
import id.etalase.curation.PublicationStatus;
import id.etalase.curation.RecordType;
import id.etalase.tenant.CurrentTenant;
import id.etalase.tenant.TenantEntityManager;
import id.etalase.tenant.TenantFolderLoaded;
import id.etalase.tenant.TenantWork;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Spreads a demo tenant's demo businesses over six months of registrations and publications, so the
 * dashboard's chart of them by month is a history rather than one spike on the day the server first
 * started: each business of {@code demo/businesses.yaml} gets a registration date ({@code
 * created_at}) and, when published, a publication in the audit log a few days later, by {@link
 * id.etalase.audit.Actor#DEMO_HISTORY}. The seed is the tenant's slug, so every start spreads them
 * the same way. Written once: only while the demo businesses are all as new as their import (the
 * spread makes every one older than a day), so a later start, or a tenant that has been running for
 * weeks, is left alone. Switched by {@code etalase.demo.history}, like the orders and traffic.
 */
@ApplicationScoped
public class RegistrationDemoHistory {

  /** After the demo businesses and products; before the orders and traffic, which start at it. */
  static final int ORDER = DemoImportOrder.ACCOUNTS + 250;

  static final int DAYS = 182;

  /** The youngest a spread registration is: twice what tells a fresh import from a spread one. */
  static final Duration NEWEST = Duration.ofDays(2);

  private static final Duration FRESH = Duration.ofDays(1);

  private static final Logger LOG = Logger.getLogger(RegistrationDemoHistory.class.getName());

  @Inject
  @ConfigProperty(name = "etalase.demo.history", defaultValue = "true")
  boolean enabled;

  @Inject private TenantWork work;
  @Inject private BusinessRepository businesses;
  @Inject private AuditLog audit;
  @Inject private TenantEntityManager tenantEm;
  @Inject private CurrentTenant currentTenant;

  /** When one business registered, and when it was published (null for one never published). */
  record Dates(OffsetDateTime registered, OffsetDateTime published) {}

  void onTenantLoaded(@Observes @Priority(ORDER) TenantFolderLoaded event) {
    if (!enabled) {
      return;
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
    int spread = work.callAs(event.tenant(), () -> generate(event.demoFolder(), now));
    if (spread > 0) {
      LOG.info(event.tenant().slug() + ": " + spread + " demo registrations spread over months");
    }
  }

  /**
   * Spreads the current tenant's demo businesses (those of the demo folder's businesses file), in
   * the caller's transaction, flushed so native SQL of the same transaction sees it.
   *
   * @param now what the spread counts back from
   * @return how many businesses it spread; none when they were already spread or there are none
   */
  public int generate(Path demoFolder, OffsetDateTime now) {
    List<String> slugs = new ArrayList<>();
    for (Map<?, ?> row :
        YamlFiles.readMappingsIfPresent(demoFolder.resolve(BusinessDemoImporter.FILE))) {
      String slug = text(row, "slug");
      if (slug != null) {
        slugs.add(slug);
      }
    }
    List<Business> demo = new ArrayList<>(businesses.findBySlugs(slugs).values());
    long tenant = currentTenant.require().id();
    if (demo.isEmpty() || anyOlder(tenant, demo, now.minus(FRESH))) {
      return 0;
    }
    demo.sort((a, b) -> a.getSlug().compareTo(b.getSlug()));
    List<Dates> dates =
        spread(
            currentTenant.require().slug(),
            demo.stream().map(b -> b.getStatus() == PublicationStatus.PUBLISHED).toList(),
            now);
    try (PreparedStatement back =
        tenantEm
            .connection()
            .prepareStatement(
                "UPDATE business SET created_at = ? WHERE tenant_id = ? AND id = ?")) {
      for (int i = 0; i < demo.size(); i++) {
        back.setObject(1, dates.get(i).registered());
        back.setLong(2, tenant);
        back.setLong(3, demo.get(i).getId());
        back.addBatch();
      }
      back.executeBatch();
    } catch (SQLException e) {
      throw new PersistenceException("The demo registrations could not be spread", e);
    }
    for (int i = 0; i < demo.size(); i++) {
      Business b = demo.get(i);
      OffsetDateTime published = dates.get(i).published();
      if (published != null) {
        // As CurationService records a publication, so the dashboard counts it as one.
        audit.recordGenerated(
            published,
            RecordType.Business.name(),
            b.getId(),
            b.getName(),
            CurationAction.PUBLISH.name(),
            Map.of(
                "status",
                new FieldChange(PublicationStatus.SUBMITTED, PublicationStatus.PUBLISHED)));
      }
    }
    tenantEm.get().flush();
    return demo.size();
  }

  /**
   * Whether any of these businesses was created before {@code than}. Asked of the database, not of
   * the entities: their {@code created_at} is not updatable through JPA, so the loaded copies keep
   * the import's time after the native update above.
   */
  private boolean anyOlder(long tenant, List<Business> demo, OffsetDateTime than) {
    try (PreparedStatement q =
        tenantEm
            .connection()
            .prepareStatement(
                "SELECT count(*) FROM business WHERE tenant_id = ? AND id = ANY (?)"
                    + " AND created_at < ?")) {
      q.setLong(1, tenant);
      q.setArray(
          2,
          tenantEm
              .connection()
              .createArrayOf("bigint", demo.stream().map(Business::getId).toArray()));
      q.setObject(3, than);
      try (ResultSet r = q.executeQuery()) {
        r.next();
        return r.getLong(1) > 0;
      }
    } catch (SQLException e) {
      throw new PersistenceException("The demo registrations could not be read", e);
    }
  }

  /**
   * The dates of {@code published.size()} businesses (in slug order), from the tenant's slug.
   * Stratified rather than drawn independently: the months each get their share of the
   * registrations even in a tenant of a dozen demo businesses, in an order the seed shuffles, a
   * little denser in recent months as a programme gathers pace. A publication follows its
   * registration after one to fourteen days of curation, and is never in the future.
   */
  static List<Dates> spread(String seed, List<Boolean> published, OffsetDateTime now) {
    Objects.requireNonNull(seed, "seed");
    int n = published.size();
    Random random = new Random(seed.hashCode());
    List<Integer> slots = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      slots.add(i);
    }
    Collections.shuffle(slots, random);
    long newest = NEWEST.toMinutes();
    long span = Duration.ofDays(DAYS).toMinutes() - newest;
    List<Dates> dates = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      double at = (slots.get(i) + random.nextDouble()) / n;
      long age = newest + Math.round(span * Math.pow(at, 1.2));
      OffsetDateTime registered = now.minusMinutes(age);
      OffsetDateTime publication = null;
      double curationMinutes = (1 + random.nextDouble() * 13) * 24 * 60;
      if (published.get(i)) {
        publication = registered.plusMinutes(Math.round(curationMinutes));
        if (!publication.isBefore(now)) {
          publication = registered.plusMinutes(age / 2);
        }
      }
      dates.add(new Dates(registered, publication));
    }
    return dates;
  }
}
