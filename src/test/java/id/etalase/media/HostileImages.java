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
    byte[] jpeg = photo(800, 600);
    byte[] tiff = exifWithGps();
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
  private static byte[] exifWithGps() {
    ByteBuffer b = ByteBuffer.allocate(200).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
    // IFD0 at 8: 2 entries
    b.putShort((short) 2);
    b.putShort((short) 0x0112)
        .putShort((short) 3)
        .putInt(1)
        .putShort((short) 6)
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
