package id.etalase.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.access.ConsoleUser;
import id.etalase.access.Role;
import id.etalase.account.LoginThrottle.Failures;
import id.etalase.catalog.ProductData;
import id.etalase.catalog.ProductRepository;
import id.etalase.catalog.ProductService;
import id.etalase.curation.PublicationStatus;
import id.etalase.curation.RecordType;
import id.etalase.curation.StatusCounts;
import id.etalase.tenant.TenantDirectory;
import id.etalase.tenant.TenantSnapshot;
import id.etalase.tenant.TenantWork;
import id.etalase.testing.Actors;
import id.etalase.testing.ConsoleClient;
import id.etalase.testing.ConsoleClient.Page;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.ViewExpiredException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The smaller findings of the security review, in the server: forged view states answered without
 * flooding the log (while a real error is still logged in full), a business owner's dashboard, and
 * a parallel burst of wrong passwords against the throttle. Every test makes its own accounts in
 * Bondowoso, so other test classes may change the demo accounts as they like.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityHardeningIT {

  static final String PASSWORD = "Pot-Gerabah-Merah-7315";
  static final String LOGIN = "/bondowoso/konsol/masuk";

  @ArquillianResource URL base;

  @Inject TenantDirectory directory;
  @Inject TenantWork work;
  @Inject AccountService accounts;
  @Inject StatusCounts statusCounts;
  @Inject ProductService products;
  @Inject ProductRepository productRepository;

  @Resource(lookup = "jdbc/etalase")
  DataSource appDatabase;

  @Resource UserTransaction tx;

  private TenantSnapshot bondowoso() {
    return directory.bySlug("bondowoso").orElseThrow();
  }

  /** A new account of this test in Bondowoso, with {@link #PASSWORD}. */
  private Account account(String kind, Role role, String business) {
    String email = "uji." + kind + "." + System.nanoTime() % 1_000_000 + "@bondowoso.etalase.id";
    return work.callAs(
        bondowoso(), () -> accounts.create(email, "Uji " + kind, role, business, PASSWORD));
  }

  private ConsoleClient client() {
    return new ConsoleClient(
        base, "10.77." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250));
  }

  // --- 1. forged view states ---------------------------------------------------------------

  @Test
  void forgedViewStatesAnswerTheExpiredPageWithOneShortLogLineEach() throws Exception {
    Account operator = account("operator", Role.OPERATOR, null);
    ConsoleClient browser = client();
    Page dashboard = browser.signIn(LOGIN, operator.getEmail(), PASSWORD);
    assertEquals("/bondowoso/konsol/", dashboard.path(), dashboard.text());
    String real = ConsoleClient.viewState(dashboard);
    List<String> forged =
        List.of(
            "stateless",
            "forged",
            real.substring(0, real.indexOf(':') + 1) + "123456789",
            "-123:-456",
            "");
    int posts = 0;
    try (LogCapture log = new LogCapture()) {
      for (String state : forged) {
        for (String page : List.of("/bondowoso/konsol/", "/platform/masuk")) {
          String form = page.startsWith("/platform") ? "login" : "account";
          String button = form + (form.equals("login") ? ":submit" : ":signOut");
          Map<String, String> data = new LinkedHashMap<>();
          data.put(form, form);
          data.put(button, "");
          data.put("jakarta.faces.ViewState", state);
          Page answer = browser.post(page, data);
          posts++;
          assertEquals(400, answer.status(), "\"" + state + "\" on " + page + ": " + answer.text());
          assertTrue(answer.body().contains("data-status=\"expired\""), answer.text());
          assertTrue(answer.text().contains("Sesi telah berakhir"), answer.text());

          data.put("jakarta.faces.partial.ajax", "true");
          data.put("jakarta.faces.source", button);
          data.put("jakarta.faces.partial.execute", form);
          data.put("jakarta.faces.partial.render", "@all");
          Page ajax = browser.post(page, data);
          posts++;
          assertTrue(ajax.body().contains("Sesi telah berakhir"), ajax.body());
        }
      }
      List<Captured> records = log.records();
      assertEquals(
          List.of(),
          records.stream()
              .filter(
                  r ->
                      causes(r.thrown()).stream().anyMatch(c -> c instanceof ViewExpiredException)
                          || r.thread().startsWith("http-thread-pool")
                              && (r.thrown() != null
                                  || r.level().intValue() >= Level.WARNING.intValue()))
              .map(Captured::toString)
              .toList(),
          "no stack trace and nothing louder than INFO for a forged view state");
      List<Captured> lines =
          records.stream()
              .filter(r -> r.logger().equals("id.etalase.web.ExpiredViewFilter"))
              .toList();
      assertEquals(posts, lines.size(), records.toString());
      for (Captured line : lines) {
        assertEquals(Level.INFO, line.level());
        assertFalse(line.message().contains("\n"), line.message());
        assertTrue(line.message().length() < 300, line.message());
      }
    }
    assertEquals(200, browser.get("/bondowoso/konsol/").status(), "still signed in");
  }

  /**
   * A real view state of the session, but of another console page: Mojarra's partial state restore
   * applied the category page's state to other pages' components (and theirs to it) and failed with
   * an ArrayIndexOutOfBoundsException, the 500 page. Now it is answered as any stale post.
   */
  @Test
  void theStateOfAnotherConsolePageAnswersTheExpiredPage() throws Exception {
    Account operator = account("silang", Role.OPERATOR, null);
    ConsoleClient browser = client();
    browser.signIn(LOGIN, operator.getEmail(), PASSWORD);
    List<String> pages =
        List.of(
            "/bondowoso/konsol/",
            "/bondowoso/konsol/pesanan/",
            "/bondowoso/konsol/produk/",
            "/bondowoso/konsol/kategori");
    Map<String, String> states = new LinkedHashMap<>();
    for (String page : pages) {
      states.put(page, ConsoleClient.viewState(browser.get(page)));
    }
    List<String> wrong = new java.util.ArrayList<>();
    for (String from : pages) {
      for (String to : pages) {
        if (from.equals(to)) {
          continue;
        }
        Map<String, String> data = new LinkedHashMap<>();
        data.put("jakarta.faces.ViewState", states.get(from));
        Page answer = browser.post(to, data);
        data.put("jakarta.faces.partial.ajax", "true");
        data.put("jakarta.faces.partial.execute", "@all");
        data.put("jakarta.faces.partial.render", "@all");
        Page ajax = browser.post(to, data);
        if (answer.status() != 400
            || !answer.text().contains("Sesi telah berakhir")
            || !ajax.body().contains("Sesi telah berakhir")) {
          wrong.add(from + " -> " + to + ": " + answer.status() + ", ajax " + ajax.status());
        }
      }
    }
    assertEquals(List.of(), wrong);
    assertEquals(200, browser.get("/bondowoso/konsol/").status(), "still signed in");
  }

  /**
   * PrimeFaces checks the nonce of an ajax post when it renders the answer (it is not the CSRF
   * guard; the server-side view state is). A post without its page's nonce was answered 500 with
   * three stack traces; now it gets the expired page and one line. Nothing is executed here
   * ({@code @none}), so the user stays signed in.
   */
  @Test
  void anAjaxPostWithoutItsPagesNonceAnswersTheExpiredPageWithOneShortLogLine() throws Exception {
    Account operator = account("nonce", Role.OPERATOR, null);
    ConsoleClient browser = client();
    Page dashboard = browser.signIn(LOGIN, operator.getEmail(), PASSWORD);
    assertEquals("/bondowoso/konsol/", dashboard.path(), dashboard.text());
    int posts = 0;
    try (LogCapture log = new LogCapture()) {
      for (String nonce : java.util.Arrays.asList("salah", "", null)) {
        Page page = browser.get("/bondowoso/konsol/");
        Map<String, String> data = new LinkedHashMap<>();
        data.put("jakarta.faces.partial.ajax", "true");
        data.put("jakarta.faces.source", "account:signOut");
        data.put("jakarta.faces.partial.execute", "@none");
        data.put("jakarta.faces.partial.render", "@all");
        data.put("account", "account");
        data.put("jakarta.faces.ViewState", ConsoleClient.viewState(page));
        if (nonce != null) {
          data.put("primefaces.nonce", nonce);
        }
        Page answer = browser.post("/bondowoso/konsol/", data);
        posts++;
        assertTrue(answer.body().contains("Sesi telah berakhir"), nonce + ": " + answer.body());
      }
      List<Captured> records = log.records();
      assertEquals(
          List.of(),
          records.stream()
              .filter(
                  r ->
                      r.thread().startsWith("http-thread-pool")
                          && (r.thrown() != null
                              || r.level().intValue() >= Level.WARNING.intValue()))
              .map(Captured::toString)
              .toList(),
          "no stack trace and nothing louder than INFO for a post without its page's nonce");
      assertEquals(
          posts,
          records.stream()
              .filter(r -> r.logger().equals("id.etalase.web.ExpiredViewFilter"))
              .count(),
          records.toString());
    }
    assertEquals("/bondowoso/konsol/", browser.get("/bondowoso/konsol/").path(), "still in");
  }

  @Test
  void aRealErrorIsStillLoggedInFullWithItsStackTrace() throws Exception {
    Account operator = account("galat", Role.OPERATOR, null);
    ConsoleClient browser = client();
    assertEquals("/bondowoso/konsol/", browser.signIn(LOGIN, operator.getEmail(), PASSWORD).path());
    try (LogCapture log = new LogCapture()) {
      Page broken = browser.get("/bondowoso/konsol/uji-galat");
      assertEquals(500, broken.status(), broken.text());
      List<Captured> traces =
          log.records().stream()
              .filter(r -> r.level().intValue() >= Level.SEVERE.intValue())
              .filter(
                  r ->
                      causes(r.thrown()).stream()
                          .anyMatch(c -> Failure.MESSAGE.equals(c.getMessage())))
              .toList();
      assertFalse(traces.isEmpty(), log.records().toString());
    }
  }

  /**
   * The bean of the failing page that the suite archive adds ({@code Deployments.FAILING_VIEW}).
   */
  @Named("securityHardeningFailure")
  @RequestScoped
  public static class Failure {
    static final String MESSAGE = "uji galat: a bug in a page bean";

    public void fail() {
      throw new IllegalStateException(MESSAGE);
    }
  }

  /** An error and its causes. */
  private static List<Throwable> causes(Throwable error) {
    List<Throwable> causes = new ArrayList<>();
    for (Throwable t = error; t != null && causes.size() < 20; t = t.getCause()) {
      causes.add(t);
    }
    return causes;
  }

  /** A record as the root logger received it, on the thread that logged it. */
  record Captured(String logger, Level level, String message, Throwable thrown, String thread) {
    @Override
    public String toString() {
      return level
          + " "
          + logger
          + " ["
          + thread
          + "] "
          + message
          + (thrown == null ? "" : " " + thrown);
    }
  }

  /** Everything logged through the server's root logger while it is open. */
  static final class LogCapture extends Handler implements AutoCloseable {
    private final List<Captured> records = new CopyOnWriteArrayList<>();

    LogCapture() {
      setLevel(Level.ALL);
      Logger.getLogger("").addHandler(this);
    }

    @Override
    public void publish(LogRecord record) {
      String message = record.getMessage();
      records.add(
          new Captured(
              String.valueOf(record.getLoggerName()),
              record.getLevel(),
              message == null ? "" : message,
              record.getThrown(),
              Thread.currentThread().getName()));
    }

    List<Captured> records() {
      return List.copyOf(records);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
      Logger.getLogger("").removeHandler(this);
    }
  }

  // --- 2. a business owner's dashboard -------------------------------------------------------

  @Test
  void aBusinessOwnersDashboardCountsTheirOwnBusinessOnlyAnOperatorsTheTenants() throws Exception {
    // The test demo data (src/test/tenants/bondowoso/demo): Batik Canting Raung is published and
    // has no products, and no other test touches it. This test gives it two published products
    // and a draft.
    String business = "batik-canting-raung";
    String n = Long.toString(System.nanoTime() % 1_000_000);
    try {
      dashboards(business, n);
    } finally {
      // The suite shares one database, and other classes count Bondowoso's public demo catalog
      // (SearchIT): the published products go again.
      work.runAs(
          bondowoso(),
          () -> {
            for (String product : List.of("a", "b", "c")) {
              productRepository
                  .findBySlug("uji-dasbor-" + n + "-" + product)
                  .ifPresent(p -> productRepository.delete(p.getId()));
            }
          });
    }
  }

  private void dashboards(String business, String n) throws Exception {
    work.runAs(
        bondowoso(),
        () -> {
          products.upsert(product("uji-dasbor-" + n + "-a", business, PublicationStatus.PUBLISHED));
          products.upsert(product("uji-dasbor-" + n + "-b", business, PublicationStatus.PUBLISHED));
          products.create(
              Actors.operator(bondowoso()),
              product("uji-dasbor-" + n + "-c", business, PublicationStatus.DRAFT));
        });
    Account owner = account("pemilik", Role.BUSINESS_OWNER, business);
    Account operator = account("operator", Role.OPERATOR, null);
    Map<String, Long> ownProducts = row(2);
    ownProducts.put("DRAFT", 1L);
    Map<String, Map<String, Long>> own = Map.of("Business", row(1), "Product", ownProducts);

    Page ownDashboard = client().signIn(LOGIN, owner.getEmail(), PASSWORD);
    assertEquals("/bondowoso/konsol/", ownDashboard.path(), ownDashboard.text());
    assertEquals(own, counts(ownDashboard));

    Page tenantDashboard = client().signIn(LOGIN, operator.getEmail(), PASSWORD);
    assertEquals("/bondowoso/konsol/", tenantDashboard.path(), tenantDashboard.text());
    Map<String, Map<String, Long>> tenant = tenantCounts();
    assertEquals(tenant, counts(tenantDashboard));
    assertTrue(tenant.get("Business").get("PUBLISHED") > 1, tenant.toString());
    assertTrue(tenant.get("Product").get("PUBLISHED") > 2, tenant.toString());

    // The service decides, whoever calls it.
    ConsoleUser ownerUser =
        new ConsoleUser(
            bondowoso().id(),
            owner.getId(),
            owner.getEmail(),
            "Uji pemilik",
            Role.BUSINESS_OWNER,
            owner.getBusinessId(),
            false,
            Instant.now(),
            0);
    assertEquals(own, named(work.callAs(bondowoso(), () -> statusCounts.visibleTo(ownerUser))));
    ConsoleUser operatorUser =
        new ConsoleUser(
            bondowoso().id(),
            operator.getId(),
            operator.getEmail(),
            "Uji operator",
            Role.OPERATOR,
            null,
            false,
            Instant.now(),
            0);
    assertEquals(
        tenant, named(work.callAs(bondowoso(), () -> statusCounts.visibleTo(operatorUser))));
  }

  private static ProductData product(String slug, String business, PublicationStatus status) {
    return new ProductData(
        slug,
        business,
        null,
        "Kain uji " + slug,
        null,
        150_000L,
        null,
        false,
        null,
        null,
        null,
        false,
        status);
  }

  /** A row of counts with {@code published} published records and none at any other status. */
  private static Map<String, Long> row(long published) {
    Map<String, Long> row = new TreeMap<>();
    for (PublicationStatus status : PublicationStatus.values()) {
      row.put(status.name(), status == PublicationStatus.PUBLISHED ? published : 0L);
    }
    return row;
  }

  /** The dashboard's table: record type, then status, then count. */
  private static Map<String, Map<String, Long>> counts(Page dashboard) {
    Map<String, Map<String, Long>> counts = new TreeMap<>();
    for (String tr : dashboard.findAll("(<tr data-type=.*?</tr>)")) {
      String type = tr.replaceAll("(?s)^<tr data-type=\"(\\w+)\".*", "$1");
      Map<String, Long> row = new TreeMap<>();
      java.util.regex.Matcher cell =
          java.util.regex.Pattern.compile("data-status=\"(\\w+)\">\\s*(\\d+)\\s*<").matcher(tr);
      while (cell.find()) {
        row.put(cell.group(1), Long.parseLong(cell.group(2)));
      }
      counts.put(type, row);
    }
    return counts;
  }

  private static Map<String, Map<String, Long>> named(
      Map<RecordType, Map<PublicationStatus, Long>> counts) {
    Map<String, Map<String, Long>> named = new TreeMap<>();
    counts.forEach(
        (type, row) -> {
          Map<String, Long> byName = new TreeMap<>();
          row.forEach((status, n) -> byName.put(status.name(), n));
          named.put(type.name(), byName);
        });
    return named;
  }

  /** Bondowoso's records by status, counted in SQL as the application role. */
  private Map<String, Map<String, Long>> tenantCounts() throws Exception {
    Map<String, Map<String, Long>> counts = new TreeMap<>();
    tx.begin();
    try (Connection c = appDatabase.getConnection();
        Statement sql = c.createStatement()) {
      sql.execute("SELECT set_config('app.tenant_id', '" + bondowoso().id() + "', true)");
      for (RecordType type : RecordType.values()) {
        Map<String, Long> row = row(0);
        String table = type.name().toLowerCase();
        try (ResultSet r =
            sql.executeQuery(
                "SELECT status, count(*) FROM "
                    + table
                    + " WHERE tenant_id = "
                    + bondowoso().id()
                    + " GROUP BY status")) {
          while (r.next()) {
            row.put(r.getString(1), r.getLong(2));
          }
        }
        counts.put(type.name(), row);
      }
    } finally {
      tx.rollback();
    }
    return counts;
  }

  // --- 3. a parallel burst against the throttle ----------------------------------------------

  @Test
  void aParallelBurstOfWrongPasswordsIsWeighedOneAttemptAfterAnother() throws Exception {
    Account victim = account("sasaran", Role.OPERATOR, null);
    String address = "10.78." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    int burst = 20;
    List<ConsoleClient> attackers = new ArrayList<>();
    List<Page> forms = new ArrayList<>();
    for (int i = 0; i < burst; i++) {
      ConsoleClient attacker = new ConsoleClient(base, address);
      attackers.add(attacker);
      forms.add(attacker.get(LOGIN));
    }
    ExecutorService threads = Executors.newFixedThreadPool(burst);
    List<Page> answers = new ArrayList<>();
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Page>> sent = new ArrayList<>();
      for (int i = 0; i < burst; i++) {
        ConsoleClient attacker = attackers.get(i);
        Page form = forms.get(i);
        String guess = "Tebakan-Salah-" + i;
        sent.add(
            threads.submit(
                () -> {
                  go.await();
                  return attacker.submit(
                      form,
                      "login",
                      "submit",
                      Map.of("email", victim.getEmail(), "password", guess));
                }));
      }
      go.countDown();
      for (Future<Page> answer : sent) {
        answers.add(answer.get());
      }
    } finally {
      threads.shutdownNow();
    }
    long refused =
        answers.stream().filter(a -> a.text().contains("Surel atau kata sandi salah.")).count();
    long throttled =
        answers.stream().filter(a -> a.text().contains("Terlalu banyak percobaan")).count();
    assertEquals(burst, refused + throttled, answers.get(0).text());

    // The records in the order the attempts held the account's lock, each weighed as the
    // sequential rule weighs it against those before it.
    List<String> outcomes = new ArrayList<>();
    List<Instant> times = new ArrayList<>();
    tx.begin();
    try (Connection c = appDatabase.getConnection();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT outcome, at FROM login_record WHERE email = ? AND address = ? ORDER BY id")) {
      q.setString(1, victim.getEmail());
      q.setString(2, address);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          outcomes.add(r.getString(1));
          times.add(r.getObject(2, java.time.OffsetDateTime.class).toInstant());
        }
      }
    } finally {
      tx.rollback();
    }
    assertEquals(burst, outcomes.size(), outcomes.toString());
    assertEquals(
        refused, outcomes.stream().filter("BAD_PASSWORD"::equals).count(), outcomes.toString());
    assertEquals(
        throttled, outcomes.stream().filter("THROTTLED"::equals).count(), outcomes.toString());
    List<String> four = outcomes.subList(0, 4);
    assertEquals(List.of("BAD_PASSWORD", "BAD_PASSWORD", "BAD_PASSWORD", "BAD_PASSWORD"), four);
    assertTrue(throttled > 0, outcomes.toString());
    long failures = 0;
    Instant last = null;
    for (int i = 0; i < outcomes.size(); i++) {
      Failures before = failures == 0 ? Failures.NONE : new Failures(failures, last);
      Instant at = times.get(i);
      if (outcomes.get(i).equals("BAD_PASSWORD")) {
        assertEquals(
            0,
            LoginThrottle.secondsToWait(before, before, at),
            "attempt " + i + " was heard while the account had to wait: " + outcomes);
        failures++;
        last = at;
      } else {
        assertEquals("THROTTLED", outcomes.get(i));
        assertTrue(
            LoginThrottle.secondsToWait(before, before, at.minusMillis(500)) > 0,
            "attempt " + i + " was refused unheard while it was allowed: " + outcomes);
      }
    }
  }
}
