package id.etalase.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read and fails with {@code import.file.tooLarge} past the limit, so an upload is
 * never trusted for its declared size.
 */
final class LimitedInputStream extends FilterInputStream {

  private static final long MEGABYTE = 1024 * 1024;

  private final long limit;
  private long count;

  LimitedInputStream(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      add(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      add(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    add(skipped);
    return skipped;
  }

  /** Marks would let a reset count bytes twice or not at all; callers buffer in front of it. */
  @Override
  public boolean markSupported() {
    return false;
  }

  private void add(long n) {
    count += n;
    if (count > limit) {
      throw new ImportFileException(
          "import.file.tooLarge", Math.max(1, (limit + MEGABYTE - 1) / MEGABYTE));
    }
  }
}
