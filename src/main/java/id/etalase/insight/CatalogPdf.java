package id.etalase.insight;

import com.google.zxing.common.BitMatrix;
import id.etalase.region.District;
import id.etalase.region.RegionRepository;
import id.etalase.tenant.TenantSnapshot;
import id.etalase.tenant.TenantUrls;
import id.etalase.tenant.TenantWork;
import id.etalase.web.QrCodes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes a printable catalog: a branded cover, then each published business of the scope with its
 * QR code (to its public page) and its published products with photo and price. Businesses are read
 * a chunk at a time, each chunk in a transaction of its own, and each photo (the stored JPEG
 * variant, embedded as it is) is written to the PDF's scratch file and dropped: memory stays
 * bounded however large the regency.
 */
@ApplicationScoped
public class CatalogPdf {

  private static final Logger LOG = Logger.getLogger(CatalogPdf.class.getName());

  @Inject private TenantWork work;
  @Inject private CatalogEntries entries;
  @Inject private RegionRepository regions;
  @Inject private TenantUrls urls;
  @Inject private Letterhead letterhead;

  /** Which businesses a catalog holds: published ones, of one kecamatan or cluster if asked. */
  record Selection(CatalogPrint.Scope scope, String key, String name) {
    String where() {
      return switch (scope) {
        case TENANT -> "";
        case DISTRICT -> " AND b.districtCode = :key";
        case CLUSTER -> " AND b.cluster.id = :key";
      };
    }

    Object keyValue() {
      return scope == CatalogPrint.Scope.CLUSTER ? Long.valueOf(key) : key;
    }
  }

  /** One product as printed. */
  record Line(String name, String price, String unit, byte[] photo) {}

  /** One business as printed. */
  record Entry(
      long id,
      String name,
      String slug,
      String district,
      String address,
      String whatsapp,
      List<Line> products) {}

  /**
   * Writes the catalog of {@code selection} for {@code tenant} to {@code out}, reporting the
   * businesses done after each chunk.
   *
   * @param progress told the businesses done so far, and first the total (negative)
   */
  void write(
      TenantSnapshot tenant,
      Selection selection,
      String language,
      OutputStream out,
      IntConsumer progress)
      throws IOException {
    InsightExports.Texts texts = new InsightExports.Texts(language);
    Locale locale = Locale.forLanguageTag(language);
    int total = work.callAs(tenant, () -> entries.count(selection)).intValue();
    progress.accept(-total);
    Map<String, String> districts = new HashMap<>();
    for (District d : regions.districtsOf(tenant.regencyCode())) {
      districts.put(d.getCode(), d.getName());
    }
    Letterhead.Colours colours = Letterhead.colours(tenant);
    try (PdfLayout pdf = new PdfLayout(colours.accent(), tenant.name())) {
      cover(pdf, tenant, selection, texts, total, colours);
      String lastName = null;
      long lastId = 0;
      int done = 0;
      while (true) {
        String afterName = lastName;
        long afterId = lastId;
        List<Entry> chunk =
            work.callAs(
                tenant,
                () -> entries.after(selection, afterName, afterId, districts, texts, locale));
        if (chunk.isEmpty()) {
          break;
        }
        for (Entry entry : chunk) {
          business(pdf, tenant, entry, texts);
        }
        Entry last = chunk.get(chunk.size() - 1);
        lastName = last.name();
        lastId = last.id();
        done += chunk.size();
        progress.accept(done);
      }
      pdf.save(out);
    }
  }

  private void cover(
      PdfLayout pdf,
      TenantSnapshot tenant,
      Selection selection,
      InsightExports.Texts texts,
      int total,
      Letterhead.Colours colours)
      throws IOException {
    pdf.newPage();
    pdf.band(colours.primary(), tenant.name(), 24, 160);
    Optional<PDImageXObject> logo = letterhead.logo(tenant, pdf.document());
    if (logo.isPresent()) {
      pdf.image(logo.get(), PdfLayout.MARGIN, pdf.y(), 140, 100);
      pdf.down(110);
    }
    pdf.heading(texts.get("insight.catalog.cover"), 22);
    pdf.heading(
        selection.scope() == CatalogPrint.Scope.DISTRICT
            ? MessageFormat.format(texts.get("insight.catalog.ofDistrict"), selection.name())
            : selection.name(),
        16);
    if (tenant.tagline() != null) {
      pdf.text(tenant.tagline(), 12);
    }
    pdf.down(20);
    pdf.text(
        MessageFormat.format(texts.get("insight.catalog.count"), total)
            + " - "
            + LocalDate.now(InsightFilter.ZONE),
        11);
    pdf.text(urls.tenant(tenant, "/"), 11);
  }

  private void business(PdfLayout pdf, TenantSnapshot tenant, Entry entry, InsightExports.Texts t)
      throws IOException {
    float qr = 72;
    pdf.room(qr + 40);
    float top = pdf.y();
    drawQr(pdf, QrCodes.encode(urls.tenant(tenant, "/usaha/" + entry.slug())), top - 6, qr);
    float textWidth = pdf.width() - qr - 12;
    pdf.heading(entry.name(), 14, textWidth);
    List<String> details = new ArrayList<>();
    details.add(entry.district());
    if (entry.address() != null) {
      details.add(entry.address());
    }
    if (entry.whatsapp() != null) {
      details.add("WhatsApp " + entry.whatsapp());
    }
    pdf.textAt(String.join(" - ", details), 9, PdfLayout.MARGIN, textWidth, Color.DARK_GRAY);
    pdf.down(Math.max(0, pdf.y() - (top - qr - 12)));
    for (Line line : entry.products()) {
      float photo = 56;
      pdf.room(photo + 8);
      float rowTop = pdf.y();
      if (line.photo() != null) {
        try {
          PDImageXObject image = JPEGFactory.createFromByteArray(pdf.document(), line.photo());
          pdf.image(image, PdfLayout.MARGIN, rowTop, photo, photo);
        } catch (IOException | RuntimeException e) {
          LOG.log(Level.FINE, "A photo could not be placed in a catalog", e);
        }
      }
      float x = PdfLayout.MARGIN + photo + 10;
      pdf.drawText(line.name(), true, 11, Color.BLACK, x, rowTop - 12);
      pdf.drawText(
          line.price() + (line.unit() == null ? "" : " / " + line.unit()),
          false,
          10,
          Color.DARK_GRAY,
          x,
          rowTop - 27);
      pdf.down(photo + 8);
    }
    pdf.down(14);
  }

  /** The QR code drawn as squares: sharp at any print size, and no image to hold. */
  private static void drawQr(PdfLayout pdf, BitMatrix matrix, float top, float size)
      throws IOException {
    float x0 = PdfLayout.MARGIN + pdf.width() - size;
    float module = size / matrix.getWidth();
    pdf.squares(matrix, x0, top, module);
  }
}
