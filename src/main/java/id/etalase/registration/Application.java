package id.etalase.registration;

import java.util.List;

/**
 * What an owner sends on {@code /{slug}/daftar}, as typed: the business, how to reach its owner,
 * what they agree to publish, and up to {@link #MAX_PRODUCTS} first products. {@link
 * RegistrationService} checks every field.
 */
public record Application(
    String businessName,
    String ownerName,
    String description,
    String districtCode,
    String villageCode,
    String streetAddress,
    String whatsapp,
    String email,
    boolean publishPhone,
    boolean publishAddress,
    List<FirstProduct> products) {

  public static final int MAX_PRODUCTS = 3;

  public Application {
    products = products == null ? List.of() : List.copyOf(products);
  }

  /**
   * A product named on the form, with its photo as uploaded (null when none); rows left empty are
   * not products.
   */
  public record FirstProduct(String name, String price, String unit, byte[] photo) {
    public boolean isEmpty() {
      return (name == null || name.isBlank())
          && (price == null || price.isBlank())
          && (photo == null || photo.length == 0);
    }
  }
}
