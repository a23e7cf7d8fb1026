package id.etalase.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV as Excel and LibreOffice save it in Indonesia: UTF-8 with or without a byte order mark, or
 * Windows-1252 when saved as plain "CSV" on Windows; comma or, with an Indonesian locale,
 * semicolon. The encoding and the delimiter are guessed from the start of the file, which is read
 * twice through the stream's mark; the rest streams.
 */
final class CsvReader {

  /** Enough to see the header and a few rows, small enough to hold. */
  static final int SNIFF_BYTES = 64 * 1024;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int SNIFF_LINES = 10;

  void read(InputStream in, Consumer<SheetRow> rows) throws IOException {
    in.mark(SNIFF_BYTES);
    byte[] head = in.readNBytes(SNIFF_BYTES);
    in.reset();
    int bom = hasBom(head) ? 3 : 0;
    in.skipNBytes(bom);
    Charset charset = bom > 0 || isUtf8(head, bom) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    String start = new String(head, bom, head.length - bom, charset);
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter(start))
            .setIgnoreEmptyLines(true)
            .setTrim(false)
            .get();
    Reader reader = new InputStreamReader(in, decoder(charset));
    try (CSVParser parser = CSVParser.parse(reader, format)) {
      for (CSVRecord record : parser) {
        List<String> cells = new ArrayList<>(record.size());
        record.forEach(cells::add);
        rows.accept(new SheetRow(Math.toIntExact(record.getRecordNumber()), cells));
      }
    } catch (IllegalStateException | UncheckedIOException e) {
      if (e.getCause() instanceof ImportFileException file) {
        throw file;
      }
      throw new ImportFileException(e, "import.file.csvBroken");
    }
  }

  private static boolean hasBom(byte[] head) {
    return head.length >= 3
        && head[0] == (byte) 0xEF
        && head[1] == (byte) 0xBB
        && head[2] == (byte) 0xBF;
  }

  /**
   * Whether the start decodes as strict UTF-8. A multi-byte character cut by the end of the sample
   * is not held against it.
   */
  static boolean isUtf8(byte[] head, int offset) {
    CharsetDecoder strict =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult result =
        strict.decode(
            ByteBuffer.wrap(head, offset, head.length - offset),
            CharBuffer.allocate(head.length),
            false);
    return !result.isError();
  }

  /** Semicolon when the first lines hold more unquoted semicolons than commas. */
  static char delimiter(String start) {
    int semicolons = 0;
    int commas = 0;
    int lines = 0;
    boolean quoted = false;
    for (int i = 0; i < start.length() && lines < SNIFF_LINES; i++) {
      char c = start.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == ';') {
        semicolons++;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == '\n') {
        lines++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }

  private static CharsetDecoder decoder(Charset charset) {
    // Past the sample, a stray byte becomes U+FFFD rather than failing the whole file.
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
  }
}
