package id.etalase.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.access.ConsoleUser;
import id.etalase.access.Role;
import id.etalase.business.BusinessData;
import id.etalase.business.BusinessRepository;
import id.etalase.business.BusinessService;
import id.etalase.catalog.PublicCatalog;
import id.etalase.common.InvalidInputException;
import id.etalase.common.NotAllowedException;
import id.etalase.common.RecordNotFoundException;
import id.etalase.tenant.TenantDirectory;
import id.etalase.tenant.TenantSnapshot;
import id.etalase.tenant.TenantWork;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The curation state machine on the real database, with the audit entry every step writes, and its
 * borders: other tenants' records, business owners, roles. Also owners' edits of published records,
 * which wait for the staff's approval.
 */
@ExtendWith(ArquillianExtension.class)
class CurationIT {

  @Inject TenantDirectory directory;
  @Inject TenantWork work;
  @Inject BusinessService businesses;
  @Inject BusinessRepository businessRepository;
  @Inject CurationService curation;
  @Inject PublicCatalog catalog;
  @Inject PendingChanges pendingChanges;

  @Resource(lookup = "jdbc/etalase")
  DataSource appDatabase;

  private TenantSnapshot a() {
    return directory.bySlug("bondowoso").orElseThrow();
  }

  private TenantSnapshot b() {
    return directory.bySlug("situbondo").orElseThrow();
  }

  private static ConsoleUser user(TenantSnapshot tenant, Role role, Long businessId) {
    return new ConsoleUser(
        tenant.id(),
        42,
        role.name().toLowerCase() + "@contoh.id",
        "Uji " + role,
        role,
        businessId,
        false,
        Instant.now(),
        0);
  }

  private long draft(TenantSnapshot tenant, String slug) {
    return work.callAs(
        tenant,
        () -> {
          businesses.upsert(
              BusinessData.basic(
                  slug, "Usaha " + slug, "Pemilik", "Uji kurasi", PublicationStatus.DRAFT));
          return businessRepository.findBySlug(slug).orElseThrow().getId();
        });
  }

  private PublicationStatus move(
      TenantSnapshot tenant, long id, CurationAction action, String reason, ConsoleUser who) {
    return work.callAs(tenant, () -> curation.apply(RecordType.Business, id, action, reason, who));
  }

  @Test
  void aRecordGoesFromDraftThroughSubmittedToPublishedAndOnlyThenIsPublic() {
    String slug = "kurasi-" + UUID.randomUUID().toString().substring(0, 8);
    long id = draft(a(), slug);
    ConsoleUser operator = user(a(), Role.OPERATOR, null);
    assertTrue(work.callAs(a(), () -> catalog.business(slug)).isEmpty(), "a draft is not public");

    assertEquals(PublicationStatus.SUBMITTED, move(a(), id, CurationAction.SUBMIT, null, operator));
    assertTrue(work.callAs(a(), () -> catalog.business(slug)).isEmpty(), "nor a submission");
    // Publishing a draft again, or restoring a submission, is refused with a message.
    InvalidInputException twice =
        assertThrows(
            InvalidInputException.class,
            () -> move(a(), id, CurationAction.SUBMIT, null, operator));
    assertTrue(twice.concerns("status"));
    assertThrows(
        InvalidInputException.class, () -> move(a(), id, CurationAction.RESTORE, null, operator));

    assertEquals(
        PublicationStatus.PUBLISHED, move(a(), id, CurationAction.PUBLISH, null, operator));
    assertTrue(work.callAs(a(), () -> catalog.business(slug)).isPresent(), "published is public");

    assertEquals(PublicationStatus.ARCHIVED, move(a(), id, CurationAction.ARCHIVE, null, operator));
    assertTrue(work.callAs(a(), () -> catalog.business(slug)).isEmpty(), "archived is not");
    assertEquals(PublicationStatus.DRAFT, move(a(), id, CurationAction.RESTORE, null, operator));
  }

  @Test
  void aRejectionNeedsAReasonWhichTheRecordKeepsUntilItIsSubmittedAgain() {
    long id = draft(a(), "tolak-" + UUID.randomUUID().toString().substring(0, 8));
    ConsoleUser admin = user(a(), Role.TENANT_ADMIN, null);
    move(a(), id, CurationAction.SUBMIT, null, admin);
    InvalidInputException noReason =
        assertThrows(
            InvalidInputException.class, () -> move(a(), id, CurationAction.REJECT, "  ", admin));
    assertTrue(noReason.concerns("reason"));
    assertEquals(
        PublicationStatus.REJECTED,
        move(a(), id, CurationAction.REJECT, "Foto produk buram, mohon kirim ulang.", admin));
    assertEquals(
        "Foto produk buram, mohon kirim ulang.",
        work.callAs(a(), () -> businessRepository.findById(id).orElseThrow().getRejectionReason()));
    move(a(), id, CurationAction.SUBMIT, null, admin);
    assertEquals(
        null,
        work.callAs(a(), () -> businessRepository.findById(id).orElseThrow().getRejectionReason()));
  }

  @Test
  void everyStepIsInTheAuditLogWithWhoWhatBeforeAndAfter() throws Exception {
    long id = draft(a(), "audit-" + UUID.randomUUID().toString().substring(0, 8));
    ConsoleUser operator = user(a(), Role.OPERATOR, null);
    move(a(), id, CurationAction.SUBMIT, null, operator);
    move(a(), id, CurationAction.REJECT, "NIB belum ada", operator);

    List<String> rows = new ArrayList<>();
    try (Connection db = appDatabase.getConnection()) {
      db.setAutoCommit(false);
      try (PreparedStatement bind =
          db.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
        bind.setString(1, Long.toString(a().id()));
        bind.execute();
      }
      try (PreparedStatement q =
          db.prepareStatement(
              "SELECT action, actor_kind, record_type, changes FROM audit_entry"
                  // Businesses and clusters take ids from different sequences: the type too.
                  + " WHERE tenant_id = ? AND record_type = 'Business' AND record_id = ?"
                  + " ORDER BY id")) {
        q.setLong(1, a().id());
        q.setLong(2, id);
        try (ResultSet r = q.executeQuery()) {
          while (r.next()) {
            rows.add(
                r.getString(1)
                    + " "
                    + r.getString(2)
                    + " "
                    + r.getString(3)
                    + " "
                    + r.getString(4));
          }
        }
      }
      db.rollback();
    }
    assertEquals(3, rows.size(), rows.toString());
    assertTrue(rows.get(0).startsWith("CREATE SYSTEM Business {"), rows.get(0));
    assertTrue(
        rows.get(0).contains("\"name\":{\"before\":\"\",\"after\":\"Usaha audit-"), rows.get(0));
    assertTrue(
        rows.get(1).contains("\"status\":{\"before\":\"DRAFT\",\"after\":\"SUBMITTED\"}"),
        rows.get(1));
    assertTrue(rows.get(2).startsWith("REJECT"), rows.get(2));
    assertTrue(
        rows.get(2).contains("\"rejectionReason\":{\"before\":\"\",\"after\":\"NIB belum ada\"}"),
        rows.get(2));
  }

  @Test
  void anotherTenantsRecordIsNotFoundForAnyAction() {
    long id = draft(a(), "lintas-" + UUID.randomUUID().toString().substring(0, 8));
    ConsoleUser adminOfB = user(b(), Role.TENANT_ADMIN, null);
    for (CurationAction action : CurationAction.values()) {
      assertThrows(
          RecordNotFoundException.class,
          () -> move(b(), id, action, "alasan", adminOfB),
          action.name());
    }
    assertEquals(
        PublicationStatus.DRAFT,
        work.callAs(a(), () -> businessRepository.findById(id).orElseThrow().getStatus()),
        "untouched");
  }

  @Test
  void aBusinessOwnerSubmitsOnlyTheirOwnBusinessAndPublishesNothing() {
    long own = draft(a(), "milik-" + UUID.randomUUID().toString().substring(0, 8));
    long other = draft(a(), "bukan-" + UUID.randomUUID().toString().substring(0, 8));
    ConsoleUser owner = user(a(), Role.BUSINESS_OWNER, own);
    assertThrows(
        RecordNotFoundException.class, () -> move(a(), other, CurationAction.SUBMIT, null, owner));
    assertEquals(PublicationStatus.SUBMITTED, move(a(), own, CurationAction.SUBMIT, null, owner));
    assertThrows(
        NotAllowedException.class, () -> move(a(), own, CurationAction.PUBLISH, null, owner));
    assertThrows(
        NotAllowedException.class, () -> move(a(), own, CurationAction.ARCHIVE, null, owner));
  }

  private String description(long id) {
    return work.callAs(a(), () -> businessRepository.findById(id).orElseThrow().getDescription());
  }

  @Test
  void anOwnersEditOfAPublishedBusinessWaitsUntilStaffApproveIt() {
    String slug = "usul-" + UUID.randomUUID().toString().substring(0, 8);
    long id = draft(a(), slug);
    long other = draft(a(), "lain-" + UUID.randomUUID().toString().substring(0, 8));
    ConsoleUser operator = user(a(), Role.OPERATOR, null);
    ConsoleUser owner = user(a(), Role.BUSINESS_OWNER, id);
    ConsoleUser otherOwner = user(a(), Role.BUSINESS_OWNER, other);
    move(a(), id, CurationAction.SUBMIT, null, operator);
    move(a(), id, CurationAction.PUBLISH, null, operator);
    BusinessData edit =
        BusinessData.basic(
            slug, "Usaha " + slug, "Pemilik", "Deskripsi baru", PublicationStatus.PUBLISHED);

    assertTrue(
        work.callAs(a(), () -> pendingChanges.propose(RecordType.Business, id, edit, owner)));
    assertEquals("Uji kurasi", description(id), "the public keeps the published version");
    assertEquals(
        List.of(new PendingChanges.FieldRow("description", "Uji kurasi", "Deskripsi baru")),
        work.callAs(a(), () -> pendingChanges.rows(RecordType.Business, id, owner)));
    assertThrows(
        RecordNotFoundException.class,
        () -> work.callAs(a(), () -> pendingChanges.rows(RecordType.Business, id, otherOwner)));
    assertThrows(
        RecordNotFoundException.class,
        () ->
            work.callAs(
                a(), () -> pendingChanges.propose(RecordType.Business, id, edit, otherOwner)));
    assertThrows(
        NotAllowedException.class,
        () -> work.runAs(a(), () -> pendingChanges.approve(RecordType.Business, id, owner)));

    work.runAs(a(), () -> pendingChanges.approve(RecordType.Business, id, operator));
    assertEquals("Deskripsi baru", description(id));
    assertEquals(
        PublicationStatus.PUBLISHED,
        work.callAs(a(), () -> businessRepository.findById(id).orElseThrow().getStatus()));
    assertEquals(
        List.of(), work.callAs(a(), () -> pendingChanges.rows(RecordType.Business, id, operator)));
  }

  @Test
  void anOwnersEditOfARecordThePublicDoesNotSeeIsNotKeptForApproval() {
    String slug = "konsep-" + UUID.randomUUID().toString().substring(0, 8);
    long id = draft(a(), slug);
    ConsoleUser owner = user(a(), Role.BUSINESS_OWNER, id);
    BusinessData edit =
        BusinessData.basic(slug, "Usaha " + slug, "Pemilik", "Lain", PublicationStatus.DRAFT);
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                work.callAs(
                    a(), () -> pendingChanges.propose(RecordType.Business, id, edit, owner)));
    assertTrue(refused.concerns("status"));
    assertEquals(
        List.of(), work.callAs(a(), () -> pendingChanges.rows(RecordType.Business, id, owner)));
  }

  @Test
  void theQueueOfWaitingChangesIsTheStaffsAlone() {
    long id = draft(a(), "antrean-" + UUID.randomUUID().toString().substring(0, 8));
    ConsoleUser owner = user(a(), Role.BUSINESS_OWNER, id);
    assertThrows(
        NotAllowedException.class, () -> work.callAs(a(), () -> pendingChanges.oldest(owner, 20)));
    assertTrue(
        work.callAs(a(), () -> pendingChanges.oldest(user(a(), Role.OPERATOR, null), 20)).size()
            <= 20);
  }
}
