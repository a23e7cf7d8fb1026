package id.etalase.web.konsol;

import id.etalase.curation.PublicationStatus;
import id.etalase.curation.RecordType;
import id.etalase.curation.StatusCounts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The operator console's dashboard ({@code konsol/index.xhtml}): records by curation status. */
@Named
@RequestScoped
public class DashboardBacking {

  @Inject private StatusCounts statusCounts;

  private final Map<RecordType, Map<PublicationStatus, Long>> counts =
      new EnumMap<>(RecordType.class);

  @PostConstruct
  void load() {
    for (RecordType type : RecordType.values()) {
      counts.put(type, statusCounts.of(type));
    }
  }

  public List<RecordType> getRecordTypes() {
    return List.of(RecordType.values());
  }

  public List<PublicationStatus> getStatuses() {
    return List.of(PublicationStatus.values());
  }

  public long count(RecordType type, PublicationStatus status) {
    return counts.get(type).get(status);
  }
}
