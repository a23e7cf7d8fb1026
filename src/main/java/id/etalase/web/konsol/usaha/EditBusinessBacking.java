package id.etalase.web.konsol.usaha;

import id.etalase.account.ConsoleUser;
import id.etalase.account.Role;
import id.etalase.business.BusinessService;
import id.etalase.business.CertificationKind;
import id.etalase.business.LinkKind;
import id.etalase.catalog.Product;
import id.etalase.catalog.ProductService;
import id.etalase.cluster.Cluster;
import id.etalase.cluster.ClusterService;
import id.etalase.curation.CurationAction;
import id.etalase.curation.PublicationStatus;
import id.etalase.curation.RecordType;
import id.etalase.media.Photo;
import id.etalase.media.PhotoOwner;
import id.etalase.media.PhotoRecords;
import id.etalase.platform.InvalidInputException;
import id.etalase.platform.RecordNotFoundException;
import id.etalase.region.RegionNames;
import id.etalase.region.RegionRepository;
import id.etalase.region.Village;
import id.etalase.tenant.CurrentTenant;
import id.etalase.web.console.ConsoleMessages;
import id.etalase.web.console.ConsoleRecordPage;
import id.etalase.web.console.SignedIn;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.primefaces.event.FileUploadEvent;

/**
 * Creating and editing one business ({@code konsol/usaha/ubah.xhtml?id=…}): every field of the
 * profile, its photos, and its curation. An id of another tenant, or of another business for a
 * business owner, is answered with 404.
 */
@Named
@ViewScoped
public class EditBusinessBacking implements Serializable {

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
          Map.entry("clusterSlug", "business:cluster"));

  @Inject private transient BusinessService businesses;
  @Inject private transient ConsoleRecordPage page;
  @Inject private transient ProductService productService;
  @Inject private transient PhotoRecords photoRecords;
  @Inject private transient RegionRepository regions;
  @Inject private transient ClusterService clusters;
  @Inject private transient CurrentTenant currentTenant;
  @Inject private transient SignedIn signedIn;
  @Inject private transient ConsoleMessages messages;

  private Long id;
  private BusinessForm form = new BusinessForm();
  private PublicationStatus status = PublicationStatus.DRAFT;
  private String rejectionReason;
  private String reason;
  private Map<String, String> districts;
  private List<Photo> photos = List.of();
  private List<Cluster> clusterList = List.of();
  private List<Product> products = List.of();

  /** Loads the business named by the URL, or starts a new one. */
  public void load() throws IOException {
    if (districts != null) {
      return;
    }
    ConsoleUser user = signedIn.require();
    if (id == null && user.role() == Role.BUSINESS_OWNER) {
      notFound();
      return;
    }
    if (id != null) {
      if (user.role() == Role.BUSINESS_OWNER && !Objects.equals(id, user.businessId())) {
        notFound();
        return;
      }
      var business = businesses.find(id);
      if (business.isEmpty()) {
        notFound();
        return;
      }
      status = business.get().getStatus();
      rejectionReason = business.get().getRejectionReason();
      form = BusinessForm.of(businesses.dataOf(id).orElseThrow());
      loadPhotos();
      products = productService.ofBusiness(id);
    }
    districts = new LinkedHashMap<>();
    regions
        .districtsOf(currentTenant.require().regencyCode())
        .forEach(d -> districts.put(d.getCode(), d.getName()));
    clusterList = clusters.all();
  }

  public void save() throws IOException {
    try {
      if (id == null) {
        if (form.getSlug() == null || form.getSlug().isBlank()) {
          form.setSlug(form.getName() == null ? null : RegionNames.slug(form.getName()));
        }
        long created = businesses.create(form.toData(PublicationStatus.DRAFT));
        external().getFlash().put("saved", true);
        external().redirect(currentTenant.link("/konsol/usaha/ubah") + "?id=" + created);
        return;
      }
      if (signedIn.require().role() == Role.BUSINESS_OWNER
          && status == PublicationStatus.PUBLISHED) {
        messages.error("business.ownerPublished");
        return;
      }
      businesses.update(id, form.toData(status));
      messages.info("console.saved");
    } catch (InvalidInputException refused) {
      messages.problems(refused, FIELDS);
    } catch (RecordNotFoundException gone) {
      notFound();
    }
  }

  public void curate(CurationAction action) {
    page.curate(RecordType.Business, id, action, reason)
        .ifPresent(
            moved -> {
              status = moved;
              rejectionReason = action == CurationAction.REJECT ? reason : null;
              reason = null;
            });
  }

  public Set<CurationAction> getActions() {
    return id == null ? Set.of() : CurationAction.available(status, signedIn.require().role());
  }

  /**
   * Whether the reason field shows: EL would compare the text "REJECT" with the enum constants of
   * {@link #getActions()} and never find it.
   */
  public boolean isRejectable() {
    return getActions().contains(CurationAction.REJECT);
  }

  public void upload(FileUploadEvent event) {
    photos = page.upload(PhotoOwner.business(form.getSlug()), event, form.getName());
  }

  public void makePrimary(long photoId) {
    photos = page.makePrimary(PhotoOwner.business(form.getSlug()), photoId);
  }

  public void move(long photoId, int by) {
    List<Long> order = new ArrayList<>(photos.stream().map(Photo::getId).toList());
    int from = order.indexOf(photoId);
    int to = from + by;
    if (from < 0 || to < 0 || to >= order.size()) {
      return;
    }
    order.add(to, order.remove(from));
    try {
      photoRecords.reorder(PhotoOwner.business(form.getSlug()), order);
    } catch (InvalidInputException stale) {
      messages.problems(stale, Map.of());
    }
    loadPhotos();
  }

  public List<Village> getVillages() {
    return form.getDistrictCode() == null ? List.of() : regions.villagesOf(form.getDistrictCode());
  }

  public void districtChanged() {
    form.setVillageCode(null);
  }

  private void loadPhotos() {
    photos = page.photos(PhotoOwner.business(form.getSlug()));
  }

  private static void notFound() {
    ConsoleRecordPage.notFound();
  }

  private static ExternalContext external() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }

  public boolean isNew() {
    return id == null;
  }

  public boolean isJustCreated() {
    return Boolean.TRUE.equals(external().getFlash().get("saved"));
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public BusinessForm getForm() {
    return form;
  }

  public PublicationStatus getStatus() {
    return status;
  }

  public String getRejectionReason() {
    return rejectionReason;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Map<String, String> getDistricts() {
    return districts;
  }

  public List<Photo> getPhotos() {
    return photos;
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

  /** The public page of the business, once published. */
  public String getPublicUrl() {
    return currentTenant.link("/usaha/" + form.getSlug());
  }

  /** The URL of a photo's thumbnail, for the photo list. */
  public String thumbnail(Photo photo) {
    return currentTenant.link("/foto/") + photo.fileName(320);
  }
}
