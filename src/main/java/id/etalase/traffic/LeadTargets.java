package id.etalase.traffic;

import id.etalase.business.Business;
import id.etalase.business.BusinessLink;
import id.etalase.business.BusinessRepository;
import id.etalase.catalog.ProductRepository;
import id.etalase.cluster.Cluster;
import id.etalase.cluster.ClusterRepository;
import id.etalase.contact.ContactLinks;
import id.etalase.curation.PublicationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a lead link of a public page sends the visitor, computed from the published record alone:
 * the request names a record and a channel word ({@code wa}, {@code telepon} or {@code tautan-<n>},
 * the business's n-th web link), never a target. So the redirect cannot be pointed anywhere else,
 * and a record that is unknown, unpublished or another tenant's has no target.
 */
@ApplicationScoped
@Transactional
public class LeadTargets {

  /** The WhatsApp greeting for a record: its name and public path, in the visitor's language. */
  @FunctionalInterface
  public interface Greeting {
    String text(Subject subject, String name, String publicPath);
  }

  /** A resolved lead: the channel counted and the address the visitor is sent to. */
  public record Lead(Channel channel, String target) {}

  public static final String WHATSAPP = "wa";
  public static final String PHONE = "telepon";
  public static final String LINK = "tautan-";

  private static final Pattern LINK_WORD = Pattern.compile("tautan-([0-9]{1,2})");

  @Inject private BusinessRepository businesses;
  @Inject private ProductRepository products;
  @Inject private ClusterRepository clusters;

  public Optional<Lead> find(Subject subject, long id, String channelWord, Greeting greeting) {
    return switch (subject) {
      case BUSINESS ->
          businesses
              .findById(id)
              .filter(b -> b.getStatus() == PublicationStatus.PUBLISHED)
              .flatMap(
                  b ->
                      ofBusiness(
                          b,
                          channelWord,
                          greeting.text(subject, b.getName(), "/usaha/" + b.getSlug()),
                          true));
      case PRODUCT ->
          products
              .findById(id)
              .filter(p -> p.getStatus() == PublicationStatus.PUBLISHED)
              .filter(p -> p.getBusiness().getStatus() == PublicationStatus.PUBLISHED)
              .flatMap(
                  p ->
                      ofBusiness(
                          p.getBusiness(),
                          channelWord,
                          greeting.text(subject, p.getName(), "/produk/" + p.getSlug()),
                          false));
      case CLUSTER ->
          clusters
              .findById(id)
              .filter(c -> c.getStatus() == PublicationStatus.PUBLISHED)
              .flatMap(c -> ofCluster(c, channelWord));
    };
  }

  private static Optional<Lead> ofBusiness(
      Business b, String channelWord, String greeting, boolean withLinks) {
    if (WHATSAPP.equals(channelWord)) {
      return lead(Channel.WHATSAPP, ContactLinks.whatsapp(b.getWhatsapp(), greeting));
    }
    if (PHONE.equals(channelWord)) {
      return lead(Channel.PHONE, ContactLinks.call(b.getPhone()));
    }
    Matcher link = LINK_WORD.matcher(channelWord);
    if (withLinks && link.matches()) {
      int position = Integer.parseInt(link.group(1));
      List<BusinessLink> links = b.getLinks();
      return position < links.size() && isWeb(links.get(position).getUrl())
          ? lead(Channel.of(links.get(position).getKind()), links.get(position).getUrl())
          : Optional.empty();
    }
    return Optional.empty();
  }

  private static Optional<Lead> ofCluster(Cluster c, String channelWord) {
    return switch (channelWord) {
      case WHATSAPP -> lead(Channel.WHATSAPP, ContactLinks.whatsapp(c.getContactPhone(), null));
      case PHONE -> lead(Channel.PHONE, ContactLinks.call(c.getContactPhone()));
      default -> Optional.empty();
    };
  }

  private static Optional<Lead> lead(Channel channel, String target) {
    return Optional.ofNullable(target).map(t -> new Lead(channel, t));
  }

  /** Links are checked on save; an address that is not http(s) is still never sent on. */
  private static boolean isWeb(String url) {
    try {
      String scheme = URI.create(url).getScheme();
      return scheme != null && List.of("http", "https").contains(scheme.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The public path of a lead link: {@code /ke/usaha/12/wa}. */
  public static String path(Subject subject, long id, String channelWord) {
    return "/ke/" + subject.pathWord() + "/" + id + "/" + channelWord;
  }
}
