package id.etalase.web.site;

import id.etalase.tenant.CurrentTenant;
import id.etalase.traffic.LeadTargets;
import id.etalase.traffic.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The tenant-path links that count: the lead redirect behind each contact link of a public page,
 * and the view beacon each product, business and cluster page embeds. Pages name the record by its
 * id and the channel by a word; where the visitor goes is decided by the redirect alone.
 */
@Named
@ApplicationScoped
public class TrafficLinks {

  @Inject private CurrentTenant currentTenant;

  /** {@code /{slug}/ke/usaha/12/wa}; kind is {@code usaha}, {@code produk} or {@code sentra}. */
  public String lead(String kind, long id, String channelWord) {
    return currentTenant.link(LeadTargets.path(subject(kind), id, channelWord));
  }

  /** The redirect of the business's n-th web link (its site, social media or marketplace). */
  public String webLink(long businessId, int position) {
    return lead("usaha", businessId, LeadTargets.LINK + position);
  }

  /** {@code /{slug}/lihat/produk/7.gif}. */
  public String beacon(String kind, long id) {
    return currentTenant.link("/lihat/" + subject(kind).pathWord() + "/" + id + ".gif");
  }

  private static Subject subject(String kind) {
    return Subject.ofPathWord(kind)
        .orElseThrow(() -> new IllegalArgumentException("No counted kind " + kind));
  }
}
