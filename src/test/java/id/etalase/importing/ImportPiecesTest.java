package id.etalase.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.business.BusinessData;
import id.etalase.business.CertificationKind;
import id.etalase.business.LinkKind;
import id.etalase.catalog.Availability;
import id.etalase.catalog.ProductData;
import id.etalase.curation.PublicationStatus;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pure parts of the import service: categories named loosely, the export's apostrophe taken off
 * again, prices and Instagram links written so that they read back the same, and an update that
 * keeps what a blank cell does not say.
 */
class ImportPiecesTest {

  private static final CategoryMatcher CATEGORIES =
      new CategoryMatcher(
          List.of(
              new CategoryMatcher.Entry("batik-fesyen", "Batik & Fesyen", "Batik & Fashion"),
              new CategoryMatcher.Entry("kopi", "Kopi", "Coffee"),
              new CategoryMatcher.Entry("makanan-minuman", "Makanan & Minuman", "Food & Drinks")));

  @Test
  void categoriesAreFoundBySlugNameOrEnglishNameAndSmallTypos() {
    assertEquals("batik-fesyen", CATEGORIES.match("batik-fesyen").value());
    assertEquals("batik-fesyen", CATEGORIES.match(" BATIK  &  FESYEN ").value());
    assertEquals("kopi", CATEGORIES.match("Coffee").value());
    assertEquals("makanan-minuman", CATEGORIES.match("Makanan dan Minuman").value());
    assertEquals("makanan-minuman", CATEGORIES.match("Makanan & Minunam").value());
    assertEquals(null, CATEGORIES.match("  ").value());
    FieldResult<String> unknown = CATEGORIES.match("Elektronik");
    assertEquals("import.error.category", unknown.errorKey());
    assertEquals("Elektronik", unknown.arguments().get(0));
  }

  @Test
  void theExportsApostropheBeforeAFormulaLikeCellIsTakenOffAgain() {
    MappedHeader header =
        ColumnMapping.automatic(ImportSheet.USAHA).map(List.of("nama_usaha", "deskripsi"));
    ImportRow row = new ImportRow(header, 2, List.of("'=HYPERLINK(1)", "'- daftar"));
    assertEquals(List.of("=HYPERLINK(1)", "- daftar"), ImportReading.unquoted(row).cells());
    ImportRow plain = new ImportRow(header, 3, List.of("'Toko Pak Budi'", "Kopi"));
    assertSame(plain, ImportReading.unquoted(plain));
  }

  @Test
  void pricesAreWrittenAsTheImportReadsThem() {
    assertEquals("150000", ExportRows.price(150_000L, null, false));
    assertEquals("25000 - 100000", ExportRows.price(25_000L, 100_000L, false));
    assertEquals("nego", ExportRows.price(null, null, true));
    assertEquals("85000 nego", ExportRows.price(85_000L, null, true));
    for (String text : List.of("150000", "25000 - 100000", "nego", "85000 nego")) {
      assertFalse(PriceText.parse(text).isError(), text);
    }
    assertEquals(
        new PriceText.Price(25_000L, 100_000L, false), PriceText.parse("25000 - 100000").value());
    assertEquals(new PriceText.Price(85_000L, null, true), PriceText.parse("85000 nego").value());
    assertEquals(new PriceText.Price(null, null, true), PriceText.parse("nego").value());
  }

  @Test
  void instagramLinksBecomeHandlesAndBack() {
    assertEquals("batikuji", ImportedData.handle("https://www.instagram.com/batikuji"));
    assertEquals("batikuji", ImportedData.handle("https://instagram.com/batikuji/"));
    assertEquals("https://www.instagram.com/batikuji", ImportedData.instagram("batikuji").url());
  }

  @Test
  void anUpdateTakesTheFilledCellsAndKeepsTheRest() {
    BusinessData current =
        new BusinessData(
            "batik-lama",
            "Batik Lama",
            "Bu Siti",
            "Deskripsi lama",
            "Batik",
            "35.11.02",
            "35.11.02.2005",
            "Jl. Lama",
            new BigDecimal("-7.982200"),
            new BigDecimal("113.793500"),
            "+62332421234",
            null,
            null,
            2010,
            "9120108452311",
            "sentra-batik",
            List.of(new BusinessData.Link(LinkKind.INSTAGRAM, "https://instagram.com/batiklama")),
            List.of(new BusinessData.CertificationData(CertificationKind.HALAL, "ID123", null)),
            PublicationStatus.PUBLISHED,
            null);
    ImportedBusiness row =
        new ImportedBusiness(
            2,
            "Batik Lama",
            null,
            null,
            null,
            "35.11.02",
            null,
            "Jl. Baru",
            null,
            "+6281234567890",
            null,
            null,
            null,
            true,
            null,
            null,
            "batiklama",
            null);
    BusinessData merged = ImportedData.merged(current, row);
    assertEquals("Bu Siti", merged.ownerName());
    assertEquals("Jl. Baru", merged.streetAddress());
    assertEquals("35.11.02.2005", merged.villageCode(), "same kecamatan: the desa stays");
    assertEquals("+6281234567890", merged.whatsapp());
    assertEquals("sentra-batik", merged.clusterSlug());
    assertEquals(current.links(), merged.links(), "the same account, spelt otherwise, stays");
    assertEquals(current.certifications(), merged.certifications(), "the numbered one stays");

    ImportedBusiness moved =
        new ImportedBusiness(
            2,
            "Batik Lama",
            null,
            null,
            null,
            "35.11.03",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            false,
            null,
            null,
            "batikbaru",
            null);
    BusinessData elsewhere = ImportedData.merged(current, moved);
    assertEquals(null, elsewhere.villageCode(), "another kecamatan: the old desa goes");
    assertEquals("https://www.instagram.com/batikbaru", elsewhere.links().get(0).url());
    assertEquals(1, elsewhere.certifications().size(), "'tidak' takes nothing away");

    ProductData product =
        new ProductData(
            "kain",
            "batik-lama",
            "batik-fesyen",
            "Kain",
            "Lama",
            100_000L,
            null,
            false,
            "lembar",
            1,
            Availability.READY,
            true,
            PublicationStatus.PUBLISHED);
    ImportedProduct noPrice =
        new ImportedProduct(3, null, "Batik Lama", "Kain", null, null, null, null, 2, null);
    ProductData kept = ImportedData.merged(product, noPrice, null);
    assertEquals(100_000L, kept.priceMin());
    assertEquals(2, kept.minOrder());
    assertTrue(kept.featured());
    ImportedProduct nego =
        new ImportedProduct(
            3,
            null,
            "Batik Lama",
            "Kain",
            null,
            null,
            new PriceText.Price(null, null, true),
            null,
            null,
            null);
    ProductData negotiable = ImportedData.created(nego, "kain-2", "batik-lama", null);
    assertTrue(negotiable.negotiable());
    assertEquals(null, negotiable.priceMin());
  }
}
