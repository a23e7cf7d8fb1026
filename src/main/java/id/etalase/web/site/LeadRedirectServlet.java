package id.etalase.web.site;

import id.etalase.common.RoutedName;
import id.etalase.tenant.CurrentTenant;
import id.etalase.traffic.LeadTargets;
import id.etalase.traffic.Subject;
import id.etalase.traffic.TrafficCounter;
import id.etalase.web.CurrentLanguage;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /{slug}/ke/<usaha|produk|sentra>/<id>/<wa|telepon|tautan-n>}: counts a click on a contact
 * link of a public page as a lead of that record and channel, then sends the visitor on (303) to
 * the address computed from the published record ({@link LeadTargets}), never one the request
 * names. Unknown, unpublished and other tenants' records are 404. Never cached, by a browser or a
 * CDN, so every click reaches a server and is counted; crawlers are sent on but not counted.
 */
@WebServlet("/_ke/*")
public class LeadRedirectServlet extends HttpServlet {

  static final Pattern PATH =
      Pattern.compile("(usaha|produk|sentra)/([1-9][0-9]{0,17})/(wa|telepon|tautan-[0-9]{1,2})");

  @Inject private LeadTargets targets;
  @Inject private TrafficCounter counter;
  @Inject private CurrentTenant currentTenant;
  @Inject private CurrentLanguage language;
  @Inject private SiteLinks links;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Robots-Tag", "noindex, nofollow");
    Matcher m = PATH.matcher(Objects.toString(request.getAttribute(RoutedName.ATTRIBUTE), ""));
    Optional<Subject> subject = m.matches() ? Subject.ofPathWord(m.group(1)) : Optional.empty();
    if (currentTenant.get().isEmpty() || subject.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    long id = Long.parseLong(m.group(2));
    Optional<LeadTargets.Lead> lead = targets.find(subject.get(), id, m.group(3), this::greeting);
    if (lead.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (!"HEAD".equals(request.getMethod())) { // link checkers ask with HEAD; visitors follow
      counter.lead(request, currentTenant.require().id(), subject.get(), id, lead.get().channel());
    }
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", lead.get().target());
  }

  /** The message a WhatsApp chat starts with, as the record's page wrote it before. */
  private String greeting(Subject subject, String name, String publicPath) {
    String key =
        switch (subject) {
          case BUSINESS -> "site.business.whatsappMessage";
          case PRODUCT -> "site.product.whatsappMessage";
          case CLUSTER -> null;
        };
    if (key == null) {
      return null;
    }
    ResourceBundle bundle =
        ResourceBundle.getBundle("id.etalase.i18n.messages", language.getLocale());
    return MessageFormat.format(
        bundle.getString(key), name, currentTenant.require().name(), links.canonical(publicPath));
  }
}
