package id.etalase.tenant;

import id.etalase.common.InvalidInputException;
import id.etalase.media.ImageFormat;
import id.etalase.media.ImagePipeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A tenant's hero image as the home page shows it: its size, for the img attributes that keep the
 * page from shifting, and, for a raster hero, narrower JPEG copies for a srcset, so that a phone
 * downloads about 800 pixels instead of up to 1600 (a branding upload) or whatever a tenant folder
 * ships. The copies are named after the hero's content hash, {@code hero-<hash>-800.jpg}, made on
 * the first request and kept in a small memory cache; browsers and CDNs keep them for a year. An
 * SVG hero is served as it is: it has no pixels to spare and compresses well.
 */
@ApplicationScoped
public class HeroImages {

  /** The widths offered below the original's: phones, 2x phones and tablets, laptops. */
  static final int[] WIDTHS = {480, 800, 1200};

  /** Memory for the copies of every tenant's hero together; the least recently used go first. */
  static final long CACHE_BYTES = 16L << 20;

  /** The hero's size when an SVG declares none: the proportions of the home page's banner. */
  static final ImageFormat.Size SVG_DEFAULT = new ImageFormat.Size(1200, 500);

  private static final Pattern COPY = Pattern.compile("(hero-[0-9a-f]{16})-([0-9]{3,4})\\.jpg");

  private static final Pattern SVG_TAG = Pattern.compile("<svg\\b[^>]*>", Pattern.DOTALL);

  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?");

  @Inject private TenantRepository tenants;
  @Inject private ImagePipeline pipeline;

  private final Map<String, ImageFormat.Size> sizes = new ConcurrentHashMap<>();
  private final Copies copies = new Copies(CACHE_BYTES);

  /**
   * What the home page needs of a hero: its file, its size, and the narrower copies made of it.
   *
   * @param file the hero's file name under {@code /aset/}
   */
  public record Hero(String file, int width, int height, List<Integer> widths) {

    public Hero {
      widths = List.copyOf(widths);
    }

    /** The file of one copy, {@code hero-<hash>-<width>.jpg}. */
    public String copy(int width) {
      return file.substring(0, file.lastIndexOf('.')) + "-" + width + ".jpg";
    }

    /**
     * A srcset of the copies and the original under {@code base} (the tenant's /aset/), or null.
     */
    public String srcset(String base) {
      if (widths.isEmpty()) {
        return null;
      }
      return widths.stream()
              .map(w -> base + copy(w) + " " + w + "w")
              .collect(Collectors.joining(", "))
          + ", "
          + base
          + file
          + " "
          + width
          + "w";
    }
  }

  /** The tenant's hero, or empty when it has none (or its row is gone). */
  public Optional<Hero> of(TenantSnapshot tenant) {
    String file = tenant.heroFile();
    if (file == null) {
      return Optional.empty();
    }
    ImageFormat.Size size = sizes.get(file);
    if (size == null) {
      Optional<TenantAsset> asset = tenants.findAsset(tenant.id(), AssetKind.HERO);
      if (asset.isEmpty()) {
        return Optional.empty();
      }
      size = size(asset.get());
      sizes.put(file, size);
    }
    return Optional.of(hero(file, size));
  }

  static Hero hero(String file, ImageFormat.Size size) {
    boolean raster = !file.endsWith(".svg");
    List<Integer> widths =
        raster ? Arrays.stream(WIDTHS).filter(w -> w < size.width()).boxed().toList() : List.of();
    return new Hero(file, size.width(), size.height(), widths);
  }

  /**
   * The bytes of a copy the tenant's hero has, by its file name; empty for any other name. Made
   * once and kept while the cache has room.
   *
   * @throws InvalidInputException {@code problem.photoBusy} when the server is decoding too much
   *     else to make it now
   */
  public Optional<byte[]> copy(TenantSnapshot tenant, String fileName) {
    Matcher m = COPY.matcher(fileName);
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<Hero> hero = of(tenant);
    int width = Integer.parseInt(m.group(2));
    if (hero.isEmpty()
        || !hero.get().widths().contains(width)
        || !hero.get().copy(width).equals(fileName)) {
      return Optional.empty();
    }
    byte[] cached = copies.get(fileName);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<TenantAsset> asset = tenants.findAsset(tenant.id(), AssetKind.HERO);
    if (asset.isEmpty()) {
      return Optional.empty();
    }
    byte[] jpeg = pipeline.scaled(asset.get().getContent(), width).jpeg();
    copies.put(fileName, jpeg);
    return Optional.of(jpeg);
  }

  /** Whether a file name has the shape of a hero's copy (not whether it exists). */
  public static boolean isCopy(String fileName) {
    return COPY.matcher(fileName).matches();
  }

  private static ImageFormat.Size size(TenantAsset asset) {
    byte[] content = asset.getContent();
    if (asset.getContentType().equals("image/svg+xml")) {
      return svgSize(new String(content, StandardCharsets.UTF_8));
    }
    return ImageFormat.size(content).orElse(SVG_DEFAULT);
  }

  /**
   * The size an SVG's root element declares: its viewBox, else its width and height, else the
   * banner's proportions. SVG heroes come only from the platform's tenant folders.
   */
  static ImageFormat.Size svgSize(String svg) {
    Matcher tag = SVG_TAG.matcher(svg);
    if (!tag.find()) {
      return SVG_DEFAULT;
    }
    String root = tag.group();
    List<Double> box = numbers(attribute(root, "viewBox"));
    if (box.size() == 4 && box.get(2) >= 1 && box.get(3) >= 1) {
      return new ImageFormat.Size((int) Math.round(box.get(2)), (int) Math.round(box.get(3)));
    }
    List<Double> w = numbers(attribute(root, "width"));
    List<Double> h = numbers(attribute(root, "height"));
    if (w.size() == 1 && h.size() == 1 && w.get(0) >= 1 && h.get(0) >= 1) {
      return new ImageFormat.Size((int) Math.round(w.get(0)), (int) Math.round(h.get(0)));
    }
    return SVG_DEFAULT;
  }

  private static String attribute(String tag, String name) {
    Matcher m = Pattern.compile("\\s" + name + "\\s*=\\s*[\"']([^\"']*)[\"']").matcher(tag);
    return m.find() ? m.group(1) : "";
  }

  private static List<Double> numbers(String text) {
    Matcher m = NUMBER.matcher(text);
    List<Double> numbers = new java.util.ArrayList<>();
    while (m.find()) {
      numbers.add(Double.valueOf(m.group()));
    }
    return numbers;
  }

  /** A byte-bounded LRU map of the copies made. */
  static final class Copies {
    private final long budget;
    private long used;
    private final LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>(16, 0.75f, true);

    Copies(long budget) {
      this.budget = budget;
    }

    synchronized byte[] get(String key) {
      return entries.get(key);
    }

    synchronized void put(String key, byte[] value) {
      if (value.length > budget) {
        return;
      }
      byte[] old = entries.put(key, value);
      used += value.length - (old == null ? 0 : old.length);
      var eldest = entries.entrySet().iterator();
      while (used > budget && eldest.hasNext()) {
        Map.Entry<String, byte[]> e = eldest.next();
        if (e.getKey().equals(key)) {
          continue;
        }
        used -= e.getValue().length;
        eldest.remove();
      }
    }

    synchronized long used() {
      return used;
    }
  }
}
