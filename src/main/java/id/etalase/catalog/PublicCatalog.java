package id.etalase.catalog;

import id.etalase.business.Business;
import id.etalase.business.BusinessRepository;
import id.etalase.cluster.Cluster;
import id.etalase.curation.PublicationStatus;
import id.etalase.curation.RecordType;
import id.etalase.media.Photo;
import id.etalase.media.PhotoRecords;
import id.etalase.region.District;
import id.etalase.region.RegionRepository;
import id.etalase.region.Village;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the public site shows, read in one transaction per page and handed over as plain views, so
 * nothing is lazily loaded while the page renders (outside the transaction, row-level security
 * would show no rows). Only published records, of published businesses, are ever returned.
 */
@ApplicationScoped
@Transactional
public class PublicCatalog {

  static final int OTHER_PRODUCTS = 8;

  @Inject private ProductRepository products;
  @Inject private BusinessRepository businesses;
  @Inject private PhotoRecords photos;
  @Inject private RegionRepository regions;
  @Inject private id.etalase.cluster.ClusterRepository clusters;
  @Inject private CategoryRepository categories;
  @Inject private SearchService search;

  /** A product page: the product, its photos, its producer and their other products. */
  public record ProductPage(
      Product product,
      Business business,
      String categoryName,
      String clusterSlug,
      String clusterName,
      String districtName,
      String villageName,
      List<Photo> photos,
      List<ProductCard> others) {}

  /** A product in a list: enough for a card with its primary photo. */
  public record ProductCard(Product product, String businessName, Photo photo) {}

  /** A business page: the profile, its photos, certifications, links and products. */
  public record BusinessPage(
      Business business,
      String clusterSlug,
      String clusterName,
      String districtName,
      String villageName,
      List<Photo> photos,
      List<id.etalase.business.Certification> certifications,
      List<id.etalase.business.BusinessLink> links,
      List<ProductCard> products) {}

  /** A cluster page: visitor information and the published businesses in it. */
  public record ClusterPage(
      Cluster cluster, String districtName, List<Photo> photos, List<Business> members) {}

  /**
   * A kecamatan page: one page of its published businesses, and its first products (the search,
   * filtered by the kecamatan, lists them all).
   */
  public record DistrictPage(
      District district,
      List<Business> businesses,
      long businessCount,
      int page,
      List<ProductCard> products,
      long productCount) {

    public int pages() {
      return (int) Math.max(1, (businessCount + BUSINESSES_PER_PAGE - 1) / BUSINESSES_PER_PAGE);
    }
  }

  /** Businesses on one page of a kecamatan, and products shown under them. */
  public static final int BUSINESSES_PER_PAGE = 48;

  public static final int DISTRICT_PRODUCTS = 24;

  /** The home page: featured products, clusters, categories and the kecamatan with businesses. */
  public record HomePage(
      List<ProductCard> featured,
      List<Cluster> clusters,
      List<Category> categories,
      List<District> districts,
      long businessCount) {}

  public HomePage home(String regencyCode, int featuredCount) {
    java.util.Set<String> used = new java.util.HashSet<>(businesses.findPublishedDistrictCodes());
    return new HomePage(
        cards(products.findPublished(featuredCount)),
        clusters.findPublished(),
        categories.findAll().stream().filter(c -> c.getParent() == null).toList(),
        regions.districtsOf(regencyCode).stream().filter(d -> used.contains(d.getCode())).toList(),
        businesses.countPublished());
  }

  public Optional<ClusterPage> cluster(String slug) {
    return clusters
        .findBySlug(slug)
        .filter(c -> c.getStatus() == PublicationStatus.PUBLISHED)
        .map(
            c ->
                new ClusterPage(
                    c,
                    regions.district(c.getDistrictCode()).map(District::getName).orElse(null),
                    photos.of(RecordType.Cluster, c.getId()),
                    businesses.findPublishedInCluster(c.getId())));
  }

  /** A kecamatan's page {@code page} (from 1); empty past its last page. */
  public Optional<DistrictPage> district(String regencyCode, String slug, int page) {
    Optional<District> district = regions.districtBySlug(regencyCode, slug);
    if (district.isEmpty()) {
      return Optional.empty();
    }
    String code = district.get().getCode();
    long count = businesses.countPublishedInDistrict(code);
    if (page > 1 && (page - 1L) * BUSINESSES_PER_PAGE >= count) {
      return Optional.empty(); // past the last page: found out before loading anything else
    }
    return Optional.of(
        new DistrictPage(
            district.get(),
            businesses.findPublishedInDistrict(
                code, (page - 1) * BUSINESSES_PER_PAGE, BUSINESSES_PER_PAGE),
            count,
            page,
            cards(products.findPublishedInDistrict(code, DISTRICT_PRODUCTS)),
            products.countPublishedInDistrict(code)));
  }

  /**
   * The tenant's public pages other than products and businesses: the home page, its published
   * clusters, and the kecamatan where a published business is (the sitemap's first file).
   */
  public List<String> pagePaths(String regencyCode) {
    List<String> paths = new java.util.ArrayList<>();
    paths.add("/");
    clusters.findPublished().forEach(c -> paths.add("/sentra/" + c.getSlug()));
    java.util.Set<String> used = new java.util.HashSet<>(businesses.findPublishedDistrictCodes());
    regions.districtsOf(regencyCode).stream()
        .filter(d -> used.contains(d.getCode()))
        .forEach(d -> paths.add("/kecamatan/" + d.getSlug()));
    return paths;
  }

  /** One page of the public product pages, as {@code /produk/{slug}}, in a stable order. */
  public List<String> productPaths(int first, int max) {
    return products.publishedSlugs(first, max).stream().map(s -> "/produk/" + s).toList();
  }

  /** One page of the public business pages, as {@code /usaha/{slug}}, in a stable order. */
  public List<String> businessPaths(int first, int max) {
    return businesses.publishedSlugs(first, max).stream().map(s -> "/usaha/" + s).toList();
  }

  /** How many product pages are public: those of published products of published businesses. */
  public long countProductPages() {
    return products.countPublishedOfPublished();
  }

  public long countBusinessPages() {
    return businesses.countPublished();
  }

  public Optional<ProductPage> product(String slug) {
    return products
        .findBySlug(slug)
        .filter(p -> p.getStatus() == PublicationStatus.PUBLISHED)
        .filter(p -> p.getBusiness().getStatus() == PublicationStatus.PUBLISHED)
        .map(
            p -> {
              Business b = p.getBusiness();
              Cluster cluster = publishedCluster(b);
              return new ProductPage(
                  p,
                  b,
                  p.getCategory() == null ? null : p.getCategory().getName(),
                  cluster == null ? null : cluster.getSlug(),
                  cluster == null ? null : cluster.getName(),
                  districtName(b),
                  villageName(b),
                  photos.of(RecordType.Product, p.getId()),
                  cards(
                      products.findByBusiness(b.getId()).stream()
                          .filter(o -> !o.getId().equals(p.getId()))
                          .filter(o -> o.getStatus() == PublicationStatus.PUBLISHED)
                          .limit(OTHER_PRODUCTS)
                          .toList()));
            });
  }

  public Optional<BusinessPage> business(String slug) {
    return businesses
        .findBySlug(slug)
        .filter(b -> b.getStatus() == PublicationStatus.PUBLISHED)
        .map(
            b -> {
              Cluster cluster = publishedCluster(b);
              return new BusinessPage(
                  b,
                  cluster == null ? null : cluster.getSlug(),
                  cluster == null ? null : cluster.getName(),
                  districtName(b),
                  villageName(b),
                  photos.of(RecordType.Business, b.getId()),
                  b.getCertifications(),
                  b.getLinks(),
                  cards(
                      products.findByBusiness(b.getId()).stream()
                          .filter(o -> o.getStatus() == PublicationStatus.PUBLISHED)
                          .toList()));
            });
  }

  /** A page of search results and its products as cards. */
  public record SearchPage(SearchResult result, List<ProductCard> cards) {}

  /**
   * Searches and loads the page's photos in one transaction: one connection and one commit for the
   * whole page instead of one per step.
   */
  public SearchPage search(SearchQuery query) {
    SearchResult result = search.search(query);
    List<Product> found = result.products().stream().filter(Objects::nonNull).toList();
    Map<Long, Photo> primary =
        photos.primaryOfProducts(found.stream().map(Product::getId).toList());
    return new SearchPage(
        result, found.stream().map(p -> new ProductCard(p, null, primary.get(p.getId()))).toList());
  }

  /** Cards for products already loaded in this transaction, each with its primary photo. */
  public List<ProductCard> cards(List<Product> list) {
    Map<Long, Photo> primary = photos.primaryOfProducts(list.stream().map(Product::getId).toList());
    return list.stream()
        .map(p -> new ProductCard(p, p.getBusiness().getName(), primary.get(p.getId())))
        .toList();
  }

  /**
   * Whether a product or business page exists for visitors ({@code produk} or {@code usaha}),
   * without loading what the page shows: for the QR codes.
   */
  public boolean isPublished(String kind, String slug) {
    return switch (kind) {
      case "produk" ->
          products
              .findBySlug(slug)
              .filter(p -> p.getStatus() == PublicationStatus.PUBLISHED)
              .filter(p -> p.getBusiness().getStatus() == PublicationStatus.PUBLISHED)
              .isPresent();
      case "usaha" ->
          businesses
              .findBySlug(slug)
              .filter(b -> b.getStatus() == PublicationStatus.PUBLISHED)
              .isPresent();
      default -> false;
    };
  }

  private static Cluster publishedCluster(Business b) {
    Cluster c = b.getCluster();
    return c != null && c.getStatus() == PublicationStatus.PUBLISHED ? c : null;
  }

  private String districtName(Business b) {
    return regions.district(b.getDistrictCode()).map(District::getName).orElse(null);
  }

  private String villageName(Business b) {
    return regions.village(b.getVillageCode()).map(Village::getName).orElse(null);
  }
}
