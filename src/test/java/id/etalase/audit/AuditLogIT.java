package id.etalase.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.common.NotAllowedException;
import id.etalase.tenant.TenantDirectory;
import id.etalase.tenant.TenantSnapshot;
import id.etalase.tenant.TenantWork;
import id.etalase.testing.Actors;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit log on the real database: a tenant's admins read it, its operators see only the
 * dashboard's latest entries, owners nothing, and another tenant cannot find or count a single
 * entry of it; the name filter treats what it is given as text. Bondowoso is A, Situbondo is B.
 */
@ExtendWith(ArquillianExtension.class)
class AuditLogIT {

  @Inject TenantDirectory directory;
  @Inject TenantWork work;
  @Inject AuditLog auditLog;

  @Test
  void onlyTheTenantsAdminsReadItsLogAndOperatorsOnlyTheLatestEntries() {
    String name = marker();
    work.runAs(a(), () -> write(name));
    work.runAs(
        a(),
        () -> {
          AuditQuery mine = new AuditQuery("Uji", null, name);
          assertEquals(1, auditLog.count(Actors.admin(a()), mine));
          AuditEntry entry = auditLog.find(Actors.admin(a()), mine, 0, 10).get(0);
          assertEquals("system", entry.getActorName());
          assertEquals(
              List.of(new AuditEntry.Change("warna", "#000000", "#ffffff")), entry.getChangeList());
          assertTrue(
              auditLog.latest(Actors.operator(a()), 50).stream()
                  .anyMatch(e -> name.equals(e.getRecordName())));
          assertThrows(NotAllowedException.class, () -> auditLog.count(Actors.operator(a()), mine));
          assertThrows(
              NotAllowedException.class, () -> auditLog.find(Actors.operator(a()), mine, 0, 10));
          assertThrows(NotAllowedException.class, () -> auditLog.latest(Actors.owner(a(), 1), 5));
          assertThrows(NotAllowedException.class, () -> auditLog.count(Actors.admin(b()), mine));
          assertThrows(NotAllowedException.class, () -> auditLog.latest(Actors.admin(b()), 5));
        });
  }

  @Test
  void anotherTenantCannotFindOrCountAnEntryOfA() {
    String name = marker();
    work.runAs(a(), () -> write(name));
    work.runAs(
        b(),
        () -> {
          AuditQuery byName = new AuditQuery(null, null, name);
          assertEquals(0, auditLog.count(Actors.admin(b()), byName));
          assertEquals(List.of(), auditLog.find(Actors.admin(b()), byName, 0, 10));
          assertTrue(
              auditLog.latest(Actors.admin(b()), 1000).stream()
                  .noneMatch(e -> name.equals(e.getRecordName())));
        });
  }

  @Test
  void theNameFilterIsTextNotAPatternOrSql() {
    String name = marker();
    work.runAs(a(), () -> write(name));
    work.runAs(
        a(),
        () -> {
          for (String hostile :
              List.of("%", "_", "'; DROP TABLE audit_entry; --", "\\", "' OR '1'='1")) {
            assertEquals(
                0,
                auditLog.count(Actors.admin(a()), new AuditQuery("Uji", null, hostile)),
                hostile);
          }
          // Case does not matter: the name in upper case still finds it.
          assertEquals(
              1,
              auditLog.count(Actors.admin(a()), new AuditQuery("Uji", null, name.toUpperCase())));
        });
  }

  /** An entry of the current tenant, as a service writes one beside its change. */
  private void write(String recordName) {
    auditLog.record(
        Actor.SYSTEM,
        "Uji",
        null,
        recordName,
        "UPDATE",
        Map.of("warna", new FieldChange("#000000", "#ffffff")));
  }

  /** A record name no other entry has: each test writes its own. */
  private static String marker() {
    return "catatan-uji-" + System.nanoTime();
  }

  private TenantSnapshot a() {
    return directory.bySlug("bondowoso").orElseThrow();
  }

  private TenantSnapshot b() {
    return directory.bySlug("situbondo").orElseThrow();
  }
}
