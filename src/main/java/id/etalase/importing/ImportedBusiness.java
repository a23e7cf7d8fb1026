package id.etalase.importing;

import java.math.BigDecimal;
import java.util.List;

/**
 * A business row after normalisation: phones in E.164, areas as official codes, text tidied. The
 * service that saves it maps it onto {@code BusinessData}, which also needs a slug and a status
 * this layer does not decide.
 */
public record ImportedBusiness(
    int row,
    String name,
    String ownerName,
    String nib,
    String category,
    String districtCode,
    String villageCode,
    String streetAddress,
    String phone,
    String whatsapp,
    String email,
    String description,
    Integer foundedYear,
    boolean halalCertified,
    BigDecimal latitude,
    BigDecimal longitude,
    String instagram,
    List<String> photos) {

  /** The photo file names of the {@code foto} cell, none when it is empty. */
  public ImportedBusiness {
    photos = photos == null ? List.of() : List.copyOf(photos);
  }
}
