package id.etalase.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.access.ConsoleUser;
import id.etalase.business.Business;
import id.etalase.business.BusinessData;
import id.etalase.business.BusinessFilter;
import id.etalase.business.BusinessRepository;
import id.etalase.business.BusinessService;
import id.etalase.business.CertificationKind;
import id.etalase.business.LinkKind;
import id.etalase.catalog.CategoryData;
import id.etalase.catalog.CategoryRepository;
import id.etalase.catalog.CategoryService;
import id.etalase.catalog.Product;
import id.etalase.catalog.ProductFilter;
import id.etalase.catalog.ProductRepository;
import id.etalase.catalog.ProductService;
import id.etalase.common.InvalidInputException;
import id.etalase.common.NotAllowedException;
import id.etalase.common.RecordNotFoundException;
import id.etalase.curation.PublicationStatus;
import id.etalase.region.RegionRepository;
import id.etalase.tenant.TenantDirectory;
import id.etalase.tenant.TenantEntityManager;
import id.etalase.tenant.TenantSnapshot;
import id.etalase.tenant.TenantWork;
import id.etalase.testing.Actors;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bulk import and export of issue 13 on the real database and server: the round trip from the
 * template through an import and an export back to an import that changes nothing, the operator's
 * choices for rows the tenant has already, all or nothing, undo and its refusal, the export
 * narrowed by the console's filters, batches nobody finishes (interrupted, unconfirmed), isolation
 * between Bondowoso (A) and Situbondo (B), and hostile files. Every test imports records with its
 * own marker in their names and takes them away again (undo), so other classes see the demo
 * catalogs.
 */
@ExtendWith(ArquillianExtension.class)
class ImportIT {

  @Inject TenantDirectory directory;
  @Inject TenantWork work;
  @Inject ImportService imports;
  @Inject ImportUndo undo;
  @Inject ImportErrors errors;
  @Inject CatalogExport export;
  @Inject GovernmentReport governmentReport;
  @Inject BusinessService businessService;
  @Inject BusinessRepository businesses;
  @Inject ProductService productService;
  @Inject ProductRepository products;
  @Inject CategoryService categoryService;
  @Inject CategoryRepository categories;
  @Inject RegionRepository regions;
  @Inject ImportRecovery recovery;
  @Inject ImportHousekeeping housekeeping;
  @Inject ImportMappings mappings;
  @Inject ImportStaging staging;
  @Inject TenantEntityManager tenantEm;

  // --- the government's report ---------------------------------------------------------------

  @Test
  void theGovernmentReportCountsItsOwnTenantOnly() throws Exception {
    for (TenantSnapshot t : List.of(a(), b())) {
      ConsoleUser staff = Actors.operator(t);
      byte[] report = bytes(out -> work.runAs(t, () -> governmentReport.write(staff, out)));
      long counted = 0;
      try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(report))) {
        Sheet byDistrict = book.getSheet("kecamatan");
        for (Row row : byDistrict) {
          if (row.getRowNum() > 0) {
            counted += (long) row.getCell(1).getNumericCellValue();
          }
        }
      }
      long expected = work.callAs(t, businesses::count);
      assertEquals(expected, counted, t.slug());
    }
    ConsoleUser stranger = Actors.operator(b());
    assertThrows(
        NotAllowedException.class,
        () -> work.runAs(a(), () -> governmentReport.write(stranger, new ByteArrayOutputStream())));
  }

  // --- the round trip ------------------------------------------------------------------------

  @Test
  void theTemplateImportedThenExportedImportsBackWithoutAnyChange() throws Exception {
    String m = marker();
    String nib = nib();
    List<TemplateRow> usaha =
        List.of(
            TemplateRow.usaha("Batik Uji " + m)
                .pemilik("Siti Uji")
                .nib(nib)
                .kategori("Batik")
                .kecamatan("tamanan")
                .set(Column.DESA, "Ds. Sumberanom")
                .alamat("Jl. Raya Tamanan 12")
                .telepon("(0332) 421234")
                .set(Column.WHATSAPP, "0812-3456-7890")
                .set(Column.EMAIL, "Batik.Uji@Example.com")
                .deskripsi("- kain tulis\n- pewarna alami")
                .set(Column.TAHUN_BERDIRI, "2015")
                .set(Column.SERTIFIKAT_HALAL, "ya")
                .set(Column.LATITUDE, "-7,9821")
                .set(Column.LONGITUDE, "113.7935")
                .set(Column.INSTAGRAM, "https://instagram.com/batikuji"),
            TemplateRow.usaha("Kopi Uji " + m)
                .kecamatan("Sumber Wringin")
                .telepon("+62 812 3456 7891")
                .set(Column.SERTIFIKAT_HALAL, "tidak"));
    List<TemplateRow> produk =
        List.of(
            TemplateRow.produk("Kain Tulis " + m)
                .nib(nib)
                .kategori("batik & fesyen")
                .deskripsi("=1+1 bukan rumus? ya, rumus")
                .harga("Rp 350.000 - 750.000")
                .set(Column.SATUAN, "lembar")
                .set(Column.MIN_ORDER, "1"),
            TemplateRow.produk("Arabika " + m)
                .namaUsaha("Kopi Uji " + m)
                .kategori("Coffee")
                .deskripsi("-Sangrai medium")
                .harga("85rb nego"),
            TemplateRow.produk("Robusta " + m)
                .namaUsaha("Kopi Uji " + m)
                .kategori("Kopi")
                .harga(""));
    // The description starting with "=" is a formula and refused; the file is fixed and uploaded
    // again, as an operator would.
    ImportPreview refused = preview(a(), operatorA(), fromTemplate(usaha, produk), "uji.xlsx");
    assertEquals(1, refused.counts().productError(), refused.errors().toString());
    assertEquals("import.error.formula", refused.errors().get(0).messageKey());
    List<TemplateRow> fixed = new ArrayList<>(produk);
    fixed.set(0, produk.get(0).copy().deskripsi("@ katun primisima, 2 x 1,15 m"));
    ImportPreview first = preview(a(), operatorA(), fromTemplate(usaha, fixed), "uji.xlsx");
    assertEquals(new ImportPreview.Counts(2, 2, 0, 0, 3, 3, 0, 0), first.counts());
    long batch = confirmAndWait(a(), operatorA(), first.batchId(), Map.of(), false);
    try {
      work.runAs(
          a(),
          () -> {
            Business batik = byName("Batik Uji " + m);
            assertEquals(PublicationStatus.SUBMITTED, batik.getStatus());
            assertEquals("35.11.02", batik.getDistrictCode());
            assertEquals("35.11.02.2014", batik.getVillageCode()); // Sumber Anom
            assertEquals("+62332421234", batik.getPhone());
            assertEquals("+6281234567890", batik.getWhatsapp());
            assertEquals("batik.uji@example.com", batik.getEmail());
            assertEquals(new BigDecimal("-7.982100"), batik.getLatitude());
            assertEquals(CertificationKind.HALAL, batik.getCertifications().get(0).getKind());
            assertEquals(LinkKind.INSTAGRAM, batik.getLinks().get(0).getKind());
            Product kain = productNamed("Kain Tulis " + m);
            assertEquals(350_000L, kain.getPriceMin());
            assertEquals(750_000L, kain.getPriceMax());
            assertEquals("batik-fesyen", kain.getCategory().getSlug());
            Product arabika = productNamed("Arabika " + m);
            assertEquals(85_000L, arabika.getPriceMin());
            assertTrue(arabika.isNegotiable());
            assertTrue(productNamed("Robusta " + m).isNegotiable(), "no price: negotiable");
          });

      // The export, as XLSX: escaped where a spreadsheet would see a formula, and our rows only.
      byte[] exported = bytes(out -> work.runAs(a(), () -> export.xlsx(operatorA(), out)));
      byte[] ours = onlyRowsOf(exported, m);
      try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
        Cell described = cellOf(book.getSheet("produk"), "Arabika " + m, Column.DESKRIPSI);
        assertEquals("-Sangrai medium", described.getStringCellValue());
        assertTrue(described.getCellStyle().getQuotePrefixed(), "escaped by the quote prefix");
      }
      ImportPreview again = preview(a(), operatorA(), ours, "ekspor.xlsx");
      assertEquals(new ImportPreview.Counts(2, 0, 2, 0, 3, 0, 3, 0), again.counts());
      long second =
          confirmAndWait(a(), operatorA(), again.batchId(), Map.of(), DuplicateChoice.UPDATE);
      ImportBatch done = work.callAs(a(), () -> imports.batch(operatorA(), second).orElseThrow());
      assertEquals(List.of(0, 0, 5), counts(done), "nothing changed");

      // The export as CSV, one file a sheet, the same way.
      Path usahaCsv = csvRowsOf(a(), ImportSheet.USAHA, m);
      Path produkCsv = csvRowsOf(a(), ImportSheet.PRODUK, m);
      assertTrue(Files.readString(produkCsv).contains("'-Sangrai medium"), "escaped in CSV");
      ImportPreview csv =
          work.callAs(
              a(),
              () ->
                  imports.preview(
                      operatorA(), new ImportUpload("usaha.csv", usahaCsv, produkCsv), null, null));
      assertEquals(new ImportPreview.Counts(2, 0, 2, 0, 3, 0, 3, 0), csv.counts());
      long third =
          confirmAndWait(a(), operatorA(), csv.batchId(), Map.of(), DuplicateChoice.UPDATE);
      assertEquals(
          List.of(0, 0, 5),
          counts(work.callAs(a(), () -> imports.batch(operatorA(), third).orElseThrow())));
    } finally {
      undo(a(), batch);
    }
    work.runAs(a(), () -> assertTrue(businesses.findAll().stream().noneMatch(b -> named(b, m))));
  }

  // --- the filtered export --------------------------------------------------------------------

  @Test
  void aFilteredExportHoldsExactlyTheMatchingRowsOfItsTenantAndImportsBackUnchanged()
      throws Exception {
    String m = marker();
    String nib1 = nib();
    byte[] file =
        workbook(
            List.of(
                TemplateRow.usaha("Satu " + m).nib(nib1).kecamatan("Tamanan"),
                // Without a NIB, a business is known again by its name and phone.
                TemplateRow.usaha("Dua " + m).kecamatan("Tamanan").telepon("081234567002"),
                TemplateRow.usaha("Tiga " + m).kecamatan("Sumber Wringin").telepon("081234567003")),
            List.of(
                TemplateRow.produk("Kopi Satu " + m).nib(nib1).kategori("Kopi"),
                TemplateRow.produk("Kain Satu " + m)
                    .nib(nib1)
                    .kategori("batik & fesyen")
                    .harga("Rp 50.000 nego"),
                TemplateRow.produk("Kain Dua " + m)
                    .namaUsaha("Dua " + m)
                    .kategori("batik & fesyen"),
                TemplateRow.produk("Kopi Tiga " + m).namaUsaha("Tiga " + m).kategori("Kopi")));
    ImportPreview preview = preview(a(), operatorA(), file, "filter.xlsx");
    assertEquals(new ImportPreview.Counts(3, 3, 0, 0, 4, 4, 0, 0), preview.counts());
    long batch = confirmAndWait(a(), operatorA(), preview.batchId(), Map.of(), false);
    try {
      String tamanan = districtNamed(a(), "Tamanan");
      long kopiA = work.callAs(a(), () -> categories.findBySlug("kopi").orElseThrow().getId());
      long kopiB = work.callAs(b(), () -> categories.findBySlug("kopi").orElseThrow().getId());
      String districtB =
          work.callAs(b(), () -> regions.districtsOf(b().regencyCode()).get(0).getCode());

      // The business list's filter: the text and the kecamatan; products of those businesses.
      ExportFilter inTamanan =
          ExportFilter.ofBusinesses(new BusinessFilter(m, null, tamanan, null, null));
      byte[] xlsx = bytes(out -> work.runAs(a(), () -> export.xlsx(operatorA(), inTamanan, out)));
      assertEquals(List.of("Satu " + m, "Dua " + m), names(xlsx, "usaha", Column.NAMA_USAHA));
      assertEquals(
          List.of("Kopi Satu " + m, "Kain Satu " + m, "Kain Dua " + m),
          names(xlsx, "produk", Column.NAMA_PRODUK));

      // The export page's category: businesses with a coffee, and their coffees only.
      ExportFilter coffee =
          new ExportFilter(
              new BusinessFilter(m, null, null, kopiA, null),
              new ProductFilter(null, null, kopiA, null, null));
      byte[] coffees = bytes(out -> work.runAs(a(), () -> export.xlsx(operatorA(), coffee, out)));
      assertEquals(List.of("Satu " + m, "Tiga " + m), names(coffees, "usaha", Column.NAMA_USAHA));
      assertEquals(
          List.of("Kopi Satu " + m, "Kopi Tiga " + m),
          names(coffees, "produk", Column.NAMA_PRODUK));

      // The product list's filter alone, as CSV: every business, the matching products.
      ExportFilter kain =
          ExportFilter.ofProducts(new ProductFilter("Kain", null, null, null, null));
      byte[] kainCsv =
          bytes(
              out -> work.runAs(a(), () -> export.csv(operatorA(), ImportSheet.PRODUK, kain, out)));
      assertEquals(
          List.of("Kain Satu " + m, "Kain Dua " + m),
          csvColumn(kainCsv, Column.NAMA_PRODUK).stream().filter(n -> n.contains(m)).toList());

      // Tampered filters: another tenant's category or kecamatan finds nothing at all here, and
      // B's export with A's marker holds none of A's rows.
      for (ExportFilter tampered :
          List.of(
              new ExportFilter(
                  new BusinessFilter(null, null, null, kopiB, null),
                  new ProductFilter(null, null, kopiB, null, null)),
              ExportFilter.ofBusinesses(new BusinessFilter(null, null, districtB, null, null)))) {
        byte[] none = bytes(out -> work.runAs(a(), () -> export.xlsx(operatorA(), tampered, out)));
        assertEquals(List.of(), names(none, "usaha", Column.NAMA_USAHA), tampered.toString());
        assertEquals(List.of(), names(none, "produk", Column.NAMA_PRODUK), tampered.toString());
      }
      ExportFilter ours = ExportFilter.ofBusinesses(new BusinessFilter(m, null, null, null, null));
      byte[] inB =
          bytes(out -> work.runAs(b(), () -> export.xlsx(Actors.operator(b()), ours, out)));
      assertEquals(List.of(), names(inB, "usaha", Column.NAMA_USAHA));
      assertEquals(List.of(), names(inB, "produk", Column.NAMA_PRODUK));
      byte[] allOfB =
          bytes(
              out ->
                  work.runAs(b(), () -> export.xlsx(Actors.operator(b()), ExportFilter.ALL, out)));
      assertTrue(
          names(allOfB, "usaha", Column.NAMA_USAHA).stream().noneMatch(n -> n.contains(m)),
          "A's rows are not in B's export");

      // The filtered export imports back unchanged.
      ImportPreview again = preview(a(), operatorA(), xlsx, "ekspor.xlsx");
      assertEquals(new ImportPreview.Counts(2, 0, 2, 0, 3, 0, 3, 0), again.counts());
      long second =
          confirmAndWait(a(), operatorA(), again.batchId(), Map.of(), DuplicateChoice.UPDATE);
      assertEquals(
          List.of(0, 0, 5),
          counts(work.callAs(a(), () -> imports.batch(operatorA(), second).orElseThrow())),
          "nothing changed");
    } finally {
      undo(a(), batch);
    }
  }

  // --- rows the tenant has already -------------------------------------------------------------

  @Test
  void eachRepeatedRowIsSkippedUpdatedOrImportedAsNewAsChosen() throws Exception {
    String m = marker();
    String nib1 = nib();
    String nib3 = nib();
    byte[] base =
        workbook(
            List.of(
                TemplateRow.usaha("Satu " + m).nib(nib1).kecamatan("Tamanan").pemilik("Lama"),
                TemplateRow.usaha("Dua " + m)
                    .kecamatan("Tamanan")
                    .telepon("081234567001")
                    .alamat("Alamat lama"),
                TemplateRow.usaha("Tiga " + m).nib(nib3).kecamatan("Tamanan")),
            List.of(TemplateRow.produk("Produk " + m).nib(nib1).harga("10000")));
    long first =
        confirmAndWait(
            a(),
            operatorA(),
            preview(a(), operatorA(), base, "dasar.xlsx").batchId(),
            Map.of(),
            false);
    byte[] repeat =
        workbook(
            List.of(
                TemplateRow.usaha("Satu " + m).nib(nib1).kecamatan("Tamanan").pemilik("Baru"),
                TemplateRow.usaha("dua  " + m.toUpperCase())
                    .kecamatan("Tamanan")
                    .telepon("0812-3456-7001")
                    .alamat("Alamat baru"),
                TemplateRow.usaha("Tiga " + m).nib(nib3).kecamatan("Tamanan")),
            List.of(TemplateRow.produk("Produk " + m).nib(nib1).harga("12rb")));
    ImportPreview preview = preview(a(), operatorA(), repeat, "ulang.xlsx");
    assertEquals(new ImportPreview.Counts(3, 0, 3, 0, 1, 0, 1, 0), preview.counts());
    Map<String, String> matchedBy = new LinkedHashMap<>();
    preview.duplicates().forEach(d -> matchedBy.put(d.key(), d.matchedBy()));
    assertEquals(
        Map.of("usaha:2", "nib", "usaha:3", "namePhone", "usaha:4", "nib", "produk:2", "name"),
        matchedBy);
    long second =
        confirmAndWait(
            a(),
            operatorA(),
            preview.batchId(),
            Map.of(
                "usaha:2", DuplicateChoice.UPDATE,
                "usaha:3", DuplicateChoice.SKIP,
                "usaha:4", DuplicateChoice.NEW,
                "produk:2", DuplicateChoice.UPDATE),
            DuplicateChoice.SKIP);
    assertEquals(
        List.of(1, 2, 1),
        counts(work.callAs(a(), () -> imports.batch(operatorA(), second).orElseThrow())));
    work.runAs(
        a(),
        () -> {
          assertEquals("Baru", byName("Satu " + m).getOwnerName());
          assertEquals("Alamat lama", byName("Dua " + m).getStreetAddress());
          assertEquals(
              2, businesses.findAll().stream().filter(b -> nib3.equals(b.getNib())).count());
          assertEquals(12_000L, productNamed("Produk " + m).getPriceMin());
        });
    // Undone, the second batch puts back what it updated and removes what it created.
    undo(a(), second);
    work.runAs(
        a(),
        () -> {
          assertEquals("Lama", byName("Satu " + m).getOwnerName());
          assertEquals(10_000L, productNamed("Produk " + m).getPriceMin());
          assertEquals(
              1, businesses.findAll().stream().filter(b -> nib3.equals(b.getNib())).count());
        });
    // The first batch's "Satu" was updated (and put back) since: its undo is refused.
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> work.runAs(a(), () -> undo.undo(operatorA(), first)));
    assertEquals("import.undo.edited", refused.problems().get(0).messageKey());
    deleteNamed(m);
  }

  @Test
  void aRowRepeatingAnEarlierRowOfTheFileIsADuplicateOfIt() throws Exception {
    String m = marker();
    String nib1 = nib();
    String nib3 = nib();
    List<TemplateRow> rows = new ArrayList<>();
    rows.add(TemplateRow.usaha("Satu " + m).nib(nib1).kecamatan("Tamanan").pemilik("Lama"));
    rows.add(
        TemplateRow.usaha("Dua " + m)
            .kecamatan("Tamanan")
            .telepon("081234567101")
            .alamat("Alamat lama"));
    rows.add(TemplateRow.usaha("Tiga " + m).nib(nib3).kecamatan("Tamanan"));
    // More rows than the writer creates at a time, so that the repeat updates a business that is
    // already written, not one still waiting.
    for (int i = 0; i < 300; i++) {
      rows.add(TemplateRow.usaha("Isi " + i + " " + m).kecamatan("Tamanan"));
    }
    rows.add(TemplateRow.usaha("Satu " + m).nib(nib1).kecamatan("Tamanan").pemilik("Baru"));
    rows.add(
        TemplateRow.usaha("dua  " + m.toUpperCase())
            .kecamatan("Tamanan")
            .telepon("0812-3456-7101")
            .alamat("Alamat baru"));
    rows.add(TemplateRow.usaha("Tiga " + m).nib(nib3).kecamatan("Tamanan"));
    byte[] file =
        workbook(rows, List.of(TemplateRow.produk("Produk " + m).nib(nib1).harga("10000")));
    ImportPreview preview = preview(a(), operatorA(), file, "berulang.xlsx");
    assertEquals(new ImportPreview.Counts(306, 303, 3, 0, 1, 1, 0, 0), preview.counts());
    Map<String, String> earlier = new LinkedHashMap<>();
    preview.duplicates().forEach(d -> earlier.put(d.key(), d.earlierRow() + " " + d.matchedBy()));
    assertEquals(
        Map.of("usaha:305", "2 nib", "usaha:306", "3 namePhone", "usaha:307", "4 nib"), earlier);
    long batch =
        confirmAndWait(
            a(),
            operatorA(),
            preview.batchId(),
            Map.of(
                "usaha:305", DuplicateChoice.UPDATE,
                "usaha:306", DuplicateChoice.SKIP,
                "usaha:307", DuplicateChoice.NEW),
            DuplicateChoice.SKIP);
    assertEquals(
        List.of(305, 1, 1),
        counts(work.callAs(a(), () -> imports.batch(operatorA(), batch).orElseThrow())));
    work.runAs(
        a(),
        () -> {
          List<Business> satu =
              businesses.findAll().stream().filter(b -> nib1.equals(b.getNib())).toList();
          assertEquals(1, satu.size(), "the repeat updated the first row's business");
          assertEquals("Baru", satu.get(0).getOwnerName());
          assertEquals("Alamat lama", byName("Dua " + m).getStreetAddress());
          assertEquals(
              2, businesses.findAll().stream().filter(b -> nib3.equals(b.getNib())).count());
          assertEquals(satu.get(0).getId(), productNamed("Produk " + m).getBusiness().getId());
        });
    // The batch's own update is no edit since: the whole batch can be undone.
    undo(a(), batch);
    work.runAs(
        a(),
        () ->
            assertTrue(
                businesses.findAll().stream()
                    .noneMatch(b -> b.getName().toLowerCase().contains(m.toLowerCase()))));
  }

  // --- all or nothing ------------------------------------------------------------------------

  @Test
  void aBatchThatFailsHalfwayLeavesNothingBehind() throws Exception {
    String m = marker();
    String slug = "uji-hapus-" + m;
    work.runAs(
        a(),
        () ->
            categoryService.create(
                operatorA(), new CategoryData(slug, "Uji Hapus " + m, null, null, 900)));
    byte[] file =
        workbook(
            List.of(
                TemplateRow.usaha("Awal " + m).kecamatan("Tamanan"),
                TemplateRow.usaha("Kedua " + m).kecamatan("Tamanan")),
            List.of(
                TemplateRow.produk("Biasa " + m).namaUsaha("Awal " + m),
                TemplateRow.produk("Terakhir " + m)
                    .namaUsaha("Kedua " + m)
                    .kategori("Uji Hapus " + m)));
    ImportPreview preview = preview(a(), operatorA(), file, "gagal.xlsx");
    assertEquals(0, preview.counts().errors(), preview.errors().toString());
    long auditBefore = auditCount();
    // The category of the last row goes away between the preview and the write.
    work.runAs(
        a(),
        () ->
            categoryService.delete(operatorA(), categories.findBySlug(slug).orElseThrow().getId()));
    long afterDelete = auditCount();
    work.runAs(a(), () -> imports.confirm(operatorA(), preview.batchId(), Map.of(), null, true));
    ImportBatch failed = await(a(), preview.batchId());
    assertEquals(ImportStatus.FAILED, failed.getStatus());
    assertTrue(failed.getFailure().startsWith("import.failed.changed"), failed.getFailure());
    work.runAs(
        a(),
        () -> {
          assertTrue(businesses.findAll().stream().noneMatch(b -> named(b, m)));
          assertTrue(products.findAll().stream().noneMatch(p -> p.getName().contains(m)));
        });
    assertEquals(afterDelete, auditCount(), "no audit entry of the failed batch survives");
    assertEquals(auditBefore + 1, afterDelete);
    // A failed batch cannot be confirmed again, nor undone.
    assertProblem(
        "import.confirm.notPreviewed",
        () ->
            work.runAs(
                a(), () -> imports.confirm(operatorA(), preview.batchId(), Map.of(), null, false)));
    assertProblem(
        "import.undo.notDone",
        () -> work.runAs(a(), () -> undo.undo(operatorA(), preview.batchId())));
  }

  // --- undo --------------------------------------------------------------------------------

  @Test
  void undoIsRefusedNamingTheRecordOnceItWasEditedSince() throws Exception {
    String m = marker();
    byte[] file =
        workbook(
            List.of(TemplateRow.usaha("Diubah " + m).kecamatan("Tamanan")),
            List.of(TemplateRow.produk("Barang " + m).namaUsaha("Diubah " + m)));
    long batch =
        confirmAndWait(
            a(),
            operatorA(),
            preview(a(), operatorA(), file, "ubah.xlsx").batchId(),
            Map.of(),
            false);
    work.runAs(
        a(),
        () -> {
          Business b = byName("Diubah " + m);
          BusinessData edited =
              new BusinessData(
                  b.getSlug(),
                  b.getName(),
                  "Pemilik Baru",
                  null,
                  null,
                  b.getDistrictCode(),
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  List.of(),
                  List.of(),
                  null,
                  null);
          assertTrue(businessService.update(operatorA(), b.getId(), edited));
        });
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> work.runAs(a(), () -> undo.undo(operatorA(), batch)));
    assertEquals("import.undo.edited", refused.problems().get(0).messageKey());
    assertEquals(List.of("Diubah " + m), refused.problems().get(0).arguments());
    work.runAs(
        a(),
        () -> {
          assertEquals(
              ImportStatus.DONE, imports.batch(operatorA(), batch).orElseThrow().getStatus());
          assertEquals("Pemilik Baru", byName("Diubah " + m).getOwnerName());
        });
    deleteNamed(m);

    // Without an edit, undo removes the batch's records, once.
    long other =
        confirmAndWait(
            a(),
            operatorA(),
            preview(a(), operatorA(), file, "ubah.xlsx").batchId(),
            Map.of(),
            false);
    undo(a(), other);
    work.runAs(
        a(),
        () -> {
          assertTrue(businesses.findAll().stream().noneMatch(b -> named(b, m)));
          assertEquals(
              ImportStatus.UNDONE, imports.batch(operatorA(), other).orElseThrow().getStatus());
        });
    assertProblem(
        "import.undo.notDone", () -> work.runAs(a(), () -> undo.undo(operatorA(), other)));
  }

  // --- isolation ---------------------------------------------------------------------------

  @Test
  void anotherTenantNeitherSeesNorTouchesAnImportEvenByItsId() throws Exception {
    String m = marker();
    byte[] file =
        workbook(List.of(TemplateRow.usaha("Rahasia " + m).kecamatan("Tamanan")), List.of());
    long batchA = preview(a(), operatorA(), file, "rahasia.xlsx").batchId();
    ConsoleUser operatorB = Actors.operator(b());
    long countB = work.callAs(b(), () -> imports.count(operatorB));
    work.runAs(
        b(),
        () -> {
          assertTrue(imports.batch(operatorB, batchA).isEmpty());
          assertTrue(
              imports.history(operatorB, 0, 1000).stream().noneMatch(x -> x.getId() == batchA));
        });
    assertThrows(
        RecordNotFoundException.class,
        () -> work.runAs(b(), () -> imports.confirm(operatorB, batchA, Map.of(), null, true)));
    assertThrows(
        RecordNotFoundException.class, () -> work.runAs(b(), () -> undo.undo(operatorB, batchA)));
    assertThrows(
        RecordNotFoundException.class,
        () ->
            work.runAs(
                b(),
                () ->
                    errors.write(
                        operatorB, batchA, ImportSheet.USAHA, new ByteArrayOutputStream())));
    // B's staff in A's directory, and A's business owner, are nobody here.
    long ownBusiness =
        work.callAs(a(), () -> businesses.findBySlug("batik-sekar-tamanan").orElseThrow().getId());
    for (ConsoleUser stranger : List.of(operatorB, Actors.owner(a(), ownBusiness))) {
      assertThrows(
          NotAllowedException.class, () -> work.runAs(a(), () -> imports.batch(stranger, batchA)));
      assertThrows(NotAllowedException.class, () -> work.runAs(a(), () -> imports.count(stranger)));
      assertThrows(
          NotAllowedException.class,
          () -> work.runAs(a(), () -> imports.confirm(stranger, batchA, Map.of(), null, true)));
      assertThrows(
          NotAllowedException.class, () -> work.runAs(a(), () -> undo.undo(stranger, batchA)));
      assertThrows(
          NotAllowedException.class,
          () -> work.runAs(a(), () -> export.xlsx(stranger, new ByteArrayOutputStream())));
      Path upload = temp(file);
      assertThrows(
          NotAllowedException.class,
          () ->
              work.runAs(
                  a(),
                  () ->
                      imports.preview(
                          stranger, new ImportUpload("x.xlsx", upload, null), null, null)));
    }
    assertEquals(countB, work.callAs(b(), () -> imports.count(operatorB)));
    work.runAs(
        a(),
        () ->
            assertEquals(
                ImportStatus.PREVIEWED,
                imports.batch(operatorA(), batchA).orElseThrow().getStatus()));

    // B's file names A's NIB (not A's name: B's audit log would then show it on B's dashboard,
    // which CatalogConsolesIT holds against): B gets a business of its own, A's is untouched.
    Business victim =
        work.callAs(a(), () -> businesses.findBySlug("batik-sekar-tamanan").orElseThrow());
    BusinessData victimBefore =
        work.callAs(a(), () -> businesses.findById(victim.getId()).orElseThrow().toData());
    String kecamatanB =
        work.callAs(b(), () -> regions.districtsOf(b().regencyCode()).get(0).getName());
    byte[] naming =
        workbook(
            List.of(
                TemplateRow.usaha("Tiruan Usaha " + m)
                    .nib(victim.getNib())
                    .kecamatan(kecamatanB)
                    .pemilik("Bukan Pemilik " + m)),
            List.of(
                TemplateRow.produk("Tiruan " + m).nib(victim.getNib()),
                TemplateRow.produk("Lain " + m).namaUsaha("Kopi Lereng Ijen")));
    ImportPreview inB = preview(b(), operatorB, naming, "tiruan.xlsx");
    assertEquals(new ImportPreview.Counts(1, 1, 0, 0, 2, 1, 0, 1), inB.counts());
    assertEquals("import.error.businessUnknown", inB.errors().get(0).messageKey());
    byte[] clean =
        workbook(
            List.of(
                TemplateRow.usaha("Tiruan Usaha " + m)
                    .nib(victim.getNib())
                    .kecamatan(kecamatanB)
                    .pemilik("Bukan Pemilik " + m)),
            List.of(TemplateRow.produk("Tiruan " + m).nib(victim.getNib())));
    long batchB =
        confirmAndWait(
            b(),
            operatorB,
            preview(b(), operatorB, clean, "tiruan.xlsx").batchId(),
            Map.of(),
            DuplicateChoice.UPDATE);
    assertEquals(
        List.of(2, 0, 0),
        counts(work.callAs(b(), () -> imports.batch(operatorB, batchB).orElseThrow())));
    assertEquals(
        victimBefore,
        work.callAs(a(), () -> businesses.findById(victim.getId()).orElseThrow().toData()));
    undo(b(), batchB, operatorB);
    work.runAs(
        a(),
        () ->
            assertTrue(
                businessService
                    .find(
                        operatorA(),
                        new BusinessFilter(m, null, null, null, null),
                        0,
                        10,
                        BusinessFilter.Sort.NAME,
                        true)
                    .isEmpty()));
  }

  // --- batches nobody finishes -----------------------------------------------------------------

  @Test
  void aBatchLeftRunningByARestartIsFailedInEveryTenantUnlessItStillBeats() throws Exception {
    String m = marker();
    long stale = previewOne(a(), "Henti " + m);
    long beating = previewOne(a(), "Jalan " + m);
    long staleB = previewOne(b(), "Henti " + m);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    setBatch(a(), stale, ImportStatus.RUNNING, now.minusHours(2), now.minusHours(1));
    setBatch(a(), beating, ImportStatus.RUNNING, now.minusHours(2), now);
    setBatch(b(), staleB, ImportStatus.RUNNING, now.minusHours(2), null);
    try {
      recovery.recover();

      ImportBatch failed = batchOf(a(), stale);
      assertEquals(ImportStatus.FAILED, failed.getStatus());
      assertEquals("import.failed.interrupted", failed.getFailure());
      assertTrue(uploadOf(a(), stale).isEmpty(), "its upload is removed");
      assertEquals(ImportStatus.RUNNING, batchOf(a(), beating).getStatus(), "another node writes");
      assertTrue(uploadOf(a(), beating).isPresent());
      ImportBatch failedB = batchOf(b(), staleB);
      assertEquals(ImportStatus.FAILED, failedB.getStatus(), "every tenant's");
      assertEquals("import.failed.interrupted", failedB.getFailure());
    } finally {
      setBatch(a(), beating, ImportStatus.FAILED, now.minusHours(2), now);
    }
  }

  @Test
  void anUnconfirmedPreviewExpiresInItsTenantOnlyAndCannotBeConfirmedAfter() throws Exception {
    String m = marker();
    long old = previewOne(a(), "Lama " + m);
    long fresh = previewOne(a(), "Baru " + m);
    long oldB = previewOne(b(), "Lama " + m);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    setBatch(a(), old, ImportStatus.PREVIEWED, now.minusHours(25), null);
    setBatch(b(), oldB, ImportStatus.PREVIEWED, now.minusHours(25), null);

    List<Long> expired = housekeeping.expireUnconfirmed(a(), now.minusHours(24));
    assertTrue(expired.contains(old), expired.toString());
    assertTrue(!expired.contains(fresh) && !expired.contains(oldB), expired.toString());
    assertEquals(ImportStatus.EXPIRED, batchOf(a(), old).getStatus());
    assertTrue(uploadOf(a(), old).isEmpty(), "its upload is removed");
    assertEquals(ImportStatus.PREVIEWED, batchOf(a(), fresh).getStatus());
    assertTrue(uploadOf(a(), fresh).isPresent());
    // B's old preview waits for B's own sweep, upload and all.
    assertEquals(ImportStatus.PREVIEWED, batchOf(b(), oldB).getStatus());
    assertTrue(uploadOf(b(), oldB).isPresent());

    assertProblem(
        "import.confirm.expired",
        () ->
            work.runAs(
                a(),
                () -> imports.confirm(operatorA(), old, Map.of(), DuplicateChoice.SKIP, false)));
    assertEquals(ImportStatus.EXPIRED, batchOf(a(), old).getStatus());

    // B's operator neither finds A's batch nor sees it in B's history, and B's sweep is B's own.
    ConsoleUser operatorB = Actors.operator(b());
    assertTrue(work.callAs(b(), () -> imports.batch(operatorB, old)).isEmpty());
    assertTrue(
        work.callAs(b(), () -> imports.history(operatorB, 0, 1000)).stream()
            .noneMatch(batch -> batch.getId() == old || batch.getId() == fresh));
    assertEquals(List.of(oldB), housekeeping.expireUnconfirmed(b(), now.minusHours(24)));
    assertEquals(ImportStatus.PREVIEWED, batchOf(a(), fresh).getStatus());
    assertTrue(uploadOf(b(), oldB).isEmpty());
  }

  // --- saved mappings -----------------------------------------------------------------------

  @Test
  void aSavedMappingIsItsTenantsStaffsOnly() {
    String name = "Pemetaan " + marker();
    ImportMapping saved =
        work.callAs(
            a(),
            () ->
                mappings.save(
                    operatorA(),
                    name,
                    ColumnMapping.parse(ImportSheet.USAHA, null)
                        .with("Usaha Mikro", Column.NAMA_USAHA)
                        .serialise(),
                    null));
    assertTrue(
        work.callAs(a(), () -> mappings.mapping(operatorA(), saved.getId())).isPresent(), name);
    ConsoleUser operatorB = Actors.operator(b());
    assertTrue(work.callAs(b(), () -> mappings.mapping(operatorB, saved.getId())).isEmpty());
    assertTrue(
        work.callAs(b(), () -> mappings.mappings(operatorB)).stream()
            .noneMatch(m -> m.getName().equals(name)));
    assertThrows(
        NotAllowedException.class,
        () -> work.runAs(a(), () -> mappings.save(operatorB, name, null, null)));
    assertProblem(
        "import.mapping.invalid",
        () -> work.runAs(a(), () -> mappings.save(operatorA(), name, "bukan=kolom\n", null)));
  }

  // --- hostile files -----------------------------------------------------------------------

  @Test
  void hostileFilesAreRefusedWithAReasonAndNothingIsKept() throws Exception {
    long before = work.callAs(a(), () -> imports.count(operatorA()));
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H'};
    assertFileRefused("import.file.notSpreadsheet", png);
    assertFileRefused("import.file.empty", new byte[0]);
    byte[] normal = workbook(List.of(TemplateRow.usaha("X").kecamatan("Tamanan")), List.of());
    assertFileRefused("import.file.zipBomb", Uploads.padded(normal, 50L * 1024 * 1024));
    assertFileRefused("import.file.noHeader", "apa,ini\n1,2\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(before, work.callAs(a(), () -> imports.count(operatorA())), "no batch kept");

    // Formulas are errors of their cells, and a batch with errors cannot be confirmed.
    String m = marker();
    byte[] formulas =
        workbook(
            List.of(
                TemplateRow.usaha("=HYPERLINK(\"http://jahat.example\",\"klik\")")
                    .kecamatan("Tamanan"),
                TemplateRow.usaha("Aman " + m).kecamatan("Tamanan").deskripsi("=cmd|' /C calc'!A0"),
                TemplateRow.usaha("@SUM(1+1)").kecamatan("Tamanan")),
            List.of());
    ImportPreview refused = preview(a(), operatorA(), formulas, "rumus.xlsx");
    assertEquals(3, refused.counts().businessError());
    assertTrue(
        refused.errors().stream().allMatch(e -> e.messageKey().equals("import.error.formula")),
        refused.errors().toString());
    assertProblem(
        "import.confirm.errors",
        () ->
            work.runAs(
                a(), () -> imports.confirm(operatorA(), refused.batchId(), Map.of(), null, true)));
    ByteArrayOutputStream annotated = new ByteArrayOutputStream();
    work.runAs(
        a(), () -> errors.write(operatorA(), refused.batchId(), ImportSheet.USAHA, annotated));
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(annotated.toByteArray()))) {
      Sheet sheet = book.getSheet("usaha");
      Cell wrong = sheet.getRow(1).getCell(0);
      assertTrue(wrong.getCellStyle().getQuotePrefixed(), "the formula stays inert text");
      assertEquals(3, sheet.getLastRowNum());
    }

    // Script and SQL are text: stored as typed, never run.
    String script = "<script>alert(1)</script> " + m;
    String sql = "Robert'); DROP TABLE business;-- " + m;
    byte[] text =
        workbook(
            List.of(
                TemplateRow.usaha(script)
                    .kecamatan("Tamanan")
                    .deskripsi(sql)
                    .pemilik("\" OR 1=1 --")),
            List.of(TemplateRow.produk(sql).namaUsaha(script)));
    ImportPreview ok = preview(a(), operatorA(), text, "<img src=x onerror=alert(1)>.xlsx");
    assertEquals(0, ok.counts().errors(), ok.errors().toString());
    long batch = confirmAndWait(a(), operatorA(), ok.batchId(), Map.of(), false);
    work.runAs(
        a(),
        () -> {
          Business b = byName(script);
          assertEquals(sql, b.getDescription());
          assertEquals("\" OR 1=1 --", b.getOwnerName());
          assertEquals(sql, productNamed(sql).getName());
          assertEquals(
              "<img src=x onerror=alert(1)>.xlsx",
              imports.batch(operatorA(), batch).orElseThrow().getFileName());
        });
    undo(a(), batch);
  }

  // --- helpers -----------------------------------------------------------------------------

  private void assertFileRefused(String key, byte[] bytes) throws IOException {
    Path file = temp(bytes);
    ImportFileException refused =
        assertThrows(
            ImportFileException.class,
            () ->
                work.runAs(
                    a(),
                    () ->
                        imports.preview(
                            operatorA(), new ImportUpload("x", file, null), null, null)));
    assertEquals(key, refused.messageKey());
  }

  private static void assertProblem(String key, Runnable action) {
    InvalidInputException refused = assertThrows(InvalidInputException.class, action::run);
    assertEquals(key, refused.problems().get(0).messageKey(), refused.getMessage());
  }

  private ImportPreview preview(TenantSnapshot t, ConsoleUser actor, byte[] file, String name)
      throws IOException {
    Path upload = temp(file);
    return work.callAs(
        t, () -> imports.preview(actor, new ImportUpload(name, upload, null), null, null));
  }

  private long confirmAndWait(
      TenantSnapshot t,
      ConsoleUser actor,
      long batchId,
      Map<String, DuplicateChoice> choices,
      Object publishOrOtherwise) {
    boolean publish = Boolean.TRUE.equals(publishOrOtherwise);
    DuplicateChoice otherwise =
        publishOrOtherwise instanceof DuplicateChoice c ? c : DuplicateChoice.SKIP;
    work.runAs(t, () -> imports.confirm(actor, batchId, choices, otherwise, publish));
    ImportBatch done = await(t, batchId);
    assertEquals(ImportStatus.DONE, done.getStatus(), done.getFailure());
    return batchId;
  }

  private ImportBatch await(TenantSnapshot t, long batchId) {
    ConsoleUser reader = Actors.operator(t);
    long until = System.currentTimeMillis() + 180_000;
    while (true) {
      ImportBatch batch = work.callAs(t, () -> imports.batch(reader, batchId).orElseThrow());
      if (batch.getStatus() != ImportStatus.RUNNING || System.currentTimeMillis() > until) {
        return batch;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return batch;
      }
    }
  }

  private void undo(TenantSnapshot t, long batchId) {
    undo(t, batchId, Actors.operator(t));
  }

  private void undo(TenantSnapshot t, long batchId, ConsoleUser actor) {
    work.runAs(t, () -> undo.undo(actor, batchId));
  }

  private static List<Integer> counts(ImportBatch batch) {
    return List.of(batch.getCreatedCount(), batch.getUpdatedCount(), batch.getSkippedCount());
  }

  @Inject id.etalase.audit.AuditLog auditLog;

  private long auditCount() {
    return work.callAs(
        a(),
        () -> auditLog.count(Actors.admin(a()), new id.etalase.audit.AuditQuery(null, null, null)));
  }

  /** Removes what a test imported, through the services, products first. */
  private void deleteNamed(String marker) {
    work.runAs(
        a(),
        () -> {
          for (Product p : products.findAll()) {
            if (p.getName().contains(marker) || p.getBusiness().getName().contains(marker)) {
              productService.delete(operatorA(), p.getId());
            }
          }
          for (Business b : businesses.findAll()) {
            if (named(b, marker)) {
              businessService.delete(operatorA(), b.getId());
            }
          }
        });
  }

  private Business byName(String name) {
    return businesses.findAll().stream()
        .filter(b -> b.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no business " + name));
  }

  private Product productNamed(String name) {
    return products.findAll().stream()
        .filter(p -> p.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no product " + name));
  }

  private static boolean named(Business b, String marker) {
    return b.getName().contains(marker);
  }

  private Path csvRowsOf(TenantSnapshot t, ImportSheet sheet, String marker) throws IOException {
    byte[] all = bytes(out -> work.runAs(t, () -> export.csv(operatorA(), sheet, out)));
    Path file = Files.createTempFile("import-it-", ".csv");
    try (CSVParser parser =
            CSVParser.parse(
                new InputStreamReader(new ByteArrayInputStream(all), StandardCharsets.UTF_8),
                CSVFormat.DEFAULT);
        CSVPrinter printer =
            new CSVPrinter(
                Files.newBufferedWriter(file, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
      boolean header = true;
      for (CSVRecord record : parser) {
        List<String> cells = record.toList();
        if (header || String.join(" ", cells).contains(marker)) {
          printer.printRecord(cells);
        }
        header = false;
      }
    }
    return file;
  }

  /** The rows of an exported workbook that name {@code marker}, as a workbook of their own. */
  private static byte[] onlyRowsOf(byte[] exported, String marker) throws IOException {
    DataFormatter cells = new DataFormatter();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
      for (Sheet sheet : book) {
        for (int i = sheet.getLastRowNum(); i >= 1; i--) {
          Row row = sheet.getRow(i);
          boolean ours = false;
          for (Cell cell : row) {
            ours |= cells.formatCellValue(cell).contains(marker);
          }
          if (!ours) {
            int last = sheet.getLastRowNum();
            sheet.removeRow(row);
            if (i < last) {
              sheet.shiftRows(i + 1, last, -1);
            }
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    }
  }

  /** The values of one column of an exported sheet, top to bottom. */
  private static List<String> names(byte[] exported, String sheetName, String column)
      throws IOException {
    DataFormatter cells = new DataFormatter();
    List<String> values = new ArrayList<>();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
      Sheet sheet = book.getSheet(sheetName);
      List<String> header = new ArrayList<>();
      sheet.getRow(0).forEach(c -> header.add(cells.formatCellValue(c)));
      int at = header.indexOf(column);
      for (Row row : sheet) {
        if (row.getRowNum() > 0) {
          values.add(cells.formatCellValue(row.getCell(at)));
        }
      }
    }
    return values;
  }

  /** The values of one column of an exported CSV. */
  private static List<String> csvColumn(byte[] exported, String column) throws IOException {
    List<String> values = new ArrayList<>();
    try (CSVParser parser =
        CSVParser.parse(
            new InputStreamReader(new ByteArrayInputStream(exported), StandardCharsets.UTF_8),
            CSVFormat.DEFAULT)) {
      int at = -1;
      for (CSVRecord record : parser) {
        if (at < 0) {
          at = record.toList().indexOf(column);
        } else {
          values.add(record.get(at));
        }
      }
    }
    return values;
  }

  private String districtNamed(TenantSnapshot t, String name) {
    return regions.districtsOf(t.regencyCode()).stream()
        .filter(d -> d.getName().equalsIgnoreCase(name))
        .findFirst()
        .orElseThrow()
        .getCode();
  }

  /** A previewed batch of one business, its upload kept. */
  private long previewOne(TenantSnapshot t, String name) throws IOException {
    byte[] file = workbook(List.of(TemplateRow.usaha(name).kecamatan("x")), List.of());
    return preview(t, Actors.operator(t), file, "satu.xlsx").batchId();
  }

  /** Puts a batch where a test needs it, as a stopped server or an idle operator leaves it. */
  private void setBatch(
      TenantSnapshot t,
      long batchId,
      ImportStatus status,
      OffsetDateTime createdAt,
      OffsetDateTime heartbeatAt) {
    work.runAs(
        t,
        () ->
            assertEquals(
                1,
                tenantEm
                    .get()
                    .createQuery(
                        "UPDATE ImportBatch b SET b.status = :status, b.createdAt = :created,"
                            + " b.heartbeatAt = :beat WHERE b.id = :id")
                    .setParameter("status", status)
                    .setParameter("created", createdAt)
                    .setParameter("beat", heartbeatAt)
                    .setParameter("id", batchId)
                    .executeUpdate()));
  }

  private ImportBatch batchOf(TenantSnapshot t, long batchId) {
    return work.callAs(t, () -> imports.batch(Actors.operator(t), batchId).orElseThrow());
  }

  private Optional<Path> uploadOf(TenantSnapshot t, long batchId) {
    return staging.file(t.id(), batchId, ImportSheet.USAHA);
  }

  private static Cell cellOf(Sheet sheet, String name, String column) {
    DataFormatter cells = new DataFormatter();
    List<String> header = new ArrayList<>();
    sheet.getRow(0).forEach(c -> header.add(cells.formatCellValue(c)));
    int at = header.indexOf(column);
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cells.formatCellValue(cell).equals(name)) {
          return row.getCell(at);
        }
      }
    }
    throw new AssertionError(name + " is not in the export");
  }

  /** A workbook made from the downloadable template: its example rows replaced by {@code rows}. */
  private static byte[] fromTemplate(List<TemplateRow> usaha, List<TemplateRow> produk)
      throws IOException {
    ByteArrayOutputStream template = new ByteArrayOutputStream();
    ImportTemplate.writeXlsx(template);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template.toByteArray()))) {
      fill(book.getSheet("usaha"), ImportSheet.USAHA, usaha);
      fill(book.getSheet("produk"), ImportSheet.PRODUK, produk);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] workbook(List<TemplateRow> usaha, List<TemplateRow> produk)
      throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      header(book.createSheet("usaha"), ImportSheet.USAHA);
      fill(book.getSheet("usaha"), ImportSheet.USAHA, usaha);
      if (!produk.isEmpty()) {
        header(book.createSheet("produk"), ImportSheet.PRODUK);
        fill(book.getSheet("produk"), ImportSheet.PRODUK, produk);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    }
  }

  private static void header(Sheet sheet, ImportSheet kind) {
    Row top = sheet.createRow(0);
    for (int i = 0; i < kind.columns().size(); i++) {
      top.createCell(i).setCellValue(kind.columns().get(i));
    }
  }

  /** Rows from the second row on (over the template's example), in the sheet's columns. */
  private static void fill(Sheet sheet, ImportSheet kind, List<TemplateRow> rows) {
    for (int i = sheet.getLastRowNum(); i >= 1; i--) {
      sheet.removeRow(sheet.getRow(i));
    }
    int next = 1;
    for (TemplateRow values : rows) {
      Row row = sheet.createRow(next++);
      for (int i = 0; i < kind.columns().size(); i++) {
        String value = values.cell(kind.columns().get(i));
        if (!value.isEmpty()) {
          row.createCell(i).setCellValue(value);
        }
      }
    }
  }

  /**
   * A row of the import template as the tests write it: a business ({@link #usaha}) or a product
   * ({@link #produk}) and its cells by column; a cell not set stays empty.
   */
  private static final class TemplateRow {
    private final Map<String, String> cells = new LinkedHashMap<>();

    static TemplateRow usaha(String name) {
      return new TemplateRow().set(Column.NAMA_USAHA, name);
    }

    static TemplateRow produk(String name) {
      return new TemplateRow().set(Column.NAMA_PRODUK, name);
    }

    TemplateRow set(String column, String value) {
      cells.put(column, value);
      return this;
    }

    /** A product's business, by name. */
    TemplateRow namaUsaha(String name) {
      return set(Column.NAMA_USAHA, name);
    }

    TemplateRow nib(String nib) {
      return set(Column.NIB, nib);
    }

    TemplateRow kecamatan(String kecamatan) {
      return set(Column.KECAMATAN, kecamatan);
    }

    TemplateRow pemilik(String owner) {
      return set(Column.NAMA_PEMILIK, owner);
    }

    TemplateRow telepon(String phone) {
      return set(Column.TELEPON, phone);
    }

    TemplateRow alamat(String address) {
      return set(Column.ALAMAT, address);
    }

    TemplateRow kategori(String category) {
      return set(Column.KATEGORI, category);
    }

    TemplateRow deskripsi(String description) {
      return set(Column.DESKRIPSI, description);
    }

    TemplateRow harga(String price) {
      return set(Column.HARGA, price);
    }

    String cell(String column) {
      return cells.getOrDefault(column, "");
    }

    TemplateRow copy() {
      TemplateRow copy = new TemplateRow();
      copy.cells.putAll(cells);
      return copy;
    }
  }

  private interface Writing {
    void to(ByteArrayOutputStream out) throws IOException;
  }

  private static byte[] bytes(Writing writing) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writing.to(out);
    return out.toByteArray();
  }

  private static Path temp(byte[] bytes) throws IOException {
    Path file = Files.createTempFile("import-it-", ".upload");
    Files.write(file, bytes);
    return file;
  }

  private static String marker() {
    return "uji" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String nib() {
    return "9" + String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
  }

  private TenantSnapshot a() {
    return directory.bySlug("bondowoso").orElseThrow();
  }

  private TenantSnapshot b() {
    return directory.bySlug("situbondo").orElseThrow();
  }

  private ConsoleUser operatorA() {
    return Actors.operator(a());
  }
}
