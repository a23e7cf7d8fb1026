package id.etalase.importing;

import id.etalase.region.District;
import id.etalase.region.RegionRepository;
import id.etalase.region.Village;
import id.etalase.tenant.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prepares an {@link ImportReading} for the current tenant, in the caller's transaction: its
 * regency's kecamatan and desa, its categories, and its catalog to compare rows with.
 */
@ApplicationScoped
public class ImportReadings {

  @Inject private RegionRepository regions;
  @Inject private ImportRepository repository;
  @Inject private CurrentTenant currentTenant;

  public ImportReading open() {
    return new ImportReading(
        new SpreadsheetReader(ImportLimits.DEFAULT),
        regionMatcher(),
        repository.catalog(),
        new CategoryMatcher(repository.categories()));
  }

  /** The official kecamatan and desa of the tenant's regency. */
  public RegionMatcher regionMatcher() {
    List<District> districts = regions.districtsOf(currentTenant.require().regencyCode());
    Map<String, List<RegionMatcher.Area>> villages = new HashMap<>();
    for (District d : districts) {
      villages.put(
          d.getCode(), regions.villagesOf(d.getCode()).stream().map(ImportReadings::area).toList());
    }
    return new RegionMatcher(
        districts.stream().map(d -> new RegionMatcher.Area(d.getCode(), d.getName())).toList(),
        villages);
  }

  private static RegionMatcher.Area area(Village v) {
    return new RegionMatcher.Area(v.getCode(), v.getName());
  }
}
