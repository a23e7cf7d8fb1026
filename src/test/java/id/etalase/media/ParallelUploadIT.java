package id.etalase.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.access.Role;
import id.etalase.account.AccountService;
import id.etalase.business.BusinessData;
import id.etalase.business.BusinessService;
import id.etalase.common.InvalidInputException;
import id.etalase.health.OutOfMemoryRecord;
import id.etalase.tenant.TenantDirectory;
import id.etalase.tenant.TenantWork;
import id.etalase.testing.Actors;
import id.etalase.testing.ConsoleClient;
import id.etalase.testing.ConsoleClient.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue #10, finding 5: eight operators upload a 40 MP photo at the same moment to the console's
 * photo card, on a server with the run command's 512 MB heap (arquillian.xml). Each upload is
 * stored, or refused with the polite busy message; no OutOfMemoryError, the server still answers
 * and is ready, and nothing is half-written. With the decode budget held, the photo card shows the
 * busy message. Then an OutOfMemoryError makes the server not ready.
 *
 * <p>The test makes its own operator (in the server) and business (over HTTP), so other classes'
 * changes to the demo accounts and data do not matter. The methods run in order; the last one makes
 * the server not ready, then forgets the error as a restart would, since the whole suite shares
 * this server.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ParallelUploadIT {

  static final String EMAIL = "unggah.paralel@bondowoso.etalase.id";
  static final String PASSWORD = "Sentra-Batik-Tamanan-7296x5472";
  static final int UPLOADS = 8;

  @ArquillianResource URL base;

  @Inject TenantDirectory directory;
  @Inject TenantWork work;
  @Inject AccountService accounts;
  @Inject OutOfMemoryRecord outOfMemory;
  @Inject DecodeBudget budget;
  @Inject BusinessService businesses;

  @Test
  @Order(1)
  void anOperatorOfItsOwn() {
    try {
      work.runAs(
          directory.bySlug("bondowoso").orElseThrow(),
          () -> accounts.create(EMAIL, "Operator Unggah Paralel", Role.OPERATOR, null, PASSWORD));
    } catch (InvalidInputException exists) {
      assertEquals(
          "problem.emailTaken", exists.problems().get(0).messageKey(), exists.getMessage());
    }
  }

  @Test
  @Order(2)
  @RunAsClient
  void eightParallelFortyMegapixelUploadsAreStoredOrPolitelyRefused() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    ConsoleClient first = signedIn(0);
    Page blank = first.get("/bondowoso/konsol/usaha/ubah");
    Page created =
        first.ajaxForm(
            blank,
            "business",
            "business:save",
            Map.of("name", "Uji Unggah Paralel " + run, "slug", "uji-unggah-" + run));
    String edit =
        "/bondowoso/konsol/usaha/ubah?id="
            + created
                .find("<redirect url=\"[^\"]*\\?id=(\\d+)\"")
                .orElseThrow(() -> new AssertionError("No business: " + created.text()));

    // 40 MP (7296 x 5472); each copy carries its own comment, so each has its own hash and files.
    byte[] photo = HostileImages.photo(7296, 5472);
    List<byte[]> uploads = new ArrayList<>();
    List<String> hashes = new ArrayList<>();
    List<Page> pages = new ArrayList<>();
    List<ConsoleClient> clients = new ArrayList<>();
    for (int i = 0; i < UPLOADS; i++) {
      byte[] upload = HostileImages.withComment(photo, "run " + run + " upload " + i);
      uploads.add(upload);
      hashes.add(hash(upload));
      ConsoleClient client = i == 0 ? first : signedIn(i);
      clients.add(client);
      Page page = client.get(edit);
      assertEquals(200, page.status());
      pages.add(page);
    }

    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(UPLOADS);
    List<Future<Page>> answers = new ArrayList<>();
    for (int i = 0; i < UPLOADS; i++) {
      int n = i;
      answers.add(
          pool.submit(
              () -> {
                start.await();
                return clients
                    .get(n)
                    .upload(
                        pages.get(n),
                        "photos",
                        "upload",
                        "foto-" + n + ".jpg",
                        "image/jpeg",
                        uploads.get(n));
              }));
    }
    start.countDown();
    pool.shutdown();

    ResourceBundle messages =
        ResourceBundle.getBundle("id.etalase.i18n.messages", Locale.forLanguageTag("id"));
    List<Boolean> stored = new ArrayList<>();
    for (int i = 0; i < UPLOADS; i++) {
      Page answer = answers.get(i).get();
      assertEquals(200, answer.status(), answer.text());
      String busy =
          MessageFormat.format(
              messages.getString("photo.refused"),
              "foto-" + i + ".jpg",
              messages.getString("problem.photoBusy"));
      boolean kept = answer.body().contains(hashes.get(i) + "-320.jpg");
      boolean refused = answer.text().contains(busy);
      assertTrue(kept != refused, "stored, or refused as busy, not " + answer.text());
      stored.add(kept);
    }
    assertTrue(stored.contains(true), "at least one upload was stored");
    System.out.printf(
        "ParallelUploadIT: %d of %d uploads of 40 MP stored, the others refused as busy%n",
        stored.stream().filter(k -> k).count(), UPLOADS);

    // The server still answers, and is ready: no OutOfMemoryError was seen.
    Page after = first.get(edit);
    assertEquals(200, after.status());
    HttpResponse<String> ready = get("/health/ready");
    assertEquals(200, ready.statusCode(), ready.body());
    assertTrue(ready.body().contains("\"memory\""), ready.body());

    // Nothing half-written: a photo listed has all its files; a refused one has no row, no file.
    for (int i = 0; i < UPLOADS; i++) {
      String hash = hashes.get(i);
      assertEquals(stored.get(i), after.body().contains(hash + "-320.jpg"), "row of upload " + i);
      for (int width : ImagePipeline.WIDTHS) {
        int status = get("/bondowoso/foto/" + hash + "-" + width + ".jpg").statusCode();
        assertEquals(stored.get(i) ? 200 : 404, status, "file " + width + " of upload " + i);
      }
    }
  }

  @Test
  @Order(3)
  void whenTheDecodeBudgetIsSpentThePhotoCardShowsThePoliteRefusal() throws Exception {
    String slug = "uji-sibuk-" + UUID.randomUUID().toString().substring(0, 8);
    long id =
        work.callAs(
            directory.bySlug("bondowoso").orElseThrow(),
            () ->
                businesses.create(
                    Actors.operator(directory.bySlug("bondowoso").orElseThrow()),
                    new BusinessData(
                        slug,
                        "Uji Server Sibuk",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)));
    ConsoleClient operator = signedIn(9);
    Page page = operator.get("/bondowoso/konsol/usaha/ubah?id=" + id);
    byte[] photo = HostileImages.photo(1600, 1200);
    Page answer;
    try (DecodeBudget.Reservation everything = budget.reserve((long) budget.megabytes() << 20)) {
      answer = operator.upload(page, "photos", "upload", "sibuk.jpg", "image/jpeg", photo);
    }
    assertTrue(
        answer.text().contains("Foto sibuk.jpg ditolak: Server sedang sibuk memproses foto lain."),
        answer.text());
    assertTrue(
        answer.body().contains("photo-list") && !answer.body().contains("data-photo="),
        "no photo was added: " + answer.body());
    Page again = operator.upload(page, "photos", "upload", "sibuk.jpg", "image/jpeg", photo);
    assertTrue(again.body().contains(hash(photo) + "-320.jpg"), "stored once there is room");
  }

  @Test
  @Order(4)
  void afterAnOutOfMemoryErrorTheServerIsNoLongerReady() throws Exception {
    assertEquals(200, get("/health/ready").statusCode(), "ready before");
    // A real one: an array larger than the whole heap is refused at once, without filling it.
    OutOfMemoryError oom =
        assertThrows(OutOfMemoryError.class, () -> new long[Integer.MAX_VALUE - 8].hashCode());
    assertTrue(outOfMemory.record(oom, "ParallelUploadIT"));
    try {
      HttpResponse<String> ready = get("/health/ready");
      assertEquals(503, ready.statusCode(), ready.body());
      assertTrue(ready.body().contains("OutOfMemoryError seen; restart this server"), ready.body());
      assertTrue(ready.body().contains("ParallelUploadIT"), ready.body());
      assertEquals(200, get("/health/live").statusCode(), "liveness is left to the operator");
    } finally {
      restart();
    }
    assertEquals(200, get("/health/ready").statusCode(), "ready again for the other classes");
  }

  /**
   * What a restart would do for readiness: forgets the recorded error. The whole suite shares this
   * server, so the other classes must meet it ready. The record has no way to forget in the
   * application, by design; the test empties the application's own instance (CDI's context, not the
   * client proxy) by reflection.
   */
  private static void restart() throws Exception {
    BeanManager beans = CDI.current().getBeanManager();
    Bean<?> bean = beans.resolve(beans.getBeans(OutOfMemoryRecord.class));
    Object record = beans.getContext(ApplicationScoped.class).get(bean);
    for (Field field : OutOfMemoryRecord.class.getDeclaredFields()) {
      if (field.getType() == AtomicReference.class) {
        field.setAccessible(true);
        ((AtomicReference<?>) field.get(record)).set(null);
      }
    }
    if (((OutOfMemoryRecord) record).first().isPresent()) {
      throw new AssertionError("the OutOfMemoryError is still recorded");
    }
  }

  private ConsoleClient signedIn(int n) throws Exception {
    ConsoleClient client = new ConsoleClient(base, "10.72.96." + (10 + n));
    Page home = client.signIn("/bondowoso/konsol/masuk", EMAIL, PASSWORD);
    assertEquals("/bondowoso/konsol/", home.path(), home.text());
    return client;
  }

  /** The pipeline's name for an upload's files. */
  private static String hash(byte[] upload) throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(upload);
    return HexFormat.of().formatHex(digest, 0, 12);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .build()
        .send(
            HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
