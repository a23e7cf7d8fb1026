package id.etalase.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.testing.ConsoleClient;
import id.etalase.testing.ConsoleClient.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every console page, for every kind of visitor, reached directly, through a family of path
 * variants, and by form posts: who is let in, and that nothing changes for those refused. The pages
 * come from the views in {@code src/main/webapp}, so a new console page joins the matrix by itself
 * and fails it until {@link #expected} says who may open it.
 *
 * <p>Signs in only with the {@code matriks.*} accounts of the test fixtures, which no other class
 * uses, so this class does not depend on the order the classes run in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleAccessMatrixIT {

  static final String PASSWORD = System.getenv("ETALASE_ACCOUNTS_INITIAL_PASSWORD");
  static final String A = "/bondowoso";
  static final String BONDOWOSO = "(SELECT id FROM tenant WHERE slug = 'bondowoso')";

  /** Signed in once for the class: the disabled account can sign in only before it is disabled. */
  private static Map<Who, ConsoleClient> signedIn;

  /** The kinds of visitor of the matrix. */
  enum Who {
    ANONYMOUS,
    OTHER_OWNER,
    OPERATOR,
    ADMIN,
    OTHER_TENANT_ADMIN,
    DISABLED,
    PLATFORM
  }

  /** What a visitor gets. */
  enum Outcome {
    ALLOW,
    LOGIN,
    NOT_FOUND,
    FORBIDDEN
  }

  /** Pages that open without signing in: the login steps and the links from e-mails. */
  static final Set<String> OPEN = Set.of("masuk", "kode", "daftar-mfa", "undangan", "atur-sandi");

  @ArquillianResource URL base;

  /**
   * The console pages that need a signed-in user, as URLs: {@code /konsol/usaha/} for a folder's
   * index, {@code /konsol/usaha/ubah} for a page; tenant pages first.
   */
  static List<String> pages() throws IOException {
    Path webapp = Path.of(System.getProperty("etalase.basedir", "."), "src/main/webapp");
    List<String> pages = new ArrayList<>();
    for (String console : List.of("admin", "konsol", "platform")) {
      try (Stream<Path> views = Files.walk(webapp.resolve(console))) {
        views
            .filter(v -> v.toString().endsWith(".xhtml"))
            .map(v -> "/" + webapp.relativize(v).toString().replace('\\', '/'))
            .map(v -> v.substring(0, v.length() - ".xhtml".length()))
            .filter(v -> !OPEN.contains(v.substring(v.lastIndexOf('/') + 1)))
            .map(v -> v.endsWith("/index") ? v.substring(0, v.length() - "index".length()) : v)
            .sorted()
            .forEach(pages::add);
      }
    }
    assertTrue(pages.size() >= 15, "console views found: " + pages);
    return pages;
  }

  /**
   * Who may open which page. Written here, independent of the code under test; the edit pages are
   * opened with the ids of Batik Sekar Tamanan's records, which the other owner does not own.
   */
  static Outcome expected(String page, Who who) {
    if (page.startsWith("/platform")) {
      return switch (who) {
        case PLATFORM -> Outcome.ALLOW;
        case ANONYMOUS, DISABLED -> Outcome.LOGIN;
        default -> Outcome.NOT_FOUND;
      };
    }
    boolean admin = page.startsWith("/admin");
    return switch (who) {
      case ANONYMOUS, DISABLED -> Outcome.LOGIN;
      case OTHER_TENANT_ADMIN, PLATFORM -> Outcome.NOT_FOUND;
      case ADMIN -> Outcome.ALLOW;
      case OPERATOR -> admin ? Outcome.FORBIDDEN : Outcome.ALLOW;
      case OTHER_OWNER -> {
        if (Set.of("/konsol/", "/konsol/usaha/", "/konsol/produk/", "/konsol/pesanan/")
            .contains(page)) {
          yield Outcome.ALLOW;
        }
        if (Set.of("/konsol/usaha/ubah", "/konsol/produk/ubah", "/konsol/pesanan/lihat")
            .contains(page)) {
          yield Outcome.NOT_FOUND; // someone else's records
        }
        yield Outcome.FORBIDDEN;
      }
    };
  }

  @Test
  void everyConsolePageLetsInExactlyWhoMayOpenIt() throws Exception {
    Map<Who, ConsoleClient> clients = clients();
    Map<String, String> query = recordQueries();
    List<String> failures = new ArrayList<>();
    for (Who who : Who.values()) {
      for (String page : pages()) {
        String url = url(page) + query.getOrDefault(page, "");
        Outcome want = expected(page, who);
        String got = outcome(clients.get(who).get(url), url);
        if (!got.equals(want.name())) {
          failures.add(who + " " + url + ": expected " + want + ", got " + got);
        }
      }
    }
    assertEquals(List.of(), failures);
  }

  /** The table of docs/security.md says what the matrix checks: one row per page, in order. */
  @Test
  void theSecurityDocumentsTableIsThisMatrix() throws Exception {
    Path doc = Path.of(System.getProperty("etalase.basedir", "."), "docs/security.md");
    Map<String, List<Outcome>> documented = new LinkedHashMap<>();
    for (String line : Files.readAllLines(doc)) {
      if (line.startsWith("| `/")) {
        String[] cells = line.split("\\|");
        String page = cells[1].strip().replace("`", "").replace("/{slug}", "");
        List<Outcome> row = new ArrayList<>();
        for (int i = 2; i < cells.length; i++) {
          row.add(
              switch (cells[i].strip()) {
                case "✓" -> Outcome.ALLOW;
                case "sign in" -> Outcome.LOGIN;
                case "403" -> Outcome.FORBIDDEN;
                case "404" -> Outcome.NOT_FOUND;
                default -> throw new AssertionError("Unknown cell in " + line);
              });
        }
        documented.put(page, row);
      }
    }
    Map<String, List<Outcome>> matrix = new LinkedHashMap<>();
    for (String page : pages()) {
      matrix.put(page, Stream.of(Who.values()).map(who -> expected(page, who)).toList());
    }
    assertEquals(matrix, documented);
  }

  @Test
  void pathVariantsNeverOpenAConsolePage() throws Exception {
    Map<Who, ConsoleClient> clients = clients();
    List<String> failures = new ArrayList<>();
    for (Who who : List.of(Who.ANONYMOUS, Who.OPERATOR, Who.OTHER_OWNER)) {
      ConsoleClient client = clients.get(who);
      for (String page : pages()) {
        String url = url(page);
        int second = url.indexOf('/', 1); // after "/bondowoso" or "/platform"
        String head = url.substring(0, second);
        String rest = url.substring(second + 1);
        List<String> refused400 =
            List.of(
                "/x/.." + url,
                head + "/qr/.." + url,
                "/." + url,
                head + "/./" + rest,
                "/x/%2e%2e" + url,
                "/x/%2E%2E" + url,
                "/x/.%2e" + url,
                head + "%2f" + rest,
                head + "%2F" + rest,
                head + "%5c" + rest,
                head + "//" + rest,
                "/" + url,
                head + ";a=b/" + rest,
                url + ";jsessionid=0",
                "/jakarta.faces.resource/.." + url,
                "/jakarta.faces.resource/%2e%2e" + url,
                "/health/.." + url,
                A + "/foto/.." + url);
        for (String variant : refused400) {
          Page answer = client.getOnce(variant);
          if (answer.status() != 400 && !containerRedirectsToTheCleanPath(answer, variant)) {
            failures.add(who + " " + variant + ": expected 400, got " + answer.status());
          }
        }
        // Other spellings name no console page at all; none may open one.
        List<String> notConsole = new ArrayList<>();
        notConsole.add(url.toUpperCase());
        notConsole.add(head + "/" + rest.toUpperCase());
        notConsole.add(url.endsWith("/") ? url + "index.xhtml" : url + ".xhtml");
        if (!head.equals("/platform")) {
          notConsole.add("/" + rest + (rest.endsWith("/") ? "index.xhtml" : ".xhtml"));
        }
        for (String variant : notConsole) {
          Page answer = client.get(variant);
          if (answer.status() == 200 && answer.hops().isEmpty()) {
            failures.add(who + " " + variant + ": opened (" + answer.path() + ")");
          }
        }
      }
    }
    // A backslash cannot be sent through java.net.URI: send it raw.
    for (String raw : List.of("/bondowoso/qr/..\\admin/akun", "/bondowoso\\admin\\akun")) {
      if (!rawStatus(raw).startsWith("HTTP/1.1 400")) {
        failures.add("raw " + raw + ": " + rawStatus(raw));
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void formPostsOfThoseRefusedChangeNothing() throws Exception {
    Map<Who, ConsoleClient> clients = clients();
    Map<String, String> query = recordQueries();
    long auditBefore = count("SELECT count(*) FROM audit_entry");
    String statusesBefore = tenantStatuses();
    List<String> failures = new ArrayList<>();
    for (String page : pages()) {
      boolean platform = page.startsWith("/platform");
      String url = url(page) + query.getOrDefault(page, "");
      Page allowed = clients.get(platform ? Who.PLATFORM : Who.ADMIN).get(url);
      assertEquals(url, allowed.path(), "the page opens for who may open it");
      Map<String, String> buttons = buttonsByForm(allowed);
      for (Who who : Who.values()) {
        if (expected(page, who) == Outcome.ALLOW) {
          continue;
        }
        ConsoleClient client = clients.get(who);
        Page own = client.get(platform ? "/platform/masuk" : A + "/konsol/masuk");
        for (Map.Entry<String, String> button : buttons.entrySet()) {
          for (String target : List.of(url, "/jakarta.faces.resource/.." + url)) {
            Map<String, String> data = new LinkedHashMap<>();
            data.put(button.getKey(), button.getKey());
            data.put(button.getValue(), "");
            own.find("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .ifPresent(v -> data.put("jakarta.faces.ViewState", v));
            own.nonce().ifPresent(n -> data.put("primefaces.nonce", n));
            Page answer = client.post(target, data);
            if (answer.status() == 200 && answer.hops().isEmpty()) {
              failures.add(who + " posted " + button.getValue() + " to " + target);
            }
          }
        }
      }
    }
    assertEquals(List.of(), failures);
    assertEquals(auditBefore, count("SELECT count(*) FROM audit_entry"), "nothing was changed");
    assertEquals(statusesBefore, tenantStatuses(), "no regency was suspended or resumed");
  }

  /**
   * Payara itself answers a folder named with a path parameter ({@code /platform;a=b/baru}) with a
   * redirect to the folder ({@code /platform/}), before any filter runs: nothing is served there,
   * and the next request is an ordinary one, in canonical form.
   */
  private static boolean containerRedirectsToTheCleanPath(Page answer, String variant) {
    String location = answer.headers().firstValue("Location").orElse("");
    return answer.status() == 301
        && variant.contains(";")
        && CanonicalPathFilter.isCanonical(URI.create(location).getRawPath());
  }

  /** One signed-in client per kind of visitor; the disabled one was disabled after signing in. */
  private synchronized Map<Who, ConsoleClient> clients() throws Exception {
    if (signedIn != null) {
      return signedIn;
    }
    Map<Who, ConsoleClient> clients = new EnumMap<>(Who.class);
    clients.put(Who.ANONYMOUS, client("10.20.0.1"));
    clients.put(Who.OTHER_OWNER, signIn("10.20.0.2", A, "matriks.pemilik@bondowoso.etalase.id"));
    clients.put(Who.OPERATOR, signIn("10.20.0.3", A, "matriks.operator@bondowoso.etalase.id"));
    ConsoleClient admin = signIn("10.20.0.4", A, "matriks.admin@bondowoso.etalase.id");
    clients.put(Who.ADMIN, admin);
    clients.put(
        Who.OTHER_TENANT_ADMIN,
        signIn("10.20.0.5", "/situbondo", "matriks.admin@situbondo.etalase.id"));
    ConsoleClient disabled = signIn("10.20.0.6", A, "matriks.nonaktif@bondowoso.etalase.id");
    setEnabled(admin, "matriks.nonaktif@bondowoso.etalase.id", false);
    clients.put(Who.DISABLED, disabled);
    ConsoleClient platform = client("10.20.0.7");
    Page home = platform.signInWithMfa("/platform/masuk", "platform@etalase.id", PASSWORD);
    assertEquals("/platform/", home.path(), home.text());
    clients.put(Who.PLATFORM, platform);
    signedIn = clients;
    return clients;
  }

  private ConsoleClient client(String address) {
    return new ConsoleClient(base, address);
  }

  private ConsoleClient signIn(String address, String tenant, String email) throws Exception {
    ConsoleClient client = client(address);
    Page home =
        email.startsWith("matriks.admin") || email.startsWith("matriks.mfa")
            ? client.signInWithMfa(tenant + "/konsol/masuk", email, PASSWORD)
            : client.signIn(tenant + "/konsol/masuk", email, PASSWORD);
    assertTrue(home.path().matches(tenant + "/(konsol|admin)/"), email + ": " + home.path());
    return client;
  }

  /** Disables or enables an account from the accounts page, as its button does. */
  static void setEnabled(ConsoleClient admin, String email, boolean enabled) throws Exception {
    Page accounts = admin.get(A + "/admin/akun");
    String toggle =
        accounts
            .find("id=\"([^\"]+)\"[^>]*data-toggle=\"" + Pattern.quote(email) + "\"")
            .orElseThrow(() -> new AssertionError(accounts.body()));
    admin.ajax(accounts, "accounts", toggle, Map.of());
    assertEquals(enabled, enabled(email), email);
  }

  private static String url(String page) {
    return page.startsWith("/platform") ? page : A + page;
  }

  private static String outcome(Page answer, String url) {
    String login = url.startsWith("/platform") ? "/platform/masuk" : A + "/konsol/masuk";
    if (answer.status() == 200 && !answer.hops().isEmpty() && answer.path().startsWith(login)) {
      return Outcome.LOGIN.name();
    }
    if (answer.status() == 200 && answer.hops().isEmpty() && answer.path().equals(url)) {
      return answer.body().contains("id=\"login\"") ? "login form at " + url : Outcome.ALLOW.name();
    }
    if (answer.status() == 404) {
      return Outcome.NOT_FOUND.name();
    }
    if (answer.status() == 403) {
      return Outcome.FORBIDDEN.name();
    }
    return answer.status() + " at " + answer.path() + " after " + answer.hops();
  }

  /** The form of each command button of a page, by button id: what a postback would name. */
  private static Map<String, String> buttonsByForm(Page page) {
    Map<String, String> buttons = new LinkedHashMap<>();
    org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page.body());
    for (org.jsoup.nodes.Element form : html.select("form[id]")) {
      for (org.jsoup.nodes.Element button : form.select("button[id], input[type=submit][name]")) {
        String id = button.hasAttr("name") ? button.attr("name") : button.id();
        if (buttons.size() < 40) {
          buttons.put(form.id(), id);
        }
      }
    }
    return buttons.isEmpty() ? Map.of("form", "form:submit") : buttons;
  }

  /** The query of each edit page: the ids of Batik Sekar Tamanan's business, product, cluster. */
  private static Map<String, String> recordQueries() throws SQLException {
    return Map.of(
        "/konsol/usaha/ubah",
        "?id="
            + count(
                "SELECT id FROM business WHERE tenant_id = "
                    + BONDOWOSO
                    + " AND slug = 'batik-sekar-tamanan'"),
        "/konsol/produk/ubah",
        "?id="
            + count(
                "SELECT p.id FROM product p JOIN business b ON b.tenant_id = p.tenant_id"
                    + " AND b.id = p.business_id WHERE b.tenant_id = "
                    + BONDOWOSO
                    + " AND b.slug = 'batik-sekar-tamanan' ORDER BY p.id LIMIT 1"),
        "/konsol/sentra/ubah",
        "?id=" + count("SELECT id FROM cluster WHERE tenant_id = " + BONDOWOSO + " LIMIT 1"),
        "/konsol/pesanan/lihat",
        "?id=" + batikOrder());
  }

  /** An order of Batik Sekar Tamanan that only this class uses, made on the first call. */
  private static long batikOrder() throws SQLException {
    try (Connection db = database();
        Statement sql = db.createStatement()) {
      sql.executeUpdate(
          "INSERT INTO customer_order (tenant_id, id, number, business_id, token_hash, buyer_name,"
              + " buyer_whatsapp, delivery, status, total)"
              + " SELECT b.tenant_id, nextval('order_id_seq'), COALESCE((SELECT max(number) FROM"
              + " customer_order o WHERE o.tenant_id = b.tenant_id), 0) + 1, b.id,"
              + " md5(random()::text) || md5(random()::text), 'Matriks Pembeli', '+6281234567890',"
              + " 'PICKUP', 'NEW', 0 FROM business b WHERE b.tenant_id = "
              + BONDOWOSO
              + " AND b.slug = 'batik-sekar-tamanan' AND NOT EXISTS (SELECT 1 FROM customer_order o"
              + " WHERE o.tenant_id = b.tenant_id AND o.buyer_name = 'Matriks Pembeli')");
    }
    return count(
        "SELECT id FROM customer_order WHERE tenant_id = "
            + BONDOWOSO
            + " AND buyer_name = 'Matriks Pembeli'");
  }

  static boolean enabled(String email) throws SQLException {
    return count("SELECT count(*) FROM account WHERE enabled AND email = '" + email + "'") == 1;
  }

  private static String tenantStatuses() throws SQLException {
    try (Connection db = database();
        Statement sql = db.createStatement();
        ResultSet rows = sql.executeQuery("SELECT slug, status FROM tenant ORDER BY slug")) {
      StringBuilder all = new StringBuilder();
      while (rows.next()) {
        all.append(rows.getString(1)).append('=').append(rows.getString(2)).append(' ');
      }
      return all.toString();
    }
  }

  /** One number from the database, read past row-level security as the test's admin role. */
  static long count(String query) throws SQLException {
    try (Connection db = database();
        Statement sql = db.createStatement();
        ResultSet row = sql.executeQuery(query)) {
      assertTrue(row.next(), query);
      return row.getLong(1);
    }
  }

  static Connection database() throws SQLException {
    return DriverManager.getConnection(
        System.getenv("ETALASE_DB_URL"),
        System.getenv("ETALASE_TEST_DB_ADMIN_USER"),
        System.getenv("ETALASE_TEST_DB_ADMIN_PASSWORD"));
  }

  /** The status line of a request sent byte for byte, for paths java.net.URI refuses. */
  private String rawStatus(String path) throws IOException {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      String answer = new String(in.readNBytes(64), StandardCharsets.ISO_8859_1);
      int end = answer.indexOf('\r');
      assertFalse(end < 0, answer);
      return answer.substring(0, end);
    }
  }
}
