package id.etalase.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.access.ConsoleUser;
import id.etalase.business.BusinessRepository;
import id.etalase.common.InvalidInputException;
import id.etalase.common.NotAllowedException;
import id.etalase.common.Problem;
import id.etalase.common.RecordNotFoundException;
import id.etalase.curation.PublicationStatus;
import id.etalase.tenant.TenantDirectory;
import id.etalase.tenant.TenantSnapshot;
import id.etalase.tenant.TenantWork;
import id.etalase.testing.Actors;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cluster (sentra) service on the real database: only a tenant's staff reach its clusters in
 * the console, another tenant cannot find, count or change them, and hostile input is refused field
 * by field without writing anything. Bondowoso is A, Situbondo is B.
 */
@ExtendWith(ArquillianExtension.class)
class ClusterIT {

  static final String TAMANAN = "sentra-batik-tamanan";

  @Inject TenantDirectory directory;
  @Inject TenantWork work;
  @Inject ClusterService clusterService;
  @Inject ClusterRepository clusters;
  @Inject BusinessRepository businesses;

  @Test
  void onlyTheTenantsStaffReachItsClustersInTheConsole() {
    work.runAs(
        a(),
        () -> {
          Cluster tamanan = clusters.findBySlug(TAMANAN).orElseThrow();
          long someBusiness = businesses.findAll().get(0).getId();
          ConsoleUser owner = Actors.owner(a(), someBusiness);
          ConsoleUser otherAdmin = Actors.admin(b());
          ClusterData before = tamanan.toData();
          long count = clusters.count();

          // Staff: operators and admins list, open and edit.
          assertTrue(slugs(clusterService.summaries(Actors.operator(a()))).contains(TAMANAN));
          assertEquals(
              before, clusterService.dataOf(Actors.admin(a()), tamanan.getId()).orElseThrow());
          // An owner picks a cluster for their business, but does not open or change one.
          assertTrue(clusterService.all(owner).stream().anyMatch(c -> c.getSlug().equals(TAMANAN)));
          assertThrows(NotAllowedException.class, () -> clusterService.summaries(owner));
          assertThrows(
              NotAllowedException.class, () -> clusterService.find(owner, tamanan.getId()));
          assertThrows(
              NotAllowedException.class,
              () -> clusterService.update(owner, tamanan.getId(), before));
          assertThrows(
              NotAllowedException.class,
              () -> clusterService.create(owner, before.withSlugAndStatus("sentra-pemilik", null)));
          // Another tenant's admin is nobody here, even with this tenant's ids.
          assertThrows(NotAllowedException.class, () -> clusterService.summaries(otherAdmin));
          assertThrows(NotAllowedException.class, () -> clusterService.all(otherAdmin));
          assertThrows(
              NotAllowedException.class, () -> clusterService.find(otherAdmin, tamanan.getId()));
          assertThrows(
              NotAllowedException.class,
              () -> clusterService.update(otherAdmin, tamanan.getId(), before));
          assertEquals(before, clusters.findBySlug(TAMANAN).orElseThrow().toData());
          assertEquals(count, clusters.count());
        });
  }

  @Test
  void anotherTenantCannotFindCountOrChangeTheClustersOfA() {
    long idOfA = work.callAs(a(), () -> clusters.findBySlug(TAMANAN).orElseThrow().getId());
    ClusterData dataOfA =
        work.callAs(a(), () -> clusters.findBySlug(TAMANAN).orElseThrow().toData());
    work.runAs(
        b(),
        () -> {
          ConsoleUser adminOfB = Actors.admin(b());
          assertTrue(clusterService.find(adminOfB, idOfA).isEmpty());
          assertTrue(clusterService.dataOf(adminOfB, idOfA).isEmpty());
          assertFalse(slugs(clusterService.summaries(adminOfB)).contains(TAMANAN));
          assertTrue(clusterService.publishedBySlug(TAMANAN).isEmpty());
          assertFalse(
              clusterService.published().stream().anyMatch(c -> c.getSlug().equals(TAMANAN)));
          assertThrows(
              RecordNotFoundException.class,
              () ->
                  clusterService.update(adminOfB, idOfA, dataOfA.withSlugAndStatus(TAMANAN, null)));
        });
    assertEquals(
        dataOfA, work.callAs(a(), () -> clusters.findBySlug(TAMANAN).orElseThrow().toData()));
  }

  @Test
  void hostileInputIsRefusedFieldByFieldAndWritesNothing() {
    work.runAs(
        a(),
        () -> {
          long count = clusters.count();
          ClusterData hostile =
              new ClusterData(
                  "Sentra <script>",
                  "",
                  "<img src=x onerror=alert(1)>",
                  "35.12.01", // a kecamatan of Situbondo, not of Bondowoso
                  new BigDecimal("200"),
                  new BigDecimal("-7.9"),
                  null,
                  null,
                  null,
                  null,
                  "'; DROP TABLE cluster; --",
                  "bukan nomor",
                  null);
          InvalidInputException refused =
              assertThrows(
                  InvalidInputException.class,
                  () -> clusterService.create(Actors.operator(a()), hostile));
          Set<String> fields =
              refused.problems().stream().map(Problem::field).collect(Collectors.toSet());
          assertEquals(
              Set.of("slug", "name", "districtCode", "latitude", "contactPhone"),
              fields,
              refused.problems().toString());
          assertEquals(count, clusters.count());
        });
    // The same fields, made good, are stored as typed: markup and quotes stay text.
    work.runAs(
        a(),
        () -> {
          long count = clusters.count();
          ClusterData good =
              new ClusterData(
                  "sentra-uji-" + System.nanoTime() % 100000,
                  "Sentra Uji",
                  "<img src=x onerror=alert(1)>",
                  null,
                  new BigDecimal("-7.98"),
                  new BigDecimal("113.79"),
                  null,
                  null,
                  null,
                  null,
                  "'; DROP TABLE cluster; --",
                  "0823 3112 4456",
                  PublicationStatus.PUBLISHED);
          long id = clusterService.create(Actors.operator(a()), good);
          Cluster stored = clusters.findById(id).orElseThrow();
          assertEquals(PublicationStatus.DRAFT, stored.getStatus(), "new clusters are drafts");
          assertEquals("<img src=x onerror=alert(1)>", stored.toData().description());
          assertEquals("'; DROP TABLE cluster; --", stored.toData().contactName());
          assertEquals("+6282331124456", stored.toData().contactPhone());
          assertEquals(count + 1, clusters.count());
        });
  }

  private static List<String> slugs(List<ClusterService.Summary> summaries) {
    return summaries.stream().map(s -> s.cluster().getSlug()).toList();
  }

  private TenantSnapshot a() {
    return directory.bySlug("bondowoso").orElseThrow();
  }

  private TenantSnapshot b() {
    return directory.bySlug("situbondo").orElseThrow();
  }
}
