package id.etalase.web.konsol.sentra;

import id.etalase.access.Role;
import id.etalase.business.Business;
import id.etalase.business.BusinessService;
import id.etalase.cluster.Cluster;
import id.etalase.cluster.ClusterData;
import id.etalase.cluster.ClusterService;
import id.etalase.common.InvalidInputException;
import id.etalase.common.NotAllowedException;
import id.etalase.common.RecordNotFoundException;
import id.etalase.curation.PublicationStatus;
import id.etalase.curation.RecordType;
import id.etalase.media.PhotoOwner;
import id.etalase.region.RegionNames;
import id.etalase.region.RegionRepository;
import id.etalase.web.consoles.common.CuratedRecordBacking;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /konsol/sentra/ubah}: a cluster's profile, photos and curation. */
@Named
@ViewScoped
public class EditClusterBacking extends CuratedRecordBacking {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FIELDS =
      Map.ofEntries(
          Map.entry("slug", "cluster:slug"),
          Map.entry("name", "cluster:name"),
          Map.entry("description", "cluster:description"),
          Map.entry("districtCode", "cluster:district"),
          Map.entry("latitude", "cluster:latitude"),
          Map.entry("longitude", "cluster:longitude"),
          Map.entry("openingHours", "cluster:openingHours"),
          Map.entry("activities", "cluster:activities"),
          Map.entry("visitorPrices", "cluster:visitorPrices"),
          Map.entry("directions", "cluster:directions"),
          Map.entry("contactName", "cluster:contactName"),
          Map.entry("contactPhone", "cluster:contactPhone"));

  @Inject private transient ClusterService clusters;
  @Inject private transient BusinessService businesses;
  @Inject private transient RegionRepository regions;

  private String slug;
  private String name;
  private String description;
  private String districtCode;
  private BigDecimal latitude;
  private BigDecimal longitude;
  private String openingHours;
  private String activities;
  private String visitorPrices;
  private String directions;
  private String contactName;
  private String contactPhone;
  private Map<String, String> districts;
  private List<Business> members = List.of();

  /** Loads the cluster named by the URL, or starts a new one. Business owners have no clusters. */
  public void load() throws IOException {
    if (districts != null) {
      return;
    }
    if (signedIn.require().role() == Role.BUSINESS_OWNER) {
      notFound();
      return;
    }
    if (!openedWithId()) {
      return;
    }
    if (!isNew()) {
      Cluster cluster = clusters.find(signedIn.require(), getId()).orElse(null);
      if (cluster == null) {
        notFound();
        return;
      }
      take(cluster.toData());
      loaded(cluster);
      members = businesses.inCluster(signedIn.require(), getId());
    }
    districts = new LinkedHashMap<>();
    regions
        .districtsOf(currentTenant.require().regencyCode())
        .forEach(d -> districts.put(d.getCode(), d.getName()));
  }

  private void take(ClusterData d) {
    slug = d.slug();
    name = d.name();
    description = d.description();
    districtCode = d.districtCode();
    latitude = d.latitude();
    longitude = d.longitude();
    openingHours = d.openingHours();
    activities = d.activities();
    visitorPrices = d.visitorPrices();
    directions = d.directions();
    contactName = d.contactName();
    contactPhone = d.contactPhone();
  }

  private ClusterData data(PublicationStatus withStatus) {
    return new ClusterData(
        slug,
        name,
        description,
        districtCode,
        latitude,
        longitude,
        openingHours,
        activities,
        visitorPrices,
        directions,
        contactName,
        contactPhone,
        withStatus);
  }

  public void save() throws IOException {
    try {
      if (isNew()) {
        if (slug == null || slug.isBlank()) {
          slug = name == null ? null : RegionNames.slug(name);
        }
        long created = clusters.create(signedIn.require(), data(PublicationStatus.DRAFT));
        external().redirect(currentTenant.link("/konsol/sentra/ubah") + "?id=" + created);
        return;
      }
      clusters.update(signedIn.require(), getId(), data(getStatus()));
      messages.info("console.saved");
    } catch (InvalidInputException refused) {
      messages.problems(refused, FIELDS);
    } catch (RecordNotFoundException | NotAllowedException gone) {
      notFound();
    }
  }

  @Override
  protected RecordType recordType() {
    return RecordType.Cluster;
  }

  @Override
  protected PhotoOwner photoOwner() {
    return PhotoOwner.cluster(slug);
  }

  @Override
  protected String photoAltText() {
    return name;
  }

  @Override
  public String getPublicUrl() {
    return currentTenant.link("/sentra/" + slug);
  }

  public Map<String, String> getDistricts() {
    return districts;
  }

  public List<Business> getMembers() {
    return members;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getDistrictCode() {
    return districtCode;
  }

  public void setDistrictCode(String districtCode) {
    this.districtCode = districtCode;
  }

  public BigDecimal getLatitude() {
    return latitude;
  }

  public void setLatitude(BigDecimal latitude) {
    this.latitude = latitude;
  }

  public BigDecimal getLongitude() {
    return longitude;
  }

  public void setLongitude(BigDecimal longitude) {
    this.longitude = longitude;
  }

  public String getOpeningHours() {
    return openingHours;
  }

  public void setOpeningHours(String openingHours) {
    this.openingHours = openingHours;
  }

  public String getActivities() {
    return activities;
  }

  public void setActivities(String activities) {
    this.activities = activities;
  }

  public String getVisitorPrices() {
    return visitorPrices;
  }

  public void setVisitorPrices(String visitorPrices) {
    this.visitorPrices = visitorPrices;
  }

  public String getDirections() {
    return directions;
  }

  public void setDirections(String directions) {
    this.directions = directions;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }
}
