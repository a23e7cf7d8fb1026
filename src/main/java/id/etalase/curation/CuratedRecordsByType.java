package id.etalase.curation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;

/**
 * Every {@link CuratedRecords} implementation the application has, by its {@link RecordType}: how
 * curation and media reach businesses, products and clusters without depending on their packages.
 * Exactly one implementation per type, checked once at start-up.
 */
@ApplicationScoped
public class CuratedRecordsByType {

  @Inject @Any private Instance<CuratedRecords<?, ?>> implementations;

  private final Map<RecordType, CuratedRecords<?, ?>> byType = new EnumMap<>(RecordType.class);

  @PostConstruct
  void collect() {
    for (CuratedRecords<?, ?> records : implementations) {
      if (byType.put(records.type(), records) != null) {
        throw new IllegalStateException("Two implementations of curated " + records.type());
      }
    }
    for (RecordType type : RecordType.values()) {
      if (!byType.containsKey(type)) {
        throw new IllegalStateException("No implementation of curated " + type);
      }
    }
  }

  public CuratedRecords<?, ?> of(RecordType type) {
    return byType.get(type);
  }
}
