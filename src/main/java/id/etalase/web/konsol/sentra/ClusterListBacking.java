package id.etalase.web.konsol.sentra;

import id.etalase.cluster.ClusterService;
import id.etalase.web.consoles.common.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * {@code /konsol/sentra/}: the tenant's clusters. A regency has a handful, so they are listed
 * whole, with how many businesses each has.
 */
@Named
@RequestScoped
public class ClusterListBacking {

  @Inject private ClusterService clusters;
  @Inject private SignedIn signedIn;

  private List<ClusterService.Summary> summaries;

  public List<ClusterService.Summary> getClusters() {
    if (summaries == null) {
      summaries = clusters.summaries(signedIn.require());
    }
    return summaries;
  }
}
