package id.etalase.media;

/**
 * How far {@link ImagePipeline} subsamples a decode, and the most heap one decode may hold (what it
 * reserves in {@link DecodeBudget}): arithmetic on the header's size only, nothing decoded.
 */
final class DecodeSizing {

  /** Decoded images are at most twice the largest width kept, and at most that side squared. */
  static final int MAX_DECODED_SIDE = 2 * 1280;

  static final long MAX_DECODED_PIXELS = (long) MAX_DECODED_SIDE * MAX_DECODED_SIDE;

  /**
   * Heap per decoded pixel, worst case: the decoded raster (up to 8 bytes for a 16-bit RGBA PNG),
   * the upright RGB copy (4) and one scaled variant (at most 4).
   */
  static final long BYTES_PER_DECODED_PIXEL = 16;

  /** Heap per pixel of the whole WebP frame: its macroblocks (about 30, measured) and rasters. */
  static final long WEBP_BYTES_PER_PIXEL = 40;

  /**
   * Heap of one decode whatever its size: reader and writer buffers, the encoded variants, and G1
   * rounding large arrays up to whole regions.
   */
  static final long BYTES_PER_DECODE = 8L << 20;

  private DecodeSizing() {}

  /**
   * The subsampling factor that decodes an image of this upright size to at most twice the kept
   * size and at most {@link #MAX_DECODED_PIXELS}: 1 when it is small enough already.
   */
  static int subsampling(long width, long height, int keptWidth, int keptHeight) {
    long factor =
        Math.max(1, Math.max(ceilDiv(width, 2L * keptWidth), ceilDiv(height, 2L * keptHeight)));
    while (ceilDiv(width, factor) * ceilDiv(height, factor) > MAX_DECODED_PIXELS) {
      factor++;
    }
    return (int) factor;
  }

  /**
   * The most heap one decode of this header may hold, for {@link DecodeBudget}. {@code
   * decoderPixels} is what the decoder allocates for: the image for JPEG and PNG, the largest frame
   * a WebP file declares.
   */
  static long worstCaseBytes(
      ImageFormat format, long width, long height, long decoderPixels, int subsampling) {
    if (format == ImageFormat.WEBP) {
      return BYTES_PER_DECODE + decoderPixels * WEBP_BYTES_PER_PIXEL;
    }
    long decoded = ceilDiv(width, subsampling) * ceilDiv(height, subsampling);
    return BYTES_PER_DECODE + decoded * BYTES_PER_DECODED_PIXEL;
  }

  private static long ceilDiv(long x, long y) {
    return -Math.floorDiv(-x, y);
  }
}
