package id.etalase.importing;

import id.etalase.access.Access;
import id.etalase.access.ConsoleUser;
import id.etalase.business.BusinessListQueries;
import id.etalase.business.CertificationKind;
import id.etalase.business.LinkKind;
import id.etalase.catalog.ProductRepository;
import id.etalase.region.District;
import id.etalase.region.RegionRepository;
import id.etalase.tenant.CurrentTenant;
import id.etalase.tenant.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The tenant's records as the import template's rows, in each sheet's column order, read a page of
 * ids at a time (the console lists' own queries give them) so that memory stays flat. Operators and
 * admins of the tenant only.
 */
@ApplicationScoped
@Transactional
public class ExportRows {

  private static final int PAGE = 1000;

  @Inject private Access access;
  @Inject private TenantEntityManager tenantEm;
  @Inject private RegionRepository regions;
  @Inject private CurrentTenant currentTenant;
  @Inject private BusinessListQueries businesses;
  @Inject private ProductRepository products;

  /** Each record of a sheet as the template's cells, in the sheet's column order. */
  public void rows(
      ConsoleUser actor, ImportSheet kind, ExportFilter filter, Consumer<List<String>> rows) {
    access.staff(actor);
    if (kind == ImportSheet.USAHA) {
      businessRows(filter, rows);
    } else if (filter.narrowsBusinesses()) {
      // The products of the chosen businesses, a page of businesses at a time.
      long after = 0;
      while (true) {
        List<Long> owners = businesses.idsMatching(filter.businesses(), after, PAGE);
        if (!owners.isEmpty()) {
          productRows(filter, owners, rows);
          after = owners.get(owners.size() - 1);
        }
        if (owners.size() < PAGE) {
          return;
        }
      }
    } else {
      productRows(filter, null, rows);
    }
  }

  private void businessRows(ExportFilter filter, Consumer<List<String>> rows) {
    Map<String, String> districts = new HashMap<>();
    Map<String, String> villages = new HashMap<>();
    for (District d : regions.districtsOf(currentTenant.require().regencyCode())) {
      districts.put(d.getCode(), d.getName());
      regions.villagesOf(d.getCode()).forEach(v -> villages.put(v.getCode(), v.getName()));
    }
    long after = 0;
    while (true) {
      List<Long> ids = businesses.idsMatching(filter.businesses(), after, PAGE);
      if (ids.isEmpty()) {
        return;
      }
      Map<Long, String> instagram = new HashMap<>();
      tenantEm
          .get()
          .createQuery(
              "SELECT l.business.id, l.url FROM BusinessLink l WHERE l.kind = :kind"
                  + " AND l.business.id IN :ids ORDER BY l.position",
              Object[].class)
          .setParameter("kind", LinkKind.INSTAGRAM)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(r -> instagram.putIfAbsent((Long) r[0], ImportedData.handle((String) r[1])));
      Set<Long> halal =
          new HashSet<>(
              tenantEm
                  .get()
                  .createQuery(
                      "SELECT c.business.id FROM Certification c WHERE c.kind = :kind"
                          + " AND c.business.id IN :ids",
                      Long.class)
                  .setParameter("kind", CertificationKind.HALAL)
                  .setParameter("ids", ids)
                  .getResultList());
      List<Object[]> page =
          tenantEm
              .get()
              .createQuery(
                  "SELECT b.id, b.name, b.ownerName, b.nib, b.sector, b.districtCode,"
                      + " b.villageCode, b.streetAddress, b.phone, b.whatsapp, b.email,"
                      + " b.description, b.foundedYear, b.latitude, b.longitude"
                      + " FROM Business b WHERE b.id IN :ids ORDER BY b.id",
                  Object[].class)
              .setParameter("ids", ids)
              .getResultList();
      for (Object[] b : page) {
        long id = (Long) b[0];
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put(Column.NAMA_USAHA, text(b[1]));
        cells.put(Column.NAMA_PEMILIK, text(b[2]));
        cells.put(Column.NIB, text(b[3]));
        cells.put(Column.KATEGORI, text(b[4]));
        cells.put(Column.KECAMATAN, text(districts.get((String) b[5])));
        cells.put(Column.DESA, text(villages.get((String) b[6])));
        cells.put(Column.ALAMAT, text(b[7]));
        cells.put(Column.TELEPON, text(b[8]));
        cells.put(Column.WHATSAPP, text(b[9]));
        cells.put(Column.EMAIL, text(b[10]));
        cells.put(Column.DESKRIPSI, text(b[11]));
        cells.put(Column.TAHUN_BERDIRI, text(b[12]));
        cells.put(Column.SERTIFIKAT_HALAL, halal.contains(id) ? "ya" : "tidak");
        cells.put(Column.LATITUDE, decimal(b[13]));
        cells.put(Column.LONGITUDE, decimal(b[14]));
        cells.put(Column.INSTAGRAM, instagram.containsKey(id) ? "@" + instagram.get(id) : "");
        rows.accept(ordered(ImportSheet.USAHA, cells));
      }
      after = ids.get(ids.size() - 1);
      tenantEm.get().clear();
      if (ids.size() < PAGE) {
        return;
      }
    }
  }

  /** The products matching the filter, of {@code owners} only when not null. */
  private void productRows(
      ExportFilter filter, Collection<Long> owners, Consumer<List<String>> rows) {
    long after = 0;
    while (true) {
      List<Long> ids = products.idsMatching(filter.products(), owners, after, PAGE);
      if (ids.isEmpty()) {
        return;
      }
      List<Object[]> page =
          tenantEm
              .get()
              .createQuery(
                  "SELECT p.id, b.nib, b.name, p.name, p.description, p.priceMin, p.priceMax,"
                      + " p.negotiable, p.unit, p.minOrder FROM Product p JOIN p.business b"
                      + " WHERE p.id IN :ids ORDER BY p.id",
                  Object[].class)
              .setParameter("ids", ids)
              .getResultList();
      Map<Long, String> categories = new HashMap<>();
      tenantEm
          .get()
          .createQuery(
              "SELECT p.id, c.name FROM Product p JOIN p.category c WHERE p.id IN :ids",
              Object[].class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(r -> categories.put((Long) r[0], (String) r[1]));
      for (Object[] p : page) {
        long id = (Long) p[0];
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put(Column.NIB, text(p[1]));
        cells.put(Column.NAMA_USAHA, text(p[2]));
        cells.put(Column.NAMA_PRODUK, text(p[3]));
        cells.put(Column.KATEGORI, text(categories.get(id)));
        cells.put(Column.DESKRIPSI, text(p[4]));
        cells.put(Column.HARGA, price((Long) p[5], (Long) p[6], (Boolean) p[7]));
        cells.put(Column.SATUAN, text(p[8]));
        cells.put(Column.MIN_ORDER, text(p[9]));
        rows.accept(ordered(ImportSheet.PRODUK, cells));
      }
      after = ids.get(ids.size() - 1);
      tenantEm.get().clear();
      if (ids.size() < PAGE) {
        return;
      }
    }
  }

  private static List<String> ordered(ImportSheet kind, Map<String, String> cells) {
    return kind.columns().stream().map(c -> cells.getOrDefault(c, "")).toList();
  }

  /** A price as the import reads it back: one amount, a range, and "nego" when negotiable. */
  static String price(Long min, Long max, Boolean negotiable) {
    String amount = min == null ? "" : max == null ? min.toString() : min + " - " + max;
    if (Boolean.TRUE.equals(negotiable)) {
      return amount.isEmpty() ? "nego" : amount + " nego";
    }
    return amount;
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  private static String decimal(Object value) {
    return value == null ? "" : ((BigDecimal) value).toPlainString();
  }
}
