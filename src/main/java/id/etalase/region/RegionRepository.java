package id.etalase.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Reads Indonesia's administrative areas. Platform data: no tenant is needed, and the entities are
 * read-only and cached.
 */
@ApplicationScoped
public class RegionRepository {

  @PersistenceContext(unitName = "etalase")
  private EntityManager em;

  /** Every regency and city of Indonesia, by code, for the platform's onboarding form. */
  public List<Regency> regencies() {
    return em.createQuery("SELECT r FROM Regency r ORDER BY r.code", Regency.class).getResultList();
  }

  public Optional<Regency> regency(String code) {
    return Optional.ofNullable(code).map(c -> em.find(Regency.class, c));
  }

  public Optional<District> district(String code) {
    return Optional.ofNullable(code).map(c -> em.find(District.class, c));
  }

  public Optional<Village> village(String code) {
    return Optional.ofNullable(code).map(c -> em.find(Village.class, c));
  }

  /** The kecamatan of a regency, by name. */
  public List<District> districtsOf(String regencyCode) {
    return em.createQuery(
            "SELECT d FROM District d WHERE d.regencyCode = :regency ORDER BY d.name",
            District.class)
        .setParameter("regency", regencyCode)
        .getResultList();
  }

  /** The desa and kelurahan of a kecamatan, by name. */
  public List<Village> villagesOf(String districtCode) {
    return em.createQuery(
            "SELECT v FROM Village v WHERE v.districtCode = :district ORDER BY v.name",
            Village.class)
        .setParameter("district", districtCode)
        .getResultList();
  }

  /** A kecamatan of the regency by its URL name, as in {@code /bondowoso/kecamatan/tamanan}. */
  public Optional<District> districtBySlug(String regencyCode, String slug) {
    return districtsOf(regencyCode).stream().filter(d -> d.getSlug().equals(slug)).findFirst();
  }

  /** True when {@code districtCode} is a kecamatan of the regency. */
  public boolean isDistrictOf(String regencyCode, String districtCode) {
    return district(districtCode).map(d -> d.getRegencyCode().equals(regencyCode)).orElse(false);
  }

  /** True when {@code villageCode} is a desa of the kecamatan. */
  public boolean isVillageOf(String districtCode, String villageCode) {
    return village(villageCode).map(v -> v.getDistrictCode().equals(districtCode)).orElse(false);
  }

  public long countVillagesOf(String regencyCode) {
    return em.createQuery(
            "SELECT COUNT(v) FROM Village v WHERE v.districtCode LIKE :prefix", Long.class)
        .setParameter("prefix", regencyCode + ".%")
        .getSingleResult();
  }
}
