package id.etalase.business;

import id.etalase.common.Conditions;
import id.etalase.common.LikePattern;
import id.etalase.tenant.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.util.List;

/**
 * The console's list of businesses: a page of them, their count and an export's keyset pages, with
 * one set of conditions from the list's filter.
 */
@ApplicationScoped
public class BusinessListQueries {

  @Inject private TenantEntityManager tenantEm;

  /**
   * One page of the console's list. Every condition is a parameter; the text matches the name, the
   * owner's name or the slug, ignoring case. Index-backed on (tenant_id, status, name).
   */
  public List<Business> find(
      BusinessFilter filter, int first, int max, BusinessFilter.Sort sort, boolean ascending) {
    BusinessFilter.Sort by = sort == null ? BusinessFilter.Sort.NAME : sort;
    Conditions where = where(filter);
    TypedQuery<Business> query =
        tenantEm
            .get()
            .createQuery(
                "SELECT b FROM Business b"
                    + where.clause()
                    + " ORDER BY "
                    + by.path
                    + (ascending ? " ASC" : " DESC")
                    + ", b.id",
                Business.class);
    return where.bind(query).setFirstResult(first).setMaxResults(max).getResultList();
  }

  public long countMatching(BusinessFilter filter) {
    Conditions where = where(filter);
    return where
        .bind(
            tenantEm
                .get()
                .createQuery("SELECT COUNT(b) FROM Business b" + where.clause(), Long.class))
        .getSingleResult();
  }

  /**
   * The ids of the businesses matching the console's filter after {@code afterId}, ascending: a
   * keyset page, so an export reads any number of them with the list's own conditions.
   */
  public List<Long> idsMatching(BusinessFilter filter, long afterId, int max) {
    Conditions where = where(filter).with("after", afterId);
    TypedQuery<Long> query =
        tenantEm
            .get()
            .createQuery(
                "SELECT b.id FROM Business b" + where.clause() + " AND b.id > :after ORDER BY b.id",
                Long.class);
    return where.bind(query).setMaxResults(max).getResultList();
  }

  private static Conditions where(BusinessFilter f) {
    return new Conditions()
        .and(
            "(LOWER(b.name) LIKE :text OR LOWER(b.ownerName) LIKE :text OR b.slug LIKE :text)",
            "text",
            f.text() == null ? null : LikePattern.contains(f.text()))
        .and("b.status = :status", "status", f.status())
        .and("b.districtCode = :district", "district", f.districtCode())
        .and(
            "EXISTS (SELECT p.id FROM Product p WHERE p.business = b AND p.category.id = :category)",
            "category",
            f.categoryId())
        .and("b.id = :own", "own", f.ownBusinessId());
  }
}
