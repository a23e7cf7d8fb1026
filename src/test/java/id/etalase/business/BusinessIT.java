package id.etalase.business;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.etalase.common.InvalidInputException;
import id.etalase.common.Problem;
import id.etalase.curation.PublicationStatus;
import id.etalase.tenant.TenantDirectory;
import id.etalase.tenant.TenantSnapshot;
import id.etalase.tenant.TenantWork;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The business service on the real database: every field of a business profile is checked, and a
 * refused profile writes nothing. Who may reach which business is in {@code CatalogIT} and the
 * console tests; Bondowoso is A.
 */
@ExtendWith(ArquillianExtension.class)
class BusinessIT {

  @Inject TenantDirectory directory;
  @Inject TenantWork work;
  @Inject BusinessService businessService;
  @Inject BusinessRepository businesses;

  @Test
  void hostileInputIsRefusedFieldByFieldAndWritesNothing() {
    long before = work.callAs(a(), businesses::count);
    BusinessData hostile =
        new BusinessData(
            "Robert'); DROP TABLE business;--",
            "  ",
            "x".repeat(300),
            null,
            null,
            "35.12.01", // a kecamatan of Situbondo, not Bondowoso
            "35.11.02.2005",
            null,
            new BigDecimal("200"),
            new BigDecimal("-7.9"),
            "'; DROP TABLE business; --",
            "(0332) 421234", // a landline cannot take WhatsApp
            "bukan-email",
            1800,
            "12",
            null,
            List.of(new BusinessData.Link(LinkKind.WEBSITE, "javascript:alert(1)")),
            List.of(
                new BusinessData.CertificationData(CertificationKind.HALAL, "ID123", null),
                new BusinessData.CertificationData(CertificationKind.HALAL, "ID456", null)),
            PublicationStatus.PUBLISHED,
            null);
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> work.callAs(a(), () -> businessService.upsert(hostile)));
    Set<String> fields =
        refused.problems().stream().map(Problem::field).collect(Collectors.toSet());
    assertEquals(
        Set.of(
            "slug",
            "name",
            "ownerName",
            "districtCode",
            "villageCode",
            "latitude",
            "phone",
            "whatsapp",
            "email",
            "foundedYear",
            "nib",
            "links",
            "certifications"),
        fields);
    assertEquals(before, work.callAs(a(), businesses::count));
  }

  private TenantSnapshot a() {
    return directory.bySlug("bondowoso").orElseThrow();
  }
}
