package id.etalase.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A console user's browser, over plain HTTP: keeps cookies, follows redirects, and posts Faces
 * forms with their view state and PrimeFaces' CSP nonce, as PrimeFaces' script would. Each client
 * can stand for its own address ({@code X-Forwarded-For}), so throttling tests do not share one.
 */
public final class ConsoleClient {

  private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

  private final URI base;
  private final String address;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient http;

  /** A Host header sent instead of the server's, as a forged request would. */
  private String hostHeader;

  public ConsoleClient(URL base, String address) {
    this.base = URI.create(base.toString().replaceAll("/$", ""));
    this.address = address;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(cookies)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /**
   * Sends every later request with this {@code Host} header (the connection still goes to the test
   * server), as an attacker who forges it would; null for the server's own.
   */
  public ConsoleClient forgeHost(String host) {
    this.hostHeader = host;
    return this;
  }

  /** One response, after any redirects, and the statuses on the way. */
  public record Page(int status, URI uri, HttpHeaders headers, String body, List<Integer> hops) {

    public String path() {
      return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** The page's text without tags, spaces collapsed. */
    public String text() {
      return body.replaceAll("(?s)<script.*?</script>", " ")
          .replaceAll("<[^>]+>", " ")
          .replace("&amp;", "&")
          .replace("&quot;", "\"")
          .replace("&#39;", "'")
          .replaceAll("\\s+", " ");
    }

    public Optional<String> nonce() {
      Matcher m = NONCE.matcher(headers.firstValue("Content-Security-Policy").orElse(""));
      return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The first match of a regular expression's group 1 in the body. */
    public Optional<String> find(String regex) {
      Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(body);
      return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    public List<String> findAll(String regex) {
      Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(body);
      List<String> all = new java.util.ArrayList<>();
      while (m.find()) {
        all.add(m.group(1));
      }
      return all;
    }
  }

  public Page get(String path) throws IOException, InterruptedException {
    return follow(send(request(path).GET()), new java.util.ArrayList<>());
  }

  /** The first answer to a GET, without following a redirect. */
  public Page getOnce(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = send(request(path).GET());
    return new Page(
        response.statusCode(), response.uri(), response.headers(), response.body(), List.of());
  }

  /**
   * Posts a form of a page as its submit button would: the form's own fields are not read from the
   * page, only those given, plus the form id, the button, the view state and the nonce.
   */
  public Page submit(Page page, String formId, String button, Map<String, String> fields)
      throws IOException, InterruptedException {
    String action = page.uri().resolve(formAction(page, formId)).toString();
    Map<String, String> data = new LinkedHashMap<>();
    data.put(formId, formId);
    fields.forEach((name, value) -> data.put(formId + ":" + name, value));
    if (button != null) {
      data.put(formId + ":" + button, "");
    }
    data.put("jakarta.faces.ViewState", viewState(page));
    page.nonce().ifPresent(n -> data.put("primefaces.nonce", n));
    return post(action, data);
  }

  /**
   * An ajax post of a form, as a PrimeFaces command button sends it: the form is processed, and the
   * answer is Faces' partial-response XML with the re-rendered parts.
   */
  public Page ajax(Page page, String formId, String source, Map<String, String> fields)
      throws IOException, InterruptedException {
    String action = page.uri().resolve(formAction(page, formId)).toString();
    Map<String, String> data = new LinkedHashMap<>();
    data.put("jakarta.faces.partial.ajax", "true");
    data.put("jakarta.faces.source", source);
    data.put("jakarta.faces.partial.execute", formId);
    data.put("jakarta.faces.partial.render", "@all");
    data.put(source, source);
    data.put(formId, formId);
    fields.forEach((name, value) -> data.put(formId + ":" + name, value));
    data.put("jakarta.faces.ViewState", viewState(page));
    page.nonce().ifPresent(n -> data.put("primefaces.nonce", n));
    String body = encode(data);
    HttpRequest.Builder post =
        request(action)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Faces-Request", "partial/ajax")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> response = send(post);
    return new Page(
        response.statusCode(),
        logical(response),
        response.headers(),
        response.body().replace("<![CDATA[", "").replace("]]>", ""),
        List.of());
  }

  /**
   * An ajax post of a whole form as the browser sends it: every field with its value on the page
   * (checked boxes and selected options only), with some fields changed.
   */
  public Page ajaxForm(Page page, String formId, String source, Map<String, String> changes)
      throws IOException, InterruptedException {
    String prefix = formId + ":";
    Map<String, String> fields = new LinkedHashMap<>();
    formFields(page, formId)
        .forEach((name, value) -> fields.put(name.substring(prefix.length()), value));
    fields.putAll(changes);
    return ajax(page, formId, source, fields);
  }

  /**
   * Every field of a form by its full name, with its value on the page, as a browser would send it:
   * checked boxes and selected options only, no disabled fields, files or buttons.
   */
  public static Map<String, String> formFields(Page page, String formId) {
    Map<String, String> fields = new LinkedHashMap<>();
    org.jsoup.nodes.Element form = org.jsoup.Jsoup.parse(page.body()).getElementById(formId);
    if (form == null) {
      throw new AssertionError("No form " + formId + " on " + page.path());
    }
    String prefix = formId + ":";
    for (org.jsoup.nodes.Element field : form.select("input, textarea, select")) {
      String name = field.attr("name");
      String type = field.attr("type");
      if (!name.startsWith(prefix)
          || field.hasAttr("disabled")
          || type.equals("file")
          || type.equals("submit")
          || (type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked")) {
        continue;
      }
      String value =
          switch (field.tagName()) {
            case "textarea" -> field.wholeText();
            case "select" -> {
              org.jsoup.nodes.Element selected = field.selectFirst("option[selected]");
              org.jsoup.nodes.Element shown =
                  selected != null ? selected : field.selectFirst("option");
              yield shown == null ? null : shown.attr("value");
            }
            default ->
                field.hasAttr("value") ? field.attr("value") : type.equals("checkbox") ? "on" : "";
          };
      if (value != null) {
        fields.put(name, value);
      }
    }
    return fields;
  }

  /**
   * Uploads one file as PrimeFaces' advanced {@code p:fileUpload} does: an ajax multipart post of
   * the form's id, view state and nonce, with the file in a part named after the component.
   */
  public Page upload(
      Page page, String formId, String uploadId, String fileName, String contentType, byte[] file)
      throws IOException, InterruptedException {
    return upload(
        page,
        formId,
        uploadId,
        fileName,
        contentType,
        () -> new java.io.ByteArrayInputStream(file),
        file.length);
  }

  /**
   * Uploads a file of {@code size} bytes read from {@code content}, streamed with its length
   * declared, so a test can send far more than it could hold in memory.
   */
  public Page upload(
      Page page,
      String formId,
      String uploadId,
      String fileName,
      String contentType,
      java.util.function.Supplier<java.io.InputStream> content,
      long size)
      throws IOException, InterruptedException {
    String action = page.uri().resolve(formAction(page, formId)).toString();
    String component = formId + ":" + uploadId;
    Map<String, String> data = new LinkedHashMap<>();
    data.put(formId, formId);
    data.put("jakarta.faces.ViewState", viewState(page));
    page.nonce().ifPresent(n -> data.put("primefaces.nonce", n));
    data.put("jakarta.faces.partial.ajax", "true");
    data.put("jakarta.faces.partial.execute", component);
    data.put("jakarta.faces.source", component);
    data.put("jakarta.faces.partial.render", "@all");
    data.put(component + "_totalFilesCount", "1");
    String boundary = "----etalase" + System.nanoTime();
    java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
    for (Map.Entry<String, String> field : data.entrySet()) {
      head.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + field.getKey()
                  + "\"\r\n\r\n"
                  + field.getValue()
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    head.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + component
                + "\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: "
                + contentType
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] top = head.toByteArray();
    HttpRequest.BodyPublisher body =
        HttpRequest.BodyPublishers.fromPublisher(
            HttpRequest.BodyPublishers.ofInputStream(
                () ->
                    new java.io.SequenceInputStream(
                        java.util.Collections.enumeration(
                            List.of(
                                new java.io.ByteArrayInputStream(top),
                                content.get(),
                                new java.io.ByteArrayInputStream(tail))))),
            top.length + size + tail.length);
    HttpRequest.Builder post =
        request(action)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Faces-Request", "partial/ajax")
            .POST(body);
    HttpResponse<String> response = send(post);
    return new Page(
        response.statusCode(),
        logical(response),
        response.headers(),
        response.body().replace("<![CDATA[", "").replace("]]>", ""),
        List.of());
  }

  /** A raw form post, for forged or stale requests. */
  public Page post(String path, Map<String, String> data) throws IOException, InterruptedException {
    String body = encode(data);
    HttpRequest.Builder post =
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    return follow(send(post), new java.util.ArrayList<>());
  }

  private static String formAction(Page page, String formId) {
    return page.find("<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]+)\"")
        .orElseThrow(() -> new AssertionError("No form " + formId + " on " + page.path()))
        .replace("&amp;", "&");
  }

  private static String encode(Map<String, String> data) {
    return data.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  public static String viewState(Page page) {
    return page.find("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
        .orElseThrow(() -> new AssertionError("No view state on " + page.path()));
  }

  public Optional<String> cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(java.net.HttpCookie::getValue)
        .findFirst();
  }

  /** Signs in with a password only (roles without MFA). */
  public Page signIn(String tenantPath, String email, String password)
      throws IOException, InterruptedException {
    Page login = get(tenantPath);
    return submit(login, "login", "submit", Map.of("email", email, "password", password));
  }

  /**
   * Signs in an account that has or needs MFA: enrols it on first use (remembering its secret for
   * the rest of the test run, which shares one database) or answers the code page with a code of a
   * time step not used before.
   */
  public Page signInWithMfa(String loginPath, String email, String password)
      throws IOException, InterruptedException {
    Page next = signIn(loginPath, email, password);
    if (next.path().contains("/daftar-mfa")) {
      String secret =
          next.find("<code id=\"secret\">([^<]+)</code>").orElseThrow().replace(" ", "");
      Mfa mfa = new Mfa(secret);
      Page codes = submit(next, "enrol", "submit", Map.of("value", mfa.nextCode()));
      MFA.put(email, mfa);
      String home =
          codes
              .find("id=\"continue\"[^>]*href=\"([^\"]+)\"")
              .orElseThrow(() -> new AssertionError("Enrolment failed: " + codes.text()));
      return get(home);
    }
    if (next.path().contains("/kode")) {
      Mfa mfa = MFA.get(email);
      if (mfa == null) {
        throw new AssertionError(email + " has MFA from outside this test run");
      }
      return submit(next, "code", "submit", Map.of("value", mfa.nextCode()));
    }
    return next;
  }

  private static final Map<String, Mfa> MFA = new java.util.concurrent.ConcurrentHashMap<>();

  /** Remembers the secret of an account enrolled elsewhere (in a browser), with its first step. */
  public static String enrolled(String email, String secret) throws InterruptedException {
    Mfa mfa = new Mfa(secret);
    MFA.put(email, mfa);
    return mfa.nextCode();
  }

  /** Remembers the secret of an account a test enrolled itself, for later sign-ins of the run. */
  public static void remember(String email, String secret) {
    MFA.put(email, new Mfa(secret));
  }

  /**
   * Notes that a test answered with a code of its own making, of the time step of {@code at}: the
   * server refuses that step and earlier ones from now on, so later codes of the run come after it
   * (the classes share one server, with no restart in between to let the steps pass).
   */
  public static void used(String email, java.time.Instant at) {
    Mfa mfa = MFA.get(email);
    if (mfa == null) {
      throw new AssertionError(email + " has MFA from outside this test run");
    }
    mfa.used(at.getEpochSecond() / 30);
  }

  /** A fresh code for an account enrolled in this test run. */
  public static String nextCode(String email) throws InterruptedException {
    Mfa mfa = MFA.get(email);
    if (mfa == null) {
      throw new AssertionError(email + " has MFA from outside this test run");
    }
    return mfa.nextCode();
  }

  /** The secret of an enrolled test account, and the last time step it used. */
  public static final class Mfa {
    private final String secret;
    private long lastStep = -1;

    Mfa(String secret) {
      this.secret = secret;
    }

    synchronized void used(long step) {
      lastStep = Math.max(lastStep, step);
    }

    /**
     * A code of a step after the last used one, waiting for it when it is not yet valid. The server
     * accepts the previous, current and next step, so an account signs in three times in a row
     * before it must wait. A code of the previous step expires when the current step ends: it is
     * sent only with 10 s of the step left, else after the turn, so it cannot expire on its way.
     */
    synchronized String nextCode() throws InterruptedException {
      while (true) {
        long seconds = java.time.Instant.now().getEpochSecond();
        long now = seconds / 30;
        long left = 30 - seconds % 30;
        long step = Math.max(now - 1, lastStep + 1);
        if (step > now + 1) {
          Thread.sleep((step - 1 - now) * 30_000L - (30 - left) * 1_000L + 1_000L);
        } else if (step == now - 1 && left < 10) {
          Thread.sleep(left * 1_000L + 500L);
        } else {
          lastStep = step;
          return id.etalase.account.Totp.code(secret, java.time.Instant.ofEpochSecond(step * 30));
        }
      }
    }
  }

  private HttpRequest.Builder request(String path) {
    URI uri = path.startsWith("http") ? URI.create(path) : URI.create(base + path);
    String host = hostHeader;
    if (!uri.getRawAuthority().equals(base.getRawAuthority())) {
      // A link the server built from its configuration (https://etalase.test/...): sent to the
      // test server with its host name, as curl's --connect-to would.
      host = uri.getRawAuthority();
      uri =
          URI.create(
              base + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
    if (host != null) {
      builder.header("Host", host);
    }
    if (address != null) {
      builder.header("X-Forwarded-For", address);
    }
    return builder;
  }

  /**
   * The address a browser would show for a response: on the host the request named, when that was
   * not the test server's (a link on a tenant's domain), so relative form actions and redirects
   * stay on that host, as they would in a browser.
   */
  private URI logical(HttpResponse<?> response) {
    URI uri = response.uri();
    return response
        .request()
        .headers()
        .firstValue("Host")
        .filter(host -> !host.equals(base.getRawAuthority()))
        .map(
            host ->
                URI.create(
                    uri.getScheme()
                        + "://"
                        + host
                        + uri.getRawPath()
                        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())))
        .orElse(uri);
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private Page follow(HttpResponse<String> response, List<Integer> hops)
      throws IOException, InterruptedException {
    int status = response.statusCode();
    if ((status == 301 || status == 302 || status == 303) && hops.size() < 10) {
      hops.add(status);
      String location = response.headers().firstValue("Location").orElseThrow();
      URI next = logical(response).resolve(location);
      return follow(send(request(next.toString()).GET()), hops);
    }
    return new Page(
        status, logical(response), response.headers(), response.body(), List.copyOf(hops));
  }
}
