package id.etalase.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The region reference data as Liquibase loaded it into PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class RegionIT {

  @Inject RegionRepository regions;

  @Resource(lookup = "jdbc/etalase")
  DataSource appDatabase;

  @Test
  void bondowosoHasItsKecamatanAndDesa() {
    Regency bondowoso = regions.regency("35.11").orElseThrow();
    assertEquals("Kabupaten Bondowoso", bondowoso.getName());
    List<District> districts = regions.districtsOf("35.11");
    assertEquals(23, districts.size());
    District tamanan = regions.districtBySlug("35.11", "tamanan").orElseThrow();
    assertEquals("Tamanan", tamanan.getName());
    List<Village> villages = regions.villagesOf(tamanan.getCode());
    assertTrue(villages.size() >= 9, villages.size() + " desa in Tamanan");
    assertTrue(villages.stream().allMatch(v -> v.getDistrictCode().equals(tamanan.getCode())));
    assertTrue(regions.countVillagesOf("35.11") > 200);
    assertTrue(
        regions.districtBySlug("35.12", "tamanan").isEmpty(), "not a kecamatan of Situbondo");
  }

  @Test
  void namesWithCommasAndQuotesAreLoadedAsTheFilesSpellThem() {
    // The CSV quotes these; COPY (RegionDataCopy) must read them as loadData did.
    assertEquals("Soka\"an", regions.village("35.13.15.2017").orElseThrow().getName());
    assertEquals(
        "Lambang Sari I, II, III", regions.village("14.02.09.2010").orElseThrow().getName());
    assertEquals(38, regions.regencies().stream().map(Regency::getProvinceCode).distinct().count());
    assertEquals(514, regions.regencies().size());
  }

  @Test
  void unknownCodesFindNothing() {
    assertTrue(regions.regency("99.99").isEmpty());
    assertTrue(regions.regency("'; DROP TABLE region_regency; --").isEmpty());
    assertTrue(regions.district(null).isEmpty());
  }

  @Test
  void theAppRoleCanReadButNotChangeReferenceData() throws Exception {
    try (Connection c = appDatabase.getConnection();
        Statement sql = c.createStatement()) {
      var rows = sql.executeQuery("SELECT count(*) FROM region_village");
      rows.next();
      assertEquals(83762, rows.getInt(1));
      SQLException refused =
          assertThrows(
              SQLException.class,
              () -> sql.executeUpdate("DELETE FROM region_village WHERE code LIKE '35.11.%'"));
      assertEquals("42501", refused.getSQLState(), refused.getMessage());
    }
  }
}
