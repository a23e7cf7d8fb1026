package id.etalase.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Test images made on the spot: honest photos and the hostile files an upload form meets. */
public final class HostileImages {

  private HostileImages() {}

  /** A camera-like JPEG, wider than tall, with a red left half and a blue right half. */
  public static byte[] photo(int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(0, 0, width / 2, height);
    g.setColor(Color.BLUE);
    g.fillRect(width / 2, 0, width - width / 2, height);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpeg", out);
    return out.toByteArray();
  }

  public static byte[] transparentPng(int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  /** A phone photo: EXIF orientation 6 (turned right) and a GPS position in Bondowoso. */
  public static byte[] phonePhotoWithGps() throws IOException {
    return phonePhoto(800, 600, 6);
  }

  /**
   * A camera JPEG of {@code width} x {@code height} as stored (red left half, blue right half) with
   * an EXIF orientation and a GPS position.
   */
  public static byte[] phonePhoto(int width, int height, int orientation) throws IOException {
    byte[] jpeg = photo(width, height);
    byte[] tiff = exifWithGps(orientation);
    ByteBuffer app1 = ByteBuffer.allocate(2 + 2 + 6 + tiff.length).order(ByteOrder.BIG_ENDIAN);
    app1.put((byte) 0xff).put((byte) 0xe1).putShort((short) (2 + 6 + tiff.length));
    app1.put("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1)).put(tiff);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2); // SOI
    out.write(app1.array());
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  /** A little-endian TIFF block: IFD0 with Orientation and a GPS IFD with latitude -7.9822. */
  private static byte[] exifWithGps(int orientation) {
    ByteBuffer b = ByteBuffer.allocate(200).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
    // IFD0 at 8: 2 entries
    b.putShort((short) 2);
    b.putShort((short) 0x0112)
        .putShort((short) 3)
        .putInt(1)
        .putShort((short) orientation)
        .putShort((short) 0);
    b.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
    b.putInt(0);
    // GPS IFD at 38: 2 entries, then the rational values at 68
    b.putShort((short) 2);
    b.putShort((short) 0x0001)
        .putShort((short) 2)
        .putInt(2)
        .put((byte) 'S')
        .put((byte) 0)
        .putShort((short) 0);
    b.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(68);
    b.putInt(0);
    b.putInt(7).putInt(1).putInt(58).putInt(1).putInt(5592).putInt(100);
    return Arrays.copyOf(b.array(), b.position());
  }

  /** A valid PNG of 5 KB that declares 100,000 x 100,000 pixels: 40 GB once decoded. */
  public static byte[] decompressionBomb() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a});
    ByteBuffer ihdr = ByteBuffer.allocate(13);
    ihdr.putInt(100_000)
        .putInt(100_000)
        .put((byte) 8)
        .put((byte) 2)
        .put((byte) 0)
        .put((byte) 0)
        .put((byte) 0);
    chunk(out, "IHDR", ihdr.array());
    java.util.zip.Deflater deflater = new java.util.zip.Deflater(9);
    deflater.setInput(new byte[5_000_000]);
    deflater.finish();
    byte[] buffer = new byte[100_000];
    int n = deflater.deflate(buffer);
    chunk(out, "IDAT", Arrays.copyOf(buffer, n));
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  /** The first half of a JPEG. */
  public static byte[] truncatedJpeg() throws IOException {
    byte[] jpeg = photo(1200, 900);
    return Arrays.copyOf(jpeg, jpeg.length / 2);
  }

  /** A JPEG that is also an HTML page and carries a ZIP archive after its end. */
  public static byte[] polyglot() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(photo(400, 300));
    out.write(
        "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8));
    out.write(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
    return out.toByteArray();
  }

  public static byte[] svgWithScript() {
    return ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\">"
            + "<script>alert(1)</script><rect width=\"10\" height=\"10\"/></svg>")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** 50 MB that starts like a JPEG. */
  public static byte[] fiftyMegabytes() {
    byte[] big = new byte[50 * 1024 * 1024];
    big[0] = (byte) 0xff;
    big[1] = (byte) 0xd8;
    big[2] = (byte) 0xff;
    return big;
  }

  /**
   * A PNG that is two flat colours (left and right half, RGB), written row by row without drawing
   * it first: many pixels in few bytes, as in issue #10 (6300 x 6300 in about 116 KB). With {@code
   * deep}, 16 bits per channel and an alpha channel, the costliest PNG to decode (8 bytes a pixel).
   */
  public static byte[] flatPng(int width, int height, int left, int right, boolean deep)
      throws IOException {
    int channels = deep ? 4 : 3;
    int bytesPerChannel = deep ? 2 : 1;
    byte[] row = new byte[1 + width * channels * bytesPerChannel]; // filter byte 0: none
    for (int x = 0; x < width; x++) {
      int rgb = x < width / 2 ? left : right;
      int[] samples = {rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff, 0xff};
      for (int c = 0; c < channels; c++) {
        for (int k = 0; k < bytesPerChannel; k++) {
          row[1 + (x * channels + c) * bytesPerChannel + k] = (byte) samples[c];
        }
      }
    }
    ByteArrayOutputStream idat = new ByteArrayOutputStream();
    java.util.zip.Deflater deflater = new java.util.zip.Deflater(9);
    try (java.util.zip.DeflaterOutputStream z =
        new java.util.zip.DeflaterOutputStream(idat, deflater, 1 << 16)) {
      for (int y = 0; y < height; y++) {
        z.write(row);
      }
    } finally {
      deflater.end();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a});
    ByteBuffer ihdr = ByteBuffer.allocate(13);
    ihdr.putInt(width)
        .putInt(height)
        .put((byte) (deep ? 16 : 8))
        .put((byte) (deep ? 6 : 2))
        .put((byte) 0)
        .put((byte) 0)
        .put((byte) 0);
    chunk(out, "IHDR", ihdr.array());
    chunk(out, "IDAT", idat.toByteArray());
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  /** The same file with a JPEG comment after its start, so that its hash differs. */
  public static byte[] withComment(byte[] jpeg, String comment) {
    byte[] text = comment.getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2);
    out.write(0xff);
    out.write(0xfe);
    out.write((text.length + 2) >> 8);
    out.write((text.length + 2) & 0xff);
    out.write(text, 0, text.length);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  /**
   * A lossless WebP of one colour (ARGB), of any size up to 16383 x 16383, in about 40 bytes: each
   * of the five prefix codes has a single symbol, so the pixels take no bits at all.
   */
  public static byte[] losslessWebp(int width, int height, int argb) {
    Bits bits = new Bits();
    bits.write(0x2f, 8); // signature
    bits.write(width - 1, 14);
    bits.write(height - 1, 14);
    bits.write(1, 1); // alpha is used
    bits.write(0, 3); // version
    bits.write(0, 1); // no transform
    bits.write(0, 1); // no colour cache
    bits.write(0, 1); // no meta prefix codes
    int[] literals = {argb >> 8 & 0xff, argb >> 16 & 0xff, argb & 0xff, argb >>> 24};
    for (int symbol : literals) { // green, red, blue, alpha: a simple code of one 8-bit symbol
      bits.write(1, 1);
      bits.write(0, 1);
      bits.write(1, 1);
      bits.write(symbol, 8);
    }
    bits.write(1, 1); // distance: a simple code of one 1-bit symbol, 0
    bits.write(0, 1);
    bits.write(0, 1);
    bits.write(0, 1);
    // Zero bytes after the data: TwelveMonkeys' bit reader fetches 8 bytes at a time.
    byte[] data = bits.bytes();
    return riff(chunkBytes("VP8L", Arrays.copyOf(data, data.length + 8)));
  }

  /**
   * A lossy WebP's header and nothing else: a key frame of {@code width} x {@code height}. Enough
   * for a reader to report the size; decoding it fails.
   */
  public static byte[] lossyWebpHeader(int width, int height) {
    return riff(chunkBytes("VP8 ", vp8FrameHeader(width, height)));
  }

  /**
   * An extended WebP whose canvas ({@code VP8X}) is small but whose lossy frame says it is large:
   * the reader reports the canvas, the decoder allocates for the frame.
   */
  public static byte[] webpWithLargerFrameThanCanvas(
      int canvasWidth, int canvasHeight, int frameWidth, int frameHeight) {
    ByteBuffer vp8x = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
    vp8x.putInt(0);
    vp8x.put((byte) (canvasWidth - 1)).put((byte) ((canvasWidth - 1) >> 8)).put((byte) 0);
    vp8x.put((byte) (canvasHeight - 1)).put((byte) ((canvasHeight - 1) >> 8)).put((byte) 0);
    ByteArrayOutputStream chunks = new ByteArrayOutputStream();
    chunks.writeBytes(chunkBytes("VP8X", vp8x.array()));
    chunks.writeBytes(chunkBytes("VP8 ", vp8FrameHeader(frameWidth, frameHeight)));
    return riff(chunks.toByteArray());
  }

  /**
   * A real lossy WebP of 2600 x 160, red left half and blue right half: made with {@code cwebp -q
   * 60} (libwebp 1.2.4) from such a PNG, since no pure Java WebP encoder exists.
   */
  public static byte[] lossyWebp() {
    return java.util.Base64.getMimeDecoder().decode(LOSSY_WEBP);
  }

  private static final String LOSSY_WEBP =
      """
      UklGRnQDAABXRUJQVlA4IGgDAABwXgCdASooCqAAPrVaq1CnJSQioEgA4BaJaW7hd2EfwAaCD5AKUB+AFd/7gAACg0ettouE
      GQQ1VJrttFwgyCGqpNdtouEGQQ1VJrttFwgyCGmCHYM/M122i4QZBDVUmu20XCDIIaqk122i4QZBDVUmu20XCDIIaqls4Iaq
      k122i4QZBDVUmu20XCDIIaqk122i4QZBDVUmu20XBuZZuEGQQ1VJrttFwgyCGqpNdtouEGQQ1VJrttFwgyCGqpNdtouEGQQ1
      VJrttFwgyCGqpNdtouEGQQ1VJrttFwgyCGqpNdtohMs3CDIIaqk122i4QZBDVUmu20XCDIIaqk122i4QZBDVUmu20XCDIIaq
      k122i4QZBDVUmu20XCDIIaqk122i4QZBDVUmu20QmWbhBkENVSa7bRcIMghqqTXbaLhBkENVSa7bRcIMghqqTXbaLhBkENVS
      a7bRcIMghqqTXbaLhBkENVSa7bRcIMghqqTXbaITLNwgyCGqpNdtouEGQQ1VJrttFwgyCGqpNdtouEGQQ1VJrttFwgyCGqpN
      dtouEGQQ1VJrttFwgyCGqpNdtouEGQQ1VJrttEJlm4QZBDVUmu20XCDIIaqk122i4QZBDVUmu20XCDIIaqk122i4QZBDVUmu
      20XCDIIaqk122i4QZBDVUmu20XCDIIaqk122iEyzcIMghqqTXbaLhBkENVSa7bRcIMghqqTXbaLhBkENVSa7bRcIMghqqTXb
      aLhBkENVSa7bRcIMghqqTXbaLhBkENVSa7bRCZZuEGQQ1VJrttFwgyCGqpNdtouEGQQ1VJrttFwgyCGqpNdtouEGQQ1VJrtt
      FwgyCGqpNdtouEGQQ1VJrttFwgyCGqpNdtohMs3CDIIaqk122i4QZBDVUmu20XCDIIaqk122i4QZBDVUmu20XCDIIaqk122i
      4QZBDVUmu20XCDIIaqk122i4QZBDVUmu20QmWbhBkENVSa7bRcIMghqqTXbaLhBkENVSa7bRcIMghqqTXbZoAAD+/6ZL/8oV
      RjDUv/9cB8o7pjfd3bAAf+ViL/vnPmpP0xnKUAcf+nZ/859dkrSbwE8pRRmU2BACAnjAgAzIAAAAL6BAAAAL+BAAAAL+BAAA
      AL+BAAAAL+BAAAAL+BAAAAL+BAAAAL+BAAAAAA==
      """;

  /** A VP8 key frame header: frame tag, start code, 14-bit width and height. */
  private static byte[] vp8FrameHeader(int width, int height) {
    ByteBuffer b = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 0x10).put((byte) 0).put((byte) 0); // key frame, version 0, shown
    b.put((byte) 0x9d).put((byte) 0x01).put((byte) 0x2a);
    b.putShort((short) width).putShort((short) height);
    return b.array();
  }

  private static byte[] chunkBytes(String type, byte[] data) {
    ByteBuffer b =
        ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
    b.put(type.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
    return b.array();
  }

  private static byte[] riff(byte[] chunks) {
    ByteBuffer b = ByteBuffer.allocate(12 + chunks.length).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + chunks.length);
    b.put("WEBP".getBytes(StandardCharsets.US_ASCII)).put(chunks);
    return b.array();
  }

  /** Bits written least significant first, as WebP's lossless format reads them. */
  private static final class Bits {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int pending;
    private int count;

    void write(int value, int n) {
      for (int i = 0; i < n; i++) {
        pending |= (value >> i & 1) << count;
        if (++count == 8) {
          out.write(pending);
          pending = 0;
          count = 0;
        }
      }
    }

    byte[] bytes() {
      if (count > 0) {
        out.write(pending);
        pending = 0;
        count = 0;
      }
      return out.toByteArray();
    }
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data)
      throws IOException {
    ByteBuffer len = ByteBuffer.allocate(4).putInt(data.length);
    out.write(len.array());
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    out.write(t);
    out.write(data);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
