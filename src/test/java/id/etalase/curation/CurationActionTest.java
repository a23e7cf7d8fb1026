package id.etalase.curation;

import static id.etalase.curation.CurationAction.ARCHIVE;
import static id.etalase.curation.CurationAction.PUBLISH;
import static id.etalase.curation.CurationAction.REJECT;
import static id.etalase.curation.CurationAction.RESTORE;
import static id.etalase.curation.CurationAction.SUBMIT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.etalase.access.Role;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class CurationActionTest {

  @Test
  void whatEachStatusAllowsAnOperator() {
    assertEquals(
        EnumSet.of(SUBMIT, ARCHIVE),
        CurationAction.available(PublicationStatus.DRAFT, Role.OPERATOR));
    assertEquals(
        EnumSet.of(PUBLISH, REJECT, ARCHIVE),
        CurationAction.available(PublicationStatus.SUBMITTED, Role.OPERATOR));
    assertEquals(
        EnumSet.of(ARCHIVE), CurationAction.available(PublicationStatus.PUBLISHED, Role.OPERATOR));
    assertEquals(
        EnumSet.of(SUBMIT, ARCHIVE),
        CurationAction.available(PublicationStatus.REJECTED, Role.OPERATOR));
    assertEquals(
        EnumSet.of(RESTORE), CurationAction.available(PublicationStatus.ARCHIVED, Role.OPERATOR));
  }

  @Test
  void ownersOnlySubmitAndPlatformAdminsDoNothingInATenant() {
    assertEquals(
        EnumSet.of(SUBMIT), CurationAction.available(PublicationStatus.DRAFT, Role.BUSINESS_OWNER));
    assertEquals(
        EnumSet.noneOf(CurationAction.class),
        CurationAction.available(PublicationStatus.SUBMITTED, Role.BUSINESS_OWNER));
    assertEquals(
        EnumSet.noneOf(CurationAction.class),
        CurationAction.available(PublicationStatus.DRAFT, Role.PLATFORM_ADMIN));
  }
}
