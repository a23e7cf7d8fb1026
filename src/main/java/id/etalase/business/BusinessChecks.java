package id.etalase.business;

import id.etalase.cluster.ClusterRepository;
import id.etalase.common.InputChecks;
import id.etalase.common.InvalidInputException;
import id.etalase.region.RegionRepository;
import id.etalase.tenant.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The checks every write of a business passes, from a form, an import, a registration or an
 * approved change: fields normalised, areas within the tenant's regency, links and certificates.
 */
@ApplicationScoped
@Transactional
public class BusinessChecks {

  @Inject private ClusterRepository clusters;
  @Inject private RegionRepository regions;
  @Inject private CurrentTenant currentTenant;

  /**
   * Checks and normalises a business's fields (phone numbers to E.164, areas within the tenant's
   * regency) without writing anything: for changes that wait for approval, and for {@link #upsert}.
   *
   * @throws InvalidInputException with every problem
   */
  public BusinessData checked(BusinessData input) {
    InputChecks in = new InputChecks();
    String slug = in.slug("slug", input.slug());
    String regency = currentTenant.require().regencyCode();
    String district = in.text("districtCode", input.districtCode(), 8);
    if (district != null && !regions.isDistrictOf(regency, district)) {
      in.problem("districtCode", "problem.district", district);
    }
    String village = in.text("villageCode", input.villageCode(), 13);
    if (village != null && (district == null || !regions.isVillageOf(district, village))) {
      in.problem("villageCode", "problem.village", village);
    }
    String nib = in.text("nib", input.nib(), 13);
    if (nib != null && !nib.matches("[0-9]{13}")) {
      in.problem("nib", "problem.nib", nib);
    }
    if (input.clusterSlug() != null && clusters.findBySlug(input.clusterSlug()).isEmpty()) {
      in.problem("clusterSlug", "problem.cluster", input.clusterSlug());
    }
    List<BusinessData.Link> links = new ArrayList<>();
    for (BusinessData.Link link : input.links()) {
      String url = in.url("links", link.url());
      if (url != null) {
        links.add(new BusinessData.Link(link.kind() == null ? LinkKind.OTHER : link.kind(), url));
      }
    }
    if (links.size() > 10) {
      in.problem("links", "problem.tooMany", 10);
    }
    Set<CertificationKind> kinds = EnumSet.noneOf(CertificationKind.class);
    List<BusinessData.CertificationData> certifications = new ArrayList<>();
    for (BusinessData.CertificationData c : input.certifications()) {
      String number = in.required("certifications", c.number(), 60);
      if (c.kind() == null || !kinds.add(c.kind())) {
        in.problem("certifications", "problem.certification", String.valueOf(c.kind()));
      } else if (number != null) {
        certifications.add(new BusinessData.CertificationData(c.kind(), number, c.expiresOn()));
      }
    }
    BusinessData data =
        new BusinessData(
            slug,
            in.required("name", input.name(), 200),
            in.text("ownerName", input.ownerName(), 200),
            in.text("description", input.description(), 5000),
            in.text("sector", input.sector(), 60),
            district,
            village,
            in.text("streetAddress", input.streetAddress(), 300),
            in.coordinate("latitude", input.latitude(), 90),
            in.coordinate("longitude", input.longitude(), 180),
            in.phone("phone", input.phone()),
            in.whatsapp("whatsapp", input.whatsapp()),
            in.email("email", input.email()),
            in.range("foundedYear", input.foundedYear(), 1900, Year.now().getValue()),
            nib,
            input.clusterSlug(),
            links,
            certifications,
            input.status(),
            payment(in, input.payment()));
    in.verify();
    return data;
  }

  /** Bank, account and holder go together; the QRIS image is a file the pipeline wrote. */
  private static PaymentDetails payment(InputChecks in, PaymentDetails p) {
    String bank = in.text("payment", p.bank(), 60);
    String account = in.text("payment", p.accountNumber(), 40);
    String holder = in.text("payment", p.accountHolder(), 120);
    if (account != null && !account.matches("[0-9][0-9 .-]{4,38}[0-9]")) {
      in.problem("payment", "problem.accountNumber", account);
    }
    if ((bank == null) != (account == null) || holder != null && account == null) {
      in.problem("payment", "problem.bankTransfer");
    }
    String qris = in.text("payment", p.qris(), 40);
    if (qris != null && !qris.matches(PaymentDetails.QRIS_FILE)) {
      in.problem("payment", "problem.qris", qris);
    }
    return new PaymentDetails(bank, account, holder, qris);
  }
}
