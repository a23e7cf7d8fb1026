package id.etalase.insight;

import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A4 pages written top to bottom with PDFBox: headings, wrapped text, bars and images, a new page
 * when the current one is full. Streams and images go to a temporary scratch file, not the heap, so
 * a catalog of thousands of photos stays in bounded memory. Text is drawn as text, never
 * interpreted: characters the standard fonts cannot show become {@code ?}.
 */
final class PdfLayout implements Closeable {

  static final float MARGIN = 40;
  static final PDRectangle SIZE = PDRectangle.A4;

  /** The most lines a bar's label takes. */
  static final int BAR_LINES = 3;

  private final PDDocument document;
  private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private final Color accent;
  private final String footer;
  private PDPageContentStream page;
  private float y;
  private int pages;

  PdfLayout(Color accent, String footer) {
    this.document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
    this.accent = accent;
    this.footer = footer;
  }

  PDDocument document() {
    return document;
  }

  float width() {
    return SIZE.getWidth() - 2 * MARGIN;
  }

  float y() {
    return y;
  }

  /** Starts a new page, closing the current one. */
  void newPage() throws IOException {
    closePage();
    PDPage next = new PDPage(SIZE);
    document.addPage(next);
    page = new PDPageContentStream(document, next);
    pages++;
    y = SIZE.getHeight() - MARGIN;
    if (footer != null) {
      page.beginText();
      page.setFont(regular, 8);
      page.setNonStrokingColor(Color.GRAY);
      page.newLineAtOffset(MARGIN, MARGIN / 2);
      page.showText(safe(footer + " - " + pages));
      page.endText();
    }
  }

  /** Makes room for {@code height} points, on a new page when this one has not enough. */
  void room(float height) throws IOException {
    if (page == null || y - height < MARGIN) {
      newPage();
    }
  }

  /** A full-width band of a colour with a title in white: the top of a cover or a section. */
  void band(Color colour, String title, float size, float height) throws IOException {
    room(height);
    page.setNonStrokingColor(colour);
    page.addRect(0, y - height, SIZE.getWidth(), height + MARGIN);
    page.fill();
    float baseline = y - size * 1.5f;
    for (String l : wrap(title, bold, size, width())) {
      drawText(l, bold, size, Color.WHITE, MARGIN, baseline);
      baseline -= size * 1.3f;
    }
    y -= height + 10;
  }

  void heading(String text, float size) throws IOException {
    heading(text, size, width());
  }

  void heading(String text, float size, float maxWidth) throws IOException {
    room(size * 3);
    y -= size * 0.6f;
    for (String l : wrap(text, bold, size, maxWidth)) {
      line(l, bold, size, accent, MARGIN);
    }
    y -= size * 0.3f;
  }

  void text(String text, float size) throws IOException {
    textAt(text, size, MARGIN, width(), Color.BLACK);
  }

  void textAt(String text, float size, float x, float maxWidth, Color colour) throws IOException {
    for (String l : wrap(text, regular, size, maxWidth)) {
      room(size * 1.4f);
      line(l, regular, size, colour, x);
    }
  }

  /** A labelled bar of {@code value} out of {@code max}, with the number after it. */
  void bar(String label, long value, long max, String shown) throws IOException {
    float size = 9;
    float labelWidth = width() * 0.38f;
    float barRoom = width() * 0.45f;
    // The label on up to three lines rather than its first: a product's business follows its
    // name, and two products of one name would read alike if it were cut off.
    List<String> lines = wrap(label, regular, size, labelWidth);
    if (lines.size() > BAR_LINES) {
      lines = new ArrayList<>(lines.subList(0, BAR_LINES));
      lines.set(BAR_LINES - 1, lines.get(BAR_LINES - 1) + " ...");
    }
    float more = Math.max(0, lines.size() - 1) * size * 1.2f;
    room(size * 1.8f + more);
    for (int i = 0; i < lines.size(); i++) {
      drawText(lines.get(i), regular, size, Color.BLACK, MARGIN, y - size - i * size * 1.2f);
    }
    float length = max <= 0 ? 0 : barRoom * value / max;
    page.setNonStrokingColor(accent);
    page.addRect(MARGIN + labelWidth + 4, y - size, Math.max(length, value > 0 ? 1 : 0), size);
    page.fill();
    drawText(shown, regular, size, Color.BLACK, MARGIN + labelWidth + 8 + length, y - size);
    y -= size * 1.6f + more;
  }

  /** An image scaled into a box, its top left at (x, y); returns the height used. */
  float image(PDImageXObject image, float x, float top, float boxWidth, float boxHeight)
      throws IOException {
    float scale = Math.min(boxWidth / image.getWidth(), boxHeight / image.getHeight());
    float w = image.getWidth() * scale;
    float h = image.getHeight() * scale;
    page.drawImage(image, x, top - h, w, h);
    return h;
  }

  /** The dark modules of a QR code as filled squares, the code's top left at (x, top). */
  void squares(com.google.zxing.common.BitMatrix matrix, float x, float top, float module)
      throws IOException {
    page.setNonStrokingColor(Color.BLACK);
    for (int row = 0; row < matrix.getHeight(); row++) {
      for (int column = 0; column < matrix.getWidth(); column++) {
        if (matrix.get(column, row)) {
          page.addRect(x + column * module, top - (row + 1) * module, module, module);
        }
      }
    }
    page.fill();
  }

  void down(float points) {
    y -= points;
  }

  void drawText(String text, boolean strong, float size, Color colour, float x, float baseline)
      throws IOException {
    drawText(text, strong ? bold : regular, size, colour, x, baseline);
  }

  List<String> wrapRegular(String text, float size, float maxWidth) throws IOException {
    return wrap(text, regular, size, maxWidth);
  }

  private void line(String text, PDType1Font font, float size, Color colour, float x)
      throws IOException {
    y -= size * 1.3f;
    drawText(text, font, size, colour, x, y);
  }

  private void drawText(
      String text, PDType1Font font, float size, Color colour, float x, float baseline)
      throws IOException {
    page.beginText();
    page.setFont(font, size);
    page.setNonStrokingColor(colour);
    page.newLineAtOffset(x, baseline);
    page.showText(safe(text));
    page.endText();
  }

  private static List<String> wrap(String text, PDType1Font font, float size, float maxWidth)
      throws IOException {
    List<String> lines = new ArrayList<>();
    for (String paragraph : safe(text).split("\n")) {
      StringBuilder current = new StringBuilder();
      for (String word : paragraph.split(" ")) {
        String tried = current.isEmpty() ? word : current + " " + word;
        if (font.getStringWidth(tried) / 1000 * size <= maxWidth || current.isEmpty()) {
          current.setLength(0);
          current.append(tried);
        } else {
          lines.add(current.toString());
          current.setLength(0);
          current.append(word);
        }
      }
      lines.add(current.toString());
    }
    return lines;
  }

  /**
   * The text the standard fonts (WinAnsi) can draw: printable Latin-1, tabs and line breaks made
   * spaces or kept as breaks, everything else {@code ?}.
   */
  static String safe(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (c == '\u2013' || c == '\u2014') {
                out.append('-');
              } else if (c == '\n') {
                out.append('\n');
              } else if (c == '\t' || c == '\r') {
                out.append(' ');
              } else if (c >= 0x20 && c < 0x7f || c >= 0xa0 && c <= 0xff) {
                out.appendCodePoint(c);
              } else {
                out.append('?');
              }
            });
    return out.toString();
  }

  void save(OutputStream out) throws IOException {
    closePage();
    if (pages == 0) {
      newPage();
      closePage();
    }
    document.save(out);
  }

  private void closePage() throws IOException {
    if (page != null) {
      page.close();
      page = null;
    }
  }

  @Override
  public void close() throws IOException {
    closePage();
    document.close();
  }
}
