package id.etalase.web;

import id.etalase.tenant.CurrentTenant;
import id.etalase.tenant.TenantSnapshot;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The language of this request: {@code ?lang=}, else the visitor's cookie, else the tenant's
 * default, else Indonesian. Kept out of the session so the public site stays sessionless.
 */
@Named
@RequestScoped
public class CurrentLanguage {

  @Inject private HttpServletRequest request;

  @Inject private CurrentTenant currentTenant;

  private Language language;

  public Language get() {
    if (language == null) {
      language =
          Language.requested(queryString())
              .or(this::fromCookie)
              .or(
                  () ->
                      currentTenant
                          .get()
                          .map(TenantSnapshot::defaultLanguage)
                          .flatMap(Language::of))
              .orElse(Language.ID);
    }
    return language;
  }

  /** The query string the visitor sent, also when the page is served by a forward. */
  private String queryString() {
    Object forwarded = request.getAttribute("jakarta.servlet.forward.query_string");
    return forwarded != null ? (String) forwarded : request.getQueryString();
  }

  private Optional<Language> fromCookie() {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    return Arrays.stream(cookies)
        .filter(c -> Language.COOKIE.equals(c.getName()))
        .findFirst()
        .flatMap(c -> Language.of(c.getValue()));
  }

  public Locale getLocale() {
    return get().locale();
  }

  public String getCode() {
    return get().code();
  }

  /** The other language, offered by the switch in the header. */
  public Language getOther() {
    return get() == Language.ID ? Language.EN : Language.ID;
  }

  /** The address of this page in the other language. */
  public String getSwitchUrl() {
    String uri = (String) request.getAttribute("jakarta.servlet.forward.request_uri");
    String query = (String) request.getAttribute("jakarta.servlet.forward.query_string");
    if (uri == null) {
      uri = request.getRequestURI();
      query = request.getQueryString();
    }
    String kept =
        query == null
            ? ""
            : Arrays.stream(query.split("&"))
                .filter(p -> !p.isEmpty() && !p.startsWith(Language.PARAMETER + "="))
                .collect(Collectors.joining("&"));
    String lang =
        Language.PARAMETER + "=" + URLEncoder.encode(getOther().code(), StandardCharsets.UTF_8);
    return uri + "?" + (kept.isEmpty() ? lang : kept + "&" + lang);
  }
}
