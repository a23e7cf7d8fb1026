package id.etalase.web.konsol.usaha;

import id.etalase.business.BusinessData;
import id.etalase.business.PaymentDetails;
import id.etalase.curation.PublicationStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The fields of the business form, as the page binds them; {@link BusinessData} when saved. */
public class BusinessForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String slug;
  private String name;
  private String ownerName;
  private String description;
  private String sector;
  private String districtCode;
  private String villageCode;
  private String streetAddress;
  private BigDecimal latitude;
  private BigDecimal longitude;
  private String phone;
  private String whatsapp;
  private String email;
  private Integer foundedYear;
  private String nib;
  private String clusterSlug;
  private String paymentBank;
  private String paymentAccount;
  private String paymentHolder;

  /** Set by the QRIS upload, not by a form field: a posted value cannot name another file. */
  private String paymentQris;

  private final List<LinkRow> links = new ArrayList<>();
  private final List<CertificationRow> certifications = new ArrayList<>();

  static BusinessForm of(BusinessData d) {
    BusinessForm f = new BusinessForm();
    f.slug = d.slug();
    f.name = d.name();
    f.ownerName = d.ownerName();
    f.description = d.description();
    f.sector = d.sector();
    f.districtCode = d.districtCode();
    f.villageCode = d.villageCode();
    f.streetAddress = d.streetAddress();
    f.latitude = d.latitude();
    f.longitude = d.longitude();
    f.phone = d.phone();
    f.whatsapp = d.whatsapp();
    f.email = d.email();
    f.foundedYear = d.foundedYear();
    f.nib = d.nib();
    f.clusterSlug = d.clusterSlug();
    f.paymentBank = d.payment().bank();
    f.paymentAccount = d.payment().accountNumber();
    f.paymentHolder = d.payment().accountHolder();
    f.paymentQris = d.payment().qris();
    for (BusinessData.Link l : d.links()) {
      LinkRow row = new LinkRow();
      row.setKind(l.kind());
      row.setUrl(l.url());
      f.links.add(row);
    }
    for (BusinessData.CertificationData c : d.certifications()) {
      CertificationRow row = new CertificationRow();
      row.setKind(c.kind());
      row.setNumber(c.number());
      row.setExpiresOn(c.expiresOn());
      f.certifications.add(row);
    }
    return f;
  }

  BusinessData toData(PublicationStatus status) {
    return new BusinessData(
        slug,
        name,
        ownerName,
        description,
        sector,
        districtCode,
        villageCode,
        streetAddress,
        latitude,
        longitude,
        phone,
        whatsapp,
        email,
        foundedYear,
        nib,
        clusterSlug,
        links.stream()
            .filter(l -> l.getUrl() != null && !l.getUrl().isBlank())
            .map(l -> new BusinessData.Link(l.getKind(), l.getUrl()))
            .toList(),
        certifications.stream()
            .filter(c -> c.getNumber() != null && !c.getNumber().isBlank())
            .map(
                c ->
                    new BusinessData.CertificationData(
                        c.getKind(), c.getNumber(), c.getExpiresOn()))
            .toList(),
        status,
        new PaymentDetails(paymentBank, paymentAccount, paymentHolder, paymentQris));
  }

  public String getPaymentBank() {
    return paymentBank;
  }

  public void setPaymentBank(String paymentBank) {
    this.paymentBank = paymentBank;
  }

  public String getPaymentAccount() {
    return paymentAccount;
  }

  public void setPaymentAccount(String paymentAccount) {
    this.paymentAccount = paymentAccount;
  }

  public String getPaymentHolder() {
    return paymentHolder;
  }

  public void setPaymentHolder(String paymentHolder) {
    this.paymentHolder = paymentHolder;
  }

  public String getPaymentQris() {
    return paymentQris;
  }

  void setPaymentQris(String paymentQris) {
    this.paymentQris = paymentQris;
  }

  public void addLink() {
    links.add(new LinkRow());
  }

  public void addCertification() {
    certifications.add(new CertificationRow());
  }

  public List<LinkRow> getLinks() {
    return links;
  }

  public List<CertificationRow> getCertifications() {
    return certifications;
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

  public String getOwnerName() {
    return ownerName;
  }

  public void setOwnerName(String ownerName) {
    this.ownerName = ownerName;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getSector() {
    return sector;
  }

  public void setSector(String sector) {
    this.sector = sector;
  }

  public String getDistrictCode() {
    return districtCode;
  }

  public void setDistrictCode(String districtCode) {
    this.districtCode = districtCode;
  }

  public String getVillageCode() {
    return villageCode;
  }

  public void setVillageCode(String villageCode) {
    this.villageCode = villageCode;
  }

  public String getStreetAddress() {
    return streetAddress;
  }

  public void setStreetAddress(String streetAddress) {
    this.streetAddress = streetAddress;
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

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getWhatsapp() {
    return whatsapp;
  }

  public void setWhatsapp(String whatsapp) {
    this.whatsapp = whatsapp;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public Integer getFoundedYear() {
    return foundedYear;
  }

  public void setFoundedYear(Integer foundedYear) {
    this.foundedYear = foundedYear;
  }

  public String getNib() {
    return nib;
  }

  public void setNib(String nib) {
    this.nib = nib;
  }

  public String getClusterSlug() {
    return clusterSlug;
  }

  public void setClusterSlug(String clusterSlug) {
    this.clusterSlug = clusterSlug;
  }
}
