package id.etalase.insight;

import id.etalase.business.Business;
import id.etalase.catalog.Product;
import id.etalase.common.Rupiah;
import id.etalase.curation.PublicationStatus;
import id.etalase.media.MediaStorage;
import id.etalase.media.Photo;
import id.etalase.media.PhotoRecords;
import id.etalase.tenant.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads what a printable catalog prints, a chunk of businesses at a time in the caller's
 * transaction: the published businesses of the selection by name, their published products with
 * price text and the stored photo variant to embed. {@link CatalogPdf} draws them; reading stays
 * here so the drawing never holds a persistence context.
 */
@ApplicationScoped
public class CatalogEntries {

  private static final Logger LOG = Logger.getLogger(CatalogEntries.class.getName());

  /** Businesses read per transaction. */
  static final int CHUNK = 25;

  /** The photo variant printed: the smallest at least this wide. */
  static final int PHOTO_WIDTH = 320;

  @Inject private TenantEntityManager tenantEm;
  @Inject private PhotoRecords photos;
  @Inject private MediaStorage storage;

  /** How many businesses the catalog holds. */
  Long count(CatalogPdf.Selection selection) {
    var query =
        tenantEm
            .get()
            .createQuery(
                "SELECT COUNT(b) FROM Business b WHERE b.status = :published" + selection.where(),
                Long.class)
            .setParameter("published", PublicationStatus.PUBLISHED);
    if (!selection.where().isEmpty()) {
      query.setParameter("key", selection.keyValue());
    }
    return query.getSingleResult();
  }

  /** The next {@link #CHUNK} businesses by name after the last one printed, with their products. */
  List<CatalogPdf.Entry> after(
      CatalogPdf.Selection selection,
      String afterName,
      long afterId,
      Map<String, String> districts,
      InsightExports.Texts texts,
      Locale locale) {
    var query =
        tenantEm
            .get()
            .createQuery(
                "SELECT b FROM Business b WHERE b.status = :published"
                    + selection.where()
                    + (afterName == null
                        ? ""
                        : " AND (b.name > :name OR (b.name = :name AND b.id > :id))")
                    + " ORDER BY b.name, b.id",
                Business.class)
            .setParameter("published", PublicationStatus.PUBLISHED)
            .setMaxResults(CHUNK);
    if (!selection.where().isEmpty()) {
      query.setParameter("key", selection.keyValue());
    }
    if (afterName != null) {
      query.setParameter("name", afterName).setParameter("id", afterId);
    }
    List<Business> businesses = query.getResultList();
    if (businesses.isEmpty()) {
      return List.of();
    }
    Map<Long, List<Product>> products = new LinkedHashMap<>();
    for (Product p :
        tenantEm
            .get()
            .createQuery(
                "SELECT p FROM Product p WHERE p.business.id IN :ids AND p.status = :published"
                    + " ORDER BY p.name, p.id",
                Product.class)
            .setParameter("ids", businesses.stream().map(Business::getId).toList())
            .setParameter("published", PublicationStatus.PUBLISHED)
            .getResultList()) {
      products.computeIfAbsent(p.getBusiness().getId(), k -> new ArrayList<>()).add(p);
    }
    Map<Long, Photo> primary =
        photos.primaryOfProducts(
            products.values().stream().flatMap(List::stream).map(Product::getId).toList());
    List<CatalogPdf.Entry> entries = new ArrayList<>();
    for (Business b : businesses) {
      List<CatalogPdf.Line> lines = new ArrayList<>();
      for (Product p : products.getOrDefault(b.getId(), List.of())) {
        lines.add(
            new CatalogPdf.Line(
                p.getName(), price(p, texts, locale), p.getUnit(), photo(primary.get(p.getId()))));
      }
      entries.add(
          new CatalogPdf.Entry(
              b.getId(),
              b.getName(),
              b.getSlug(),
              b.getDistrictCode() == null
                  ? CatalogInsight.NONE
                  : districts.getOrDefault(b.getDistrictCode(), b.getDistrictCode()),
              b.getStreetAddress(),
              b.getWhatsapp(),
              lines));
    }
    return entries;
  }

  /** The printed variant of an approved photo, or null. */
  private byte[] photo(Photo photo) {
    if (photo == null || photo.isPending()) {
      return null;
    }
    int width =
        photo.getWidths().stream()
            .filter(w -> w >= PHOTO_WIDTH)
            .findFirst()
            .orElse(photo.getWidths().get(photo.getWidths().size() - 1));
    try {
      return storage.get(mediaKey(photo, width)).orElse(null);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "A photo could not be read for a catalog", e);
      return null;
    }
  }

  private String mediaKey(Photo photo, int width) {
    return id.etalase.media.PhotoService.key(
        tenantEm.boundTenant().orElseThrow(), photo.fileName(width));
  }

  /** The PDF's standard fonts have no en dash in every viewer's encoding: a hyphen. */
  private static String price(Product p, InsightExports.Texts texts, Locale locale) {
    return Rupiah.price(texts.bundle(), locale, p.getPriceMin(), p.getPriceMax(), " - ");
  }
}
