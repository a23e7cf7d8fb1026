package id.etalase.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.business.CertificationKind;
import id.etalase.tenant.TenantDirectory;
import id.etalase.tenant.TenantEntityManager;
import id.etalase.tenant.TenantSnapshot;
import id.etalase.tenant.TenantWork;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Search on the real PostgreSQL: stemming, typos, facets and filters, and that a search as one
 * tenant never returns or counts another tenant's products. Bondowoso is A, Situbondo is B.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIT {

  @Inject TenantDirectory directory;
  @Inject TenantWork work;
  @Inject SearchService search;
  @Inject TenantEntityManager tenantEm;
  @Resource TransactionSynchronizationRegistry transactions;

  private TenantSnapshot a() {
    return directory.bySlug("bondowoso").orElseThrow();
  }

  private TenantSnapshot b() {
    return directory.bySlug("situbondo").orElseThrow();
  }

  private SearchResult as(TenantSnapshot tenant, SearchQuery query) {
    return work.callAs(tenant, () -> search.search(query));
  }

  private static List<String> slugs(SearchResult r) {
    return r.products().stream().map(Product::getSlug).toList();
  }

  @Test
  void aMisspelledQueryFindsTheTamananBatik() {
    assertEquals(List.of("batik-tulis-motif-kopi"), slugs(as(a(), SearchQuery.of("batk tamanan"))));
    assertEquals(List.of("batik-tulis-motif-kopi"), slugs(as(a(), SearchQuery.of("Batik Tmanan"))));
  }

  @Test
  void kopiIjenFindsTheIjenCoffeeFirst() {
    List<String> found = slugs(as(a(), SearchQuery.of("kopi ijen")));
    assertEquals("kopi-arabika-ijen-250g", found.get(0));
  }

  @Test
  void stemmingAndStopWordsHelp() {
    // "makanan" stems to "makan", the category of the tape; "yang" and "dan" are stop words.
    assertTrue(
        slugs(as(a(), SearchQuery.of("makanan yang manis dan")))
            .contains("tape-singkong-bondowoso"));
    assertEquals(List.of(), slugs(as(a(), SearchQuery.of("xyzzy qwerty"))));
  }

  @Test
  void browsingCountsFacetsOverTheWholeTenant() {
    // Four products, but the basket's business is still a draft: three are public.
    SearchResult all = as(a(), SearchQuery.of(null));
    assertEquals(3, all.total());
    assertEquals(Map.of("batik-fesyen", 1L, "kopi", 1L, "makanan-minuman", 1L), all.categories());
    assertEquals(List.of(), slugs(as(a(), SearchQuery.of("keranjang anyaman bambu"))));
    assertEquals(Map.of("35.11.02", 1L), all.districts());
    assertEquals(Map.of("sentra-batik-tamanan", 1L), all.clusters());
    assertEquals(Map.of("SNI", 1L), all.certifications());
    assertEquals(Map.of("25000-100000", 2L, "100000-500000", 1L), all.priceRanges());
    // The names the page shows come with the counts: no lookups after the search.
    assertEquals("Batik & Fesyen", all.names().get("category:batik-fesyen"));
    assertEquals("Batik & Fashion", all.names().get("category.en:batik-fesyen"));
    assertEquals("Tamanan", all.names().get("district:35.11.02"));
    assertTrue(all.names().containsKey("cluster:sentra-batik-tamanan"));
  }

  @Test
  void filtersNarrowTheResults() {
    SearchQuery coffee = new SearchQuery(null, "kopi", null, null, null, null, null, null, 1);
    assertEquals(List.of("kopi-arabika-ijen-250g"), slugs(as(a(), coffee)));
    SearchQuery certified =
        new SearchQuery(null, null, null, null, CertificationKind.SNI, null, null, null, 1);
    assertEquals(List.of("batik-tulis-motif-kopi"), slugs(as(a(), certified)));
    SearchQuery cheap =
        new SearchQuery(null, null, null, null, null, 0L, 50_000L, SearchQuery.Sort.PRICE_LOW, 1);
    assertEquals(List.of("tape-singkong-bondowoso"), slugs(as(a(), cheap)));
    SearchQuery inCluster =
        new SearchQuery(
            "batik", null, "35.11.02", "sentra-batik-tamanan", null, null, null, null, 1);
    assertEquals(List.of("batik-tulis-motif-kopi"), slugs(as(a(), inCluster)));
    SearchQuery pageTwo = new SearchQuery(null, null, null, null, null, null, null, null, 2);
    SearchResult second = as(a(), pageTwo);
    assertEquals(List.of(), second.products());
    assertEquals(3, second.total());
  }

  @Test
  void aCategoryFilterTakesInTheCategoriesUnderIt() {
    // The tape moves into a new subcategory of "makanan-minuman", two levels down, then back.
    SearchQuery food =
        new SearchQuery(null, "makanan-minuman", null, null, null, null, null, null, 1);
    SearchQuery chips = new SearchQuery(null, "keripik-uji", null, null, null, null, null, null, 1);
    List<List<String>> found =
        work.callAs(
            a(),
            () -> {
              try (PreparedStatement sub =
                  tenantEm
                      .connection()
                      .prepareStatement(
                          "WITH food AS (SELECT id FROM category WHERE slug = 'makanan-minuman'),"
                              + " snacks AS (INSERT INTO category (tenant_id, id, parent_id, slug,"
                              + " name) SELECT current_setting('app.tenant_id')::bigint,"
                              + " nextval('catalog_id_seq'), id, 'camilan-uji', 'Camilan' FROM food"
                              + " RETURNING id), chips AS (INSERT INTO category (tenant_id, id,"
                              + " parent_id, slug, name) SELECT"
                              + " current_setting('app.tenant_id')::bigint,"
                              + " nextval('catalog_id_seq'), id, 'keripik-uji', 'Keripik' FROM"
                              + " snacks RETURNING id) UPDATE product SET category_id = (SELECT id"
                              + " FROM chips) WHERE slug = 'tape-singkong-bondowoso'")) {
                assertEquals(1, sub.executeUpdate());
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
              List<List<String>> r =
                  List.of(slugs(search.search(food)), slugs(search.search(chips)));
              transactions.setRollbackOnly();
              return r;
            });
    assertEquals(
        List.of("tape-singkong-bondowoso"), found.get(0), "the parent takes in its grandchild");
    assertEquals(List.of("tape-singkong-bondowoso"), found.get(1));
    assertEquals(
        0, as(b(), food).products().stream().filter(p -> p.getSlug().startsWith("tape")).count());
  }

  @Test
  void tenantBNeverFindsOrCountsTenantAsProducts() {
    Set<Long> idsOfA =
        as(a(), SearchQuery.of(null)).products().stream()
            .map(Product::getId)
            .collect(Collectors.toSet());
    for (String text : new String[] {null, "batk tamanan", "kopi ijen", "batik", "tape", "kopi"}) {
      SearchResult r = as(b(), SearchQuery.of(text));
      assertTrue(r.products().stream().noneMatch(p -> idsOfA.contains(p.getId())), text);
      assertFalse(r.categories().containsKey("batik-fesyen"), text);
      assertFalse(r.districts().keySet().stream().anyMatch(d -> d.startsWith("35.11")), text);
      assertFalse(r.clusters().containsKey("sentra-batik-tamanan"), text);
      assertTrue(r.certifications().isEmpty(), text);
    }
    assertEquals(2, as(b(), SearchQuery.of(null)).total(), "only B's two products");
    assertEquals(List.of(), slugs(as(b(), SearchQuery.of("batk tamanan"))));
    // A's category slug used as a filter by B finds nothing of A's.
    SearchQuery batikOfA =
        new SearchQuery(null, "batik-fesyen", null, null, null, null, null, null, 1);
    assertEquals(0, as(b(), batikOfA).total());
  }

  @Test
  void typosAreCorrectedWithTheTenantsOwnWordsOnly() {
    // "tamanan" (a kecamatan of Bondowoso) is a word of A's products, none of B's.
    assertEquals(List.of("batik-tulis-motif-kopi"), slugs(as(a(), SearchQuery.of("tamanon"))));
    assertEquals(List.of(), slugs(as(b(), SearchQuery.of("tamanon"))));
    assertEquals(List.of(), slugs(as(b(), SearchQuery.of("tamanan"))));
    // One unknown word that resembles nothing empties the result, as a missing word would.
    assertEquals(0, as(a(), SearchQuery.of("batik zzqxv")).total());
  }

  @Test
  void theCountIsExactBeyondAnyCap() {
    SearchResult ahead = as(a(), SearchQuery.of("batik tamanan"));
    long before = ahead.total();
    // 5,100 copies of the Tamanan batik, searched in the transaction that made them, then undone.
    SearchResult many =
        work.callAs(
            a(),
            () -> {
              try (PreparedStatement copy =
                  tenantEm
                      .connection()
                      .prepareStatement(
                          "INSERT INTO product (tenant_id, id, business_id, category_id, slug, name,"
                              + " description, price_min, status, search_text)"
                              + " SELECT tenant_id, nextval('catalog_id_seq'), business_id,"
                              + " category_id, slug || '-salinan-' || g, name, description,"
                              + " price_min, status, search_text FROM product,"
                              + " generate_series(1, 5100) g WHERE slug = 'batik-tulis-motif-kopi'")) {
                assertEquals(5100, copy.executeUpdate());
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
              SearchResult r = search.search(SearchQuery.of("batk tamanan"));
              transactions.setRollbackOnly();
              return r;
            });
    assertEquals(before + 5100, many.total());
    assertEquals(
        ahead.categories().getOrDefault("batik-fesyen", 0L) + 5100,
        many.categories().get("batik-fesyen"));
    assertTrue(many.pages() > 200, "every page can be reached: " + many.pages());
    assertEquals(before, as(a(), SearchQuery.of("batik tamanan")).total(), "rolled back");
  }

  @Test
  void hostileQueriesAreJustText() {
    for (String text :
        new String[] {
          "'; DROP TABLE product; --",
          "<script>alert(1)</script>",
          "kopi & | ! ( ) :*",
          "\\",
          "%",
          "_",
          "a".repeat(10_000),
          "\u0000kopi"
        }) {
      SearchResult r = as(a(), SearchQuery.of(text.replace("\u0000", "")));
      assertTrue(r.total() >= 0, text);
    }
    assertEquals(3, as(a(), SearchQuery.of(null)).total(), "the products are still there");
  }
}
