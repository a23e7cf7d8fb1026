package id.etalase.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Upload files made in memory for the tests: CSV bytes, workbooks written by POI, hostile ones. */
final class Uploads {

  private Uploads() {}

  static InputStream csv(String text, Charset charset) {
    return new ByteArrayInputStream(text.getBytes(charset));
  }

  static byte[] xlsx(Consumer<XSSFWorkbook> fill) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      fill.accept(workbook);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    }
  }

  /** Every row the reader produces for {@code sheet}. */
  static List<SheetRow> rows(InputStream in, ImportSheet sheet) {
    List<SheetRow> rows = new ArrayList<>();
    new SpreadsheetReader(ImportLimits.DEFAULT).read(in, sheet, rows::add);
    return rows;
  }

  /**
   * A copy of a workbook whose first sheet's XML carries {@code padding} bytes of spaces: a few
   * kilobytes compressed, far more inflated, as in a ZIP bomb.
   */
  static byte[] padded(byte[] xlsx, long padding) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] data = in.readAllBytes();
        out.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          String xml = new String(data, StandardCharsets.UTF_8);
          int at = xml.indexOf("<sheetData>") + "<sheetData>".length();
          out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
          byte[] spaces = new byte[64 * 1024];
          Arrays.fill(spaces, (byte) ' ');
          for (long written = 0; written < padding; written += spaces.length) {
            out.write(spaces);
          }
          out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
        } else {
          out.write(data);
        }
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** A ZIP of the given entries, by name, in order. */
  static byte[] zip(java.util.Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (java.util.Map.Entry<String, byte[]> e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** A photo ZIP bomb: one entry of {@code megabytes} of zeros, a few hundred kilobytes packed. */
  static byte[] photoZipBomb(String name, int megabytes) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      out.putNextEntry(new ZipEntry(name));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < megabytes; i++) {
        out.write(zeros);
      }
      out.closeEntry();
    }
    return bytes.toByteArray();
  }

  /** An endless stream of CSV-looking lines, produced as it is read. */
  static InputStream endless() {
    return new InputStream() {
      private final byte[] line = "Batik,Tamanan\n".getBytes(StandardCharsets.US_ASCII);
      private long position;

      @Override
      public int read() {
        return line[(int) (position++ % line.length)];
      }

      @Override
      public int read(byte[] b, int off, int len) {
        for (int i = 0; i < len; i++) {
          b[off + i] = line[(int) (position++ % line.length)];
        }
        return len;
      }
    };
  }

  /** A CSV of a header and {@code count} generated rows, produced line by line as it is read. */
  static InputStream generated(int count) {
    return new InputStream() {
      private byte[] current = header();
      private int offset;
      private int row;

      private byte[] header() {
        return (String.join(",", ImportSheet.USAHA.columns()) + "\r\n")
            .getBytes(StandardCharsets.UTF_8);
      }

      private boolean fill() {
        if (offset < current.length) {
          return true;
        }
        if (row >= count) {
          return false;
        }
        row++;
        current =
            ("UMKM "
                    + row
                    + ",Pemilik "
                    + row
                    + ",,Batik,Tamanan,Tamanan,\"Jl. Raya, No. "
                    + row
                    + "\",081234567890,,,\"Deskripsi\nbaris dua\",2015,ya,-7.98,113.79,,\r\n")
                .getBytes(StandardCharsets.UTF_8);
        offset = 0;
        return true;
      }

      @Override
      public int read() {
        return fill() ? current[offset++] & 0xFF : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (len == 0) {
          return 0;
        }
        if (!fill()) {
          return -1;
        }
        int n = Math.min(len, current.length - offset);
        System.arraycopy(current, offset, b, off, n);
        offset += n;
        return n;
      }
    };
  }
}
