package id.etalase.cluster;

import id.etalase.access.ConsoleUser;
import id.etalase.curation.CuratedRecords;
import id.etalase.curation.RecordType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Clusters as curation and photos reach them (see {@link CuratedRecords}). A cluster belongs to no
 * business, so no owner proposes changes to one; its data is still here, like the other types'.
 */
@ApplicationScoped
@Transactional
public class CuratedClusters implements CuratedRecords<Cluster, ClusterData> {

  @Inject private ClusterRepository clusters;
  @Inject private ClusterService service;

  @Override
  public RecordType type() {
    return RecordType.Cluster;
  }

  @Override
  public Class<Cluster> entityType() {
    return Cluster.class;
  }

  @Override
  public Class<ClusterData> dataType() {
    return ClusterData.class;
  }

  @Override
  public Optional<Cluster> find(long id) {
    return clusters.findById(id);
  }

  @Override
  public Optional<Cluster> findBySlug(String slug) {
    return clusters.findBySlug(slug);
  }

  @Override
  public Optional<String> owningBusinessPath() {
    return Optional.empty();
  }

  @Override
  public Optional<ClusterData> dataOf(long id) {
    return clusters.findById(id).map(Cluster::toData);
  }

  @Override
  public ClusterData checked(ClusterData edit) {
    return service.checked(edit);
  }

  @Override
  public void update(ConsoleUser actor, long id, ClusterData data) {
    service.update(actor, id, data);
  }
}
