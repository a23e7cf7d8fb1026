package id.etalase.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/** The regional office (Dinas) that runs a tenant's directory, as shown to visitors. */
@Embeddable
public class Office {

  @Size(max = 200)
  @Column(name = "office_name")
  private String name;

  @Size(max = 500)
  @Column(name = "office_address")
  private String address;

  @Size(max = 20)
  @Column(name = "office_phone")
  private String phone;

  @Size(max = 20)
  @Column(name = "office_whatsapp")
  private String whatsapp;

  @Email
  @Size(max = 254)
  @Column(name = "office_email")
  private String email;

  @Size(max = 500)
  @Column(name = "office_website")
  private String website;

  protected Office() {}

  public Office(
      String name, String address, String phone, String whatsapp, String email, String website) {
    this.name = name;
    this.address = address;
    this.phone = phone;
    this.whatsapp = whatsapp;
    this.email = email;
    this.website = website;
  }

  public String getName() {
    return name;
  }

  public String getAddress() {
    return address;
  }

  public String getPhone() {
    return phone;
  }

  public String getWhatsapp() {
    return whatsapp;
  }

  public String getEmail() {
    return email;
  }

  public String getWebsite() {
    return website;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Office other
        && Objects.equals(name, other.name)
        && Objects.equals(address, other.address)
        && Objects.equals(phone, other.phone)
        && Objects.equals(whatsapp, other.whatsapp)
        && Objects.equals(email, other.email)
        && Objects.equals(website, other.website);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, address, phone, whatsapp, email, website);
  }
}
