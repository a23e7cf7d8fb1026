package id.etalase.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The file operators download, fill in and upload: an XLSX with the {@code usaha} and {@code
 * produk} sheets (header row, one example row) and a short instructions sheet, or one CSV a sheet.
 * Every cell is text, so Excel keeps the leading zero of a phone number and all 13 digits of a NIB.
 */
public final class ImportTemplate {

  static final String INSTRUCTIONS_SHEET = "petunjuk";

  private static final List<String> INSTRUCTIONS =
      List.of(
          "Petunjuk pengisian data UMKM",
          "1. Isi sheet 'usaha' satu baris per usaha. Wajib: nama_usaha dan kecamatan.",
          "2. Isi sheet 'produk' satu baris per produk. Wajib: nama_produk, serta nib atau"
              + " nama_usaha yang sama persis dengan sheet 'usaha'.",
          "3. Jangan mengubah nama kolom di baris judul. Hapus baris contoh sebelum mengunggah.",
          "4. Telepon dan WhatsApp: tulis seperti biasa, misalnya 0812-3456-7890.",
          "5. Harga: misalnya Rp 150.000, 150rb, 1,5 jt, atau rentang 25rb - 100rb.",
          "6. sertifikat_halal: ya atau tidak. latitude dan longitude: angka desimal, misalnya"
              + " -7.9821.",
          "7. Tulis nilai, bukan rumus: sel yang diawali '=' ditolak.",
          "8. Simpan sebagai .xlsx (bukan .xls) atau CSV UTF-8.",
          "9. foto: nama berkas foto, misalnya sekar-arum.jpg; beberapa foto dipisah koma."
              + " Unggah semua foto dalam satu ZIP bersama berkas ini (JPEG, PNG, atau WebP,"
              + " paling besar 15 MB per foto).");

  private ImportTemplate() {}

  /** The workbook template: instructions, then {@code usaha} and {@code produk}. */
  public static void writeXlsx(OutputStream out) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      DataFormat formats = workbook.createDataFormat();
      CellStyle text = workbook.createCellStyle();
      text.setDataFormat(formats.getFormat("@"));
      CellStyle header = workbook.createCellStyle();
      header.cloneStyleFrom(text);
      Font bold = workbook.createFont();
      bold.setBold(true);
      header.setFont(bold);
      for (ImportSheet kind : ImportSheet.values()) {
        Sheet sheet = workbook.createSheet(kind.sheetName());
        writeRow(sheet.createRow(0), kind.columns(), header);
        writeRow(sheet.createRow(1), kind.example(), text);
        for (int i = 0; i < kind.columns().size(); i++) {
          sheet.setDefaultColumnStyle(i, text);
          sheet.setColumnWidth(i, 20 * 256);
        }
        sheet.createFreezePane(0, 1);
      }
      Sheet instructions = workbook.createSheet(INSTRUCTIONS_SHEET);
      for (int i = 0; i < INSTRUCTIONS.size(); i++) {
        instructions.createRow(i).createCell(0).setCellValue(INSTRUCTIONS.get(i));
      }
      instructions.setColumnWidth(0, 100 * 256);
      workbook.write(out);
    }
  }

  /**
   * The CSV template of one sheet: UTF-8 with a byte order mark, so Excel opens it with the right
   * characters, comma-separated, header and example row.
   */
  public static void writeCsv(ImportSheet sheet, OutputStream out) throws IOException {
    out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
    printer.printRecord(sheet.columns());
    printer.printRecord(sheet.example());
    printer.flush();
  }

  private static void writeRow(Row row, List<String> values, CellStyle style) {
    for (int i = 0; i < values.size(); i++) {
      var cell = row.createCell(i);
      cell.setCellValue(values.get(i));
      cell.setCellStyle(style);
    }
  }
}
