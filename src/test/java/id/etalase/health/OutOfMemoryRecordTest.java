package id.etalase.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

class OutOfMemoryRecordTest {

  @Test
  void anOutOfMemoryErrorAmongTheCausesIsRecordedAndTheFirstOneIsKept() {
    OutOfMemoryRecord record = new OutOfMemoryRecord();
    assertFalse(record.record(new IllegalStateException("not memory"), "/a"));
    assertFalse(record.record(null, "/a"));
    assertTrue(record.first().isEmpty());

    Throwable wrapped =
        new ServletException(new RuntimeException(new OutOfMemoryError("Java heap space")));
    assertTrue(record.record(wrapped, "/bondowoso/konsol/usaha/ubah"));
    assertTrue(record.record(new OutOfMemoryError("Metaspace"), "ImagePipeline"));

    OutOfMemoryRecord.Occurrence first = record.first().orElseThrow();
    assertEquals("/bondowoso/konsol/usaha/ubah", first.where());
    assertEquals("Java heap space", first.message());
  }
}
