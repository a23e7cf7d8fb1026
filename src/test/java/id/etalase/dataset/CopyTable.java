package id.etalase.dataset;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Rows of one table in PostgreSQL's COPY text format, streamed to the server as they are made
 * ({@link #streaming}) or kept until {@link #copyTo} sends them ({@link #buffered}: PostgreSQL
 * takes one COPY at a time on a connection, so a table whose rows are made along with another's
 * waits for its turn).
 *
 * <p>With FREEZE: the loader truncated every table in the same transaction, so PostgreSQL writes
 * the rows frozen and marks their pages all-visible at once. Otherwise VACUUM could only mark them
 * when no older snapshot is open anywhere in the database (an autovacuum ANALYZE that started
 * during the load is enough to leave a table without a visibility map, and its counts without
 * index-only scans), and every first read would write hint bits.
 */
final class CopyTable {

  private static final int FLUSH_AT = 1 << 20;

  private final String table;
  private final String columns;
  private final CopyIn copy;
  private final ByteArrayOutputStream kept;
  private final StringBuilder row = new StringBuilder(FLUSH_AT + 4096);
  private long rows;

  private CopyTable(String table, String columns, CopyIn copy, ByteArrayOutputStream kept) {
    this.table = table;
    this.columns = columns;
    this.copy = copy;
    this.kept = kept;
  }

  static CopyTable streaming(CopyManager copies, String table, String columns) throws SQLException {
    return new CopyTable(table, columns, copies.copyIn(copySql(table, columns)), null);
  }

  static CopyTable buffered(String table, String columns) {
    return new CopyTable(table, columns, null, new ByteArrayOutputStream(1 << 20));
  }

  private static String copySql(String table, String columns) {
    return "COPY " + table + " (" + columns + ") FROM STDIN WITH (FREEZE)";
  }

  String table() {
    return table;
  }

  /** Adds one row; {@code null} is SQL NULL. */
  void row(Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        row.append('\t');
      }
      append(values[i]);
    }
    row.append('\n');
    rows++;
    if (row.length() >= FLUSH_AT) {
      flush();
    }
  }

  private void append(Object value) {
    if (value == null) {
      row.append("\\N");
    } else if (value instanceof Boolean b) {
      row.append(b ? 't' : 'f');
    } else if (value instanceof Number || value instanceof java.time.temporal.Temporal) {
      row.append(value);
    } else {
      String s = value.toString();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '\\' -> row.append("\\\\");
          case '\n' -> row.append("\\n");
          case '\r' -> row.append("\\r");
          case '\t' -> row.append("\\t");
          default -> row.append(c);
        }
      }
    }
  }

  private void flush() throws SQLException {
    byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
    row.setLength(0);
    if (copy != null) {
      copy.writeToCopy(bytes, 0, bytes.length);
    } else {
      kept.write(bytes, 0, bytes.length);
    }
  }

  /** Ends a streaming COPY. */
  long finish() throws SQLException {
    flush();
    long copied = copy.endCopy();
    if (copied != rows) {
      throw new IllegalStateException(
          table + ": sent " + rows + " rows, PostgreSQL took " + copied);
    }
    return rows;
  }

  /** Sends the rows of a buffered table in one COPY. */
  long copyTo(CopyManager copies) throws SQLException {
    flush();
    CopyIn in = copies.copyIn(copySql(table, columns));
    byte[] bytes = kept.toByteArray();
    for (int off = 0; off < bytes.length; off += FLUSH_AT) {
      in.writeToCopy(bytes, off, Math.min(FLUSH_AT, bytes.length - off));
    }
    long copied = in.endCopy();
    if (copied != rows) {
      throw new IllegalStateException(
          table + ": sent " + rows + " rows, PostgreSQL took " + copied);
    }
    return rows;
  }

  long rows() {
    return rows;
  }
}
