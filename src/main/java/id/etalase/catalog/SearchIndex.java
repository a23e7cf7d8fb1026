package id.etalase.catalog;

import id.etalase.business.Business;
import id.etalase.business.BusinessChanged;
import id.etalase.region.District;
import id.etalase.region.RegionRepository;
import id.etalase.region.Village;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Keeps each product's search text: its own name and description, and the names a visitor may
 * search by that live elsewhere (the business and its producer, the cluster, the category, the
 * kecamatan and desa). PostgreSQL turns it into the full-text vector and the trigram index.
 */
@ApplicationScoped
public class SearchIndex {

  @Inject private RegionRepository regions;
  @Inject private ProductRepository products;

  void index(Product p) {
    Business b = p.getBusiness();
    Stream<String> parts =
        Stream.of(
            p.getName(),
            p.getDescription(),
            p.getCategory() == null ? null : p.getCategory().getName(),
            p.getCategory() == null ? null : p.getCategory().getNameEn(),
            b.getName(),
            b.getOwnerName(),
            b.getSector(),
            b.getCluster() == null ? null : b.getCluster().getName(),
            regions.district(b.getDistrictCode()).map(District::getName).orElse(null),
            regions.village(b.getVillageCode()).map(Village::getName).orElse(null));
    p.index(parts.filter(Objects::nonNull).collect(Collectors.joining(" \n")));
  }

  void onBusinessChanged(@Observes BusinessChanged event) {
    products.findByBusiness(event.businessId()).forEach(this::index);
  }
}
