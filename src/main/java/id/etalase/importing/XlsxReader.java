package id.etalase.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * XLSX through POI's event API: the sheet's XML is parsed as a stream of cells, so a 100,000-row
 * sheet never becomes 100,000 row objects. Only the shared strings table is held, as POI needs it
 * to resolve cells; {@link ZipSecureFile}'s limits keep it and every other part from inflating
 * without bound. The upload is copied to a temporary file first because a ZIP is read from its end
 * (the central directory); {@code OPCPackage.open(InputStream)} would hold every part in memory.
 *
 * <p>Cells are read as the operator sees them ({@link DataFormatter}, Indonesian locale), except
 * that a whole number in the General format keeps all its digits (a 13-digit NIB typed as a number
 * would otherwise show as {@code 1,23457E+12}). A formula is never evaluated and its cached result
 * is not trusted: the cell reads as the formula's text with its {@code =}, which the validator
 * refuses in names and descriptions.
 */
final class XlsxReader {

  /**
   * An entry may inflate to at most 100 times its compressed size (POI's default ratio, set here on
   * purpose).
   */
  static final double MIN_INFLATE_RATIO = 0.01;

  /** No part of an upload inflates past 200 MB: far above 100,000 rows of sheet XML. */
  static final long MAX_ENTRY_SIZE = 200L * 1024 * 1024;

  /**
   * Cells right of this are ignored: the template has 17 columns, and a stray cell in column XFD
   * would otherwise pad every row with 16,000 blanks.
   */
  static final int MAX_COLUMNS = 256;

  private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

  static {
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
  }

  void read(InputStream in, ImportSheet sheet, Consumer<SheetRow> rows) throws IOException {
    Path copy = Files.createTempFile("etalase-import-", ".xlsx");
    try {
      Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      try (OPCPackage pkg = OPCPackage.open(copy.toFile(), PackageAccess.READ)) {
        readPackage(pkg, sheet, rows);
      }
    } catch (ImportFileException e) {
      throw e;
    } catch (NotOfficeXmlFileException e) {
      throw new ImportFileException(e, "import.file.notSpreadsheet");
    } catch (IOException
        | OpenXML4JException
        | SAXException
        | ParserConfigurationException
        | RuntimeException e) {
      if (isZipBomb(e)) {
        throw new ImportFileException(e, "import.file.zipBomb");
      }
      throw new ImportFileException(e, "import.file.xlsxBroken");
    } finally {
      Files.deleteIfExists(copy);
    }
  }

  private static void readPackage(OPCPackage pkg, ImportSheet sheet, Consumer<SheetRow> rows)
      throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
    XSSFReader reader = new XSSFReader(pkg);
    ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
    StylesTable styles = reader.getStylesTable();
    try (InputStream sheetXml = findSheet(reader, sheet)) {
      RowCollector collector = new RowCollector(rows);
      XMLReader parser = XMLHelper.newXMLReader();
      parser.setContentHandler(
          new FormulaAwareHandler(styles, strings, collector, new WholeNumberFormatter()));
      parser.parse(new InputSource(sheetXml));
    }
  }

  /**
   * The sheet named like {@code sheet}, case-insensitively; a workbook of one sheet is {@code
   * usaha}.
   */
  private static InputStream findSheet(XSSFReader reader, ImportSheet sheet)
      throws IOException, InvalidFormatException {
    XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
    InputStream only = null;
    int count = 0;
    while (sheets.hasNext()) {
      InputStream data = sheets.next();
      count++;
      if (sheets.getSheetName().strip().equalsIgnoreCase(sheet.sheetName())) {
        if (only != null) {
          only.close();
        }
        return data;
      }
      if (count == 1) {
        only = data;
      } else {
        data.close();
      }
    }
    if (count == 1 && sheet == ImportSheet.USAHA) {
      return only;
    }
    if (only != null) {
      only.close();
    }
    throw new ImportFileException("import.file.noSheet", sheet.sheetName());
  }

  private static boolean isZipBomb(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains("Zip bomb detected")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /**
   * Notes whether the current cell holds a formula, so that the cell is read as the formula's text
   * (POI gives it without its {@code =}). A formula cell without a cached result, as some
   * generators write it, is not reported by POI at all; it is reported here from its formula.
   */
  private static final class FormulaAwareHandler extends XSSFSheetXMLHandler {
    private final RowCollector collector;
    private final StringBuilder formula = new StringBuilder();
    private String reference;
    private boolean inFormula;

    FormulaAwareHandler(
        StylesTable styles,
        ReadOnlySharedStringsTable strings,
        RowCollector collector,
        DataFormatter formatter) {
      super(styles, null, strings, collector, formatter, true);
      this.collector = collector;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes)
        throws SAXException {
      if ("c".equals(localName)) {
        collector.formula = false;
        collector.reported = false;
        reference = attributes.getValue("r");
        formula.setLength(0);
      } else if ("f".equals(localName)) {
        collector.formula = true;
        inFormula = true;
      }
      super.startElement(uri, localName, qName, attributes);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      if (inFormula) {
        formula.append(ch, start, length);
      }
      super.characters(ch, start, length);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
      super.endElement(uri, localName, qName);
      if ("f".equals(localName)) {
        inFormula = false;
      } else if ("c".equals(localName) && collector.formula && !collector.reported) {
        collector.cell(reference, formula.toString(), null);
      }
    }
  }

  /** Builds each row's cell list, filling the gaps POI leaves for blank and merged cells. */
  private static final class RowCollector implements SheetContentsHandler {
    private final Consumer<SheetRow> rows;
    private final List<String> cells = new ArrayList<>();
    private boolean formula;
    private boolean reported;

    RowCollector(Consumer<SheetRow> rows) {
      this.rows = rows;
    }

    @Override
    public void startRow(int rowNum) {
      cells.clear();
    }

    @Override
    public void endRow(int rowNum) {
      rows.accept(new SheetRow(rowNum + 1, cells));
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      reported = true;
      int column = reference == null ? cells.size() : new CellReference(reference).getCol();
      if (column < cells.size() || column >= MAX_COLUMNS) {
        return;
      }
      while (cells.size() < column) {
        cells.add("");
      }
      String text = value == null ? "" : value;
      cells.add(formula ? "=" + text : text);
    }
  }

  /** The operator's view of a number, but whole numbers in the General format with every digit. */
  private static final class WholeNumberFormatter extends DataFormatter {
    WholeNumberFormatter() {
      super(INDONESIAN);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      if ((formatString == null || "General".equalsIgnoreCase(formatString))
          && value == Math.rint(value)
          && Math.abs(value) < 1e15) {
        return Long.toString((long) value);
      }
      return super.formatRawCellContents(value, formatIndex, formatString);
    }
  }
}
