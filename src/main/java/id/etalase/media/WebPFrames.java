package id.etalase.media;

/**
 * The sizes a WebP file declares, read from its chunks without decoding. TwelveMonkeys' reader
 * reports the canvas of an extended file ({@code VP8X}) as the image size, but sizes its buffers
 * from the {@code VP8 } bitstream's own header: a 400-byte file with a 100 x 100 canvas around a
 * 16383 x 16383 frame takes gigabytes. So every canvas, animation frame and bitstream counts.
 */
final class WebPFrames {

  private WebPFrames() {}

  /** Width and height of the largest area declared anywhere in the file. */
  record Size(long width, long height) {
    long pixels() {
      return width * height;
    }
  }

  static Size largest(byte[] file) {
    Size largest = new Size(0, 0);
    return scan(file, 12, file.length, largest, 0);
  }

  private static Size scan(byte[] file, int from, int to, Size largest, int depth) {
    int at = from;
    while (at + 8 <= to && depth < 4) {
      String type = new String(file, at, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
      long length = le(file, at + 4, 4);
      int data = at + 8;
      int end = (int) Math.min(to, data + length);
      Size size =
          switch (type) {
            case "VP8 " ->
                end - data >= 10
                    ? new Size(le(file, data + 6, 2) & 0x3fff, le(file, data + 8, 2) & 0x3fff)
                    : null;
            case "VP8L" ->
                end - data >= 5
                    ? new Size(
                        1 + (le(file, data + 1, 4) & 0x3fff),
                        1 + (le(file, data + 1, 4) >> 14 & 0x3fff))
                    : null;
            case "VP8X" ->
                end - data >= 10
                    ? new Size(1 + le(file, data + 4, 3), 1 + le(file, data + 7, 3))
                    : null;
            case "ANMF" ->
                end - data >= 16
                    ? new Size(1 + le(file, data + 6, 3), 1 + le(file, data + 9, 3))
                    : null;
            default -> null;
          };
      if (size != null && size.pixels() > largest.pixels()) {
        largest = size;
      }
      if (type.equals("ANMF") && end - data > 16) {
        largest = scan(file, data + 16, end, largest, depth + 1);
      }
      at = (int) Math.min(Integer.MAX_VALUE, data + length + (length & 1));
    }
    return largest;
  }

  /** A little-endian unsigned number of {@code bytes} bytes. */
  private static long le(byte[] b, int at, int bytes) {
    long value = 0;
    for (int i = bytes - 1; i >= 0; i--) {
      value = value << 8 | (b[at + i] & 0xff);
    }
    return value;
  }
}
