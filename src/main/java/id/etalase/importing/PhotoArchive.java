package id.etalase.importing;

import id.etalase.media.ImagePipeline;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The ZIP of photos that comes with an import, read from disk by its central directory, so a photo
 * is found by name and read alone, never the archive whole. It is checked before anything else: too
 * many entries, too much inflated in all, or an entry that inflates far beyond its compressed size
 * (a ZIP bomb) refuse the archive. Folders, macOS' {@code __MACOSX/} copies and unsafe names
 * ({@code ../x.jpg}, absolute paths) are left out; the unsafe ones are listed for the operator.
 * Photos are matched by base file name, case-insensitively, as the {@code foto} column names them.
 */
final class PhotoArchive implements Closeable {

  static final int MAX_ENTRIES = 20_000;
  static final long MAX_TOTAL_BYTES = 2L * 1024 * 1024 * 1024;
  static final long MAX_ENTRY_BYTES = ImagePipeline.MAX_BYTES;

  /** Photos barely compress; far beyond this, past a megabyte, an entry is a bomb. */
  static final long MAX_RATIO = 100;

  private static final long RATIO_FROM_BYTES = 1024 * 1024;

  /** The entries that refer to a photo, by {@link #key}. */
  private final Map<String, ZipEntry> photos = new HashMap<>();

  private final Set<String> ambiguous = new HashSet<>();
  private final List<String> unsafe = new ArrayList<>();
  private final ZipFile zip;

  private PhotoArchive(ZipFile zip) {
    this.zip = zip;
  }

  /**
   * @throws ImportFileException {@code import.photos.*} when the file is no ZIP or is refused
   */
  static PhotoArchive open(Path file) {
    try {
      return index(file, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException | ZipException malformedNames) {
      // Windows' own ZIPs name entries in the DOS code page without saying so.
      try {
        return index(file, dosCharset());
      } catch (IOException | IllegalArgumentException e) {
        throw new ImportFileException(e, "import.photos.notZip");
      }
    } catch (IOException e) {
      throw new ImportFileException(e, "import.photos.notZip");
    }
  }

  private static PhotoArchive index(Path file, Charset charset) throws IOException {
    ZipFile zip = new ZipFile(file.toFile(), charset);
    PhotoArchive archive = new PhotoArchive(zip);
    try {
      archive.index();
      return archive;
    } catch (RuntimeException e) {
      zip.close();
      throw e;
    }
  }

  private void index() {
    if (zip.size() > MAX_ENTRIES) {
      throw new ImportFileException("import.photos.tooManyEntries", MAX_ENTRIES);
    }
    long total = 0;
    Enumeration<? extends ZipEntry> entries = zip.entries();
    while (entries.hasMoreElements()) {
      ZipEntry entry = entries.nextElement();
      long size = entry.getSize();
      long compressed = entry.getCompressedSize();
      if (size > RATIO_FROM_BYTES && size > MAX_RATIO * Math.max(1, compressed)) {
        throw new ImportFileException("import.photos.zipBomb");
      }
      total += Math.max(0, size);
      if (total > MAX_TOTAL_BYTES) {
        throw new ImportFileException(
            "import.photos.tooLarge", MAX_TOTAL_BYTES / (1024 * 1024 * 1024));
      }
      String name = entry.getName().replace('\\', '/');
      if (entry.isDirectory() || name.endsWith("/") || skipped(name)) {
        continue;
      }
      if (unsafe(name)) {
        unsafe.add(entry.getName());
        continue;
      }
      String key = key(name);
      if (photos.putIfAbsent(key, entry) != null) {
        ambiguous.add(key);
      }
    }
  }

  /** Not photos: macOS' resource copies and the file managers' own files. */
  private static boolean skipped(String name) {
    String base = baseName(name);
    return name.startsWith("__MACOSX/")
        || name.contains("/__MACOSX/")
        || base.startsWith("._")
        || base.equalsIgnoreCase(".DS_Store")
        || base.equalsIgnoreCase("Thumbs.db")
        || base.equalsIgnoreCase("desktop.ini");
  }

  /** A name that would leave a folder if extracted: never matched, even by its base name. */
  private static boolean unsafe(String name) {
    if (name.startsWith("/") || name.matches("^[A-Za-z]:.*") || name.indexOf('\0') >= 0) {
      return true;
    }
    for (String segment : name.split("/")) {
      if (segment.equals("..")) {
        return true;
      }
    }
    return baseName(name).isBlank();
  }

  /** The last part of a path (of either slash). */
  static String baseName(String name) {
    String n = name.replace('\\', '/');
    return n.substring(n.lastIndexOf('/') + 1);
  }

  /** How a photo name is compared: its base name, composed and lower case. */
  static String key(String name) {
    return Normalizer.normalize(baseName(name).strip(), Normalizer.Form.NFC)
        .toLowerCase(Locale.ROOT);
  }

  /** Entries that name a photo. */
  int size() {
    return photos.size();
  }

  /** The names left out as unsafe, as the archive has them. */
  List<String> unsafeNames() {
    return List.copyOf(unsafe);
  }

  boolean has(String name) {
    return photos.containsKey(key(name));
  }

  /** Whether several entries (in different folders) have this base name. */
  boolean isAmbiguous(String name) {
    return ambiguous.contains(key(name));
  }

  /**
   * The photo's bytes, at most {@link #MAX_ENTRY_BYTES} plus one (the pipeline refuses larger),
   * read from its entry alone.
   *
   * @throws ImportFileException {@code import.photos.zipBomb} when the entry inflates beyond what
   *     it declares
   */
  byte[] read(String name) throws IOException {
    ZipEntry entry = photos.get(key(name));
    if (entry == null) {
      throw new IllegalArgumentException("No photo " + name);
    }
    try (InputStream in = zip.getInputStream(entry)) {
      byte[] bytes = in.readNBytes((int) MAX_ENTRY_BYTES + 1);
      if (entry.getSize() >= 0 && bytes.length > entry.getSize()) {
        throw new ImportFileException("import.photos.zipBomb");
      }
      return bytes;
    }
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }

  private static Charset dosCharset() {
    try {
      return Charset.forName("IBM437");
    } catch (IllegalArgumentException e) {
      return StandardCharsets.ISO_8859_1;
    }
  }
}
