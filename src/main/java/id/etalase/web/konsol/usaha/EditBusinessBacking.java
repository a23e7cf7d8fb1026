package id.etalase.web.konsol.usaha;

import id.etalase.access.ConsoleUser;
import id.etalase.access.Role;
import id.etalase.business.BusinessService;
import id.etalase.business.CertificationKind;
import id.etalase.business.LinkKind;
import id.etalase.catalog.Product;
import id.etalase.catalog.ProductService;
import id.etalase.cluster.Cluster;
import id.etalase.cluster.ClusterService;
import id.etalase.common.InvalidInputException;
import id.etalase.common.NotAllowedException;
import id.etalase.common.RecordNotFoundException;
import id.etalase.curation.PublicationStatus;
import id.etalase.curation.RecordType;
import id.etalase.media.PhotoOwner;
import id.etalase.media.PhotoService;
import id.etalase.region.RegionNames;
import id.etalase.region.RegionRepository;
import id.etalase.region.Village;
import id.etalase.registration.BusinessRegistration;
import id.etalase.registration.RegistrationService;
import id.etalase.web.admin.AccountsBacking;
import id.etalase.web.consoles.common.CuratedRecordBacking;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;

/**
 * Creating and editing one business ({@code konsol/usaha/ubah.xhtml?id=…}): every field of the
 * profile, its photos, and its curation. An id of another tenant, or of another business for a
 * business owner, is answered with 404.
 */
@Named
@ViewScoped
public class EditBusinessBacking extends CuratedRecordBacking {

  private static final long serialVersionUID = 1L;

  /** Form fields by the service's field names, for placing refusals next to their inputs. */
  private static final Map<String, String> FIELDS =
      Map.ofEntries(
          Map.entry("slug", "business:slug"),
          Map.entry("name", "business:name"),
          Map.entry("ownerName", "business:ownerName"),
          Map.entry("description", "business:description"),
          Map.entry("sector", "business:sector"),
          Map.entry("districtCode", "business:district"),
          Map.entry("villageCode", "business:village"),
          Map.entry("streetAddress", "business:streetAddress"),
          Map.entry("latitude", "business:latitude"),
          Map.entry("longitude", "business:longitude"),
          Map.entry("phone", "business:phone"),
          Map.entry("whatsapp", "business:whatsapp"),
          Map.entry("email", "business:email"),
          Map.entry("foundedYear", "business:foundedYear"),
          Map.entry("nib", "business:nib"),
          Map.entry("clusterSlug", "business:cluster"),
          Map.entry("payment", "business:paymentBank"));

  @Inject private transient BusinessService businesses;
  @Inject private transient ProductService productService;
  @Inject private transient RegionRepository regions;
  @Inject private transient ClusterService clusters;
  @Inject private transient RegistrationService registrations;
  @Inject private transient PhotoService photoService;

  private BusinessForm form = new BusinessForm();
  private Map<String, String> districts;
  private List<Cluster> clusterList = List.of();
  private List<Product> products = List.of();
  private BusinessRegistration registration;

  /** Loads the business named by the URL, or starts a new one. */
  public void load() throws IOException {
    if (districts != null) {
      return;
    }
    ConsoleUser user = signedIn.require();
    if (!openedWithId()) {
      return;
    }
    if (isNew() && user.role() == Role.BUSINESS_OWNER) {
      notFound();
      return;
    }
    if (!isNew()) {
      var business = businesses.find(user, getId());
      if (business.isEmpty()) {
        notFound();
        return;
      }
      form = BusinessForm.of(businesses.dataOf(user, getId()).orElseThrow());
      loaded(business.get());
      products = productService.ofBusiness(user, getId());
      if (user.role() != Role.BUSINESS_OWNER) {
        registration = registrations.of(user, getId()).orElse(null);
      }
    }
    districts = new LinkedHashMap<>();
    regions
        .districtsOf(currentTenant.require().regencyCode())
        .forEach(d -> districts.put(d.getCode(), d.getName()));
    clusterList = clusters.all(user);
  }

  public void save() throws IOException {
    try {
      if (isNew()) {
        if (form.getSlug() == null || form.getSlug().isBlank()) {
          form.setSlug(form.getName() == null ? null : RegionNames.slug(form.getName()));
        }
        long created = businesses.create(signedIn.require(), form.toData(PublicationStatus.DRAFT));
        external().getFlash().put("saved", true);
        external().redirect(currentTenant.link("/konsol/usaha/ubah") + "?id=" + created);
        return;
      }
      if (editsWait()) {
        propose(form.toData(getStatus()), FIELDS);
        return;
      }
      businesses.update(signedIn.require(), getId(), form.toData(getStatus()));
      messages.info("console.saved");
    } catch (InvalidInputException refused) {
      messages.problems(refused, FIELDS);
    } catch (RecordNotFoundException | NotAllowedException gone) {
      notFound();
    }
  }

  /** Takes a static QRIS image through the photo pipeline; saving the form applies it. */
  public void uploadQris(FileUploadEvent event) {
    try {
      form.setPaymentQris(
          photoService.storeImage(
              signedIn.require(),
              PhotoOwner.business(form.getSlug()),
              event.getFile().getContent()));
      messages.info("business.payment.qrisUploaded");
    } catch (InvalidInputException refused) {
      refused
          .problems()
          .forEach(
              p ->
                  messages.error(
                      "photo.refused",
                      event.getFile().getFileName(),
                      messages.text(p.messageKey(), p.arguments().toArray())));
    } catch (RecordNotFoundException | NotAllowedException gone) {
      notFound();
    }
  }

  public void removeQris() {
    form.setPaymentQris(null);
  }

  public List<Village> getVillages() {
    return form.getDistrictCode() == null ? List.of() : regions.villagesOf(form.getDistrictCode());
  }

  public void districtChanged() {
    form.setVillageCode(null);
  }

  public boolean isJustCreated() {
    return Boolean.TRUE.equals(external().getFlash().get("saved"));
  }

  public BusinessForm getForm() {
    return form;
  }

  public Map<String, String> getDistricts() {
    return districts;
  }

  public List<Product> getProducts() {
    return products;
  }

  public List<Cluster> getClusters() {
    return clusterList;
  }

  public LinkKind[] getLinkKinds() {
    return LinkKind.values();
  }

  public CertificationKind[] getCertificationKinds() {
    return CertificationKind.values();
  }

  @Override
  protected void reloadFields() {
    form = BusinessForm.of(businesses.dataOf(signedIn.require(), getId()).orElseThrow());
  }

  @Override
  protected RecordType recordType() {
    return RecordType.Business;
  }

  @Override
  protected PhotoOwner photoOwner() {
    return PhotoOwner.business(form.getSlug());
  }

  @Override
  protected String photoAltText() {
    return form.getName();
  }

  @Override
  public String getPublicUrl() {
    return currentTenant.link("/usaha/" + form.getSlug());
  }

  /** How its owner registered the business on the public form; null when staff added it. */
  public BusinessRegistration getRegistration() {
    return registration;
  }

  /** The accounts page, its invitation filled in for the applicant as the business's owner. */
  public String getInviteApplicantLink() {
    if (registration == null || registration.getApplicantEmail() == null) {
      return null;
    }
    return currentTenant.link("/admin/akun")
        + "?"
        + AccountsBacking.INVITE_BUSINESS
        + "="
        + URLEncoder.encode(form.getSlug(), StandardCharsets.UTF_8)
        + "&"
        + AccountsBacking.INVITE_EMAIL
        + "="
        + URLEncoder.encode(registration.getApplicantEmail(), StandardCharsets.UTF_8)
        + "&"
        + AccountsBacking.INVITE_NAME
        + "="
        + URLEncoder.encode(registration.getApplicantName(), StandardCharsets.UTF_8);
  }
}
