import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;

/**
 * Parallel photo uploads to the operator console, as PrimeFaces' p:fileUpload posts them (JDK
 * only, run as a source file by bench/parallel-uploads.sh):
 *   java bench/ParallelUploads.java <base-url> <uploads> <email> <password>
 * Each upload is its own signed-in session; all start at once with a photo-like 40 MP JPEG
 * (7296 x 5472, noisy so that it weighs what a camera's does). Prints each upload's time and
 * outcome: stored, refused as busy, or anything else (which makes the exit status 1).
 */
public class ParallelUploads {

  static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

  public static void main(String[] args) throws Exception {
    String base = args[0].replaceAll("/$", "");
    int uploads = Integer.parseInt(args[1]);
    String email = args[2];
    String password = args[3];

    byte[] photo = photo(7296, 5472);
    System.out.printf("photo: 7296 x 5472 (40 MP) JPEG, %.1f MB%n", photo.length / 1048576.0);

    List<Session> sessions = new ArrayList<>();
    for (int i = 0; i < uploads; i++) {
      sessions.add(new Session(base, email, password));
    }
    String id =
        find(sessions.get(0).get("/bondowoso/konsol/usaha/").body(),
            "konsol/usaha/ubah\\?id=(\\d+)\" data-business=\"batik-sekar-tamanan\"");
    List<HttpResponse<String>> pages = new ArrayList<>();
    for (Session s : sessions) {
      pages.add(s.get("/bondowoso/konsol/usaha/ubah?id=" + id));
    }

    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(uploads);
    List<Future<String[]>> results = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int i = 0; i < uploads; i++) {
      int n = i;
      byte[] upload = withComment(photo, "bench " + System.nanoTime() + " " + n);
      results.add(
          pool.submit(
              () -> {
                start.await();
                long began = System.nanoTime();
                String answer = sessions.get(n).upload(pages.get(n), "foto-" + n + ".jpg", upload);
                long ms = (System.nanoTime() - began) / 1_000_000;
                String outcome =
                    answer.contains(hash(upload) + "-320.jpg")
                        ? "stored"
                        : answer.contains("sibuk memproses foto lain")
                                || answer.contains("busy processing other photos")
                            ? "busy"
                            : "other: " + text(answer).substring(0, 200);
                return new String[] {Long.toString(ms), outcome};
              }));
    }
    start.countDown();
    int stored = 0;
    int busy = 0;
    int other = 0;
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < uploads; i++) {
      String[] r = results.get(i).get();
      times.add(Long.parseLong(r[0]));
      System.out.printf("upload %d: %6s ms  %s%n", i, r[0], r[1]);
      if (r[1].equals("stored")) {
        stored++;
      } else if (r[1].equals("busy")) {
        busy++;
      } else {
        other++;
      }
    }
    long wall = (System.nanoTime() - t0) / 1_000_000;
    pool.shutdown();
    times.sort(null);
    System.out.printf(
        "%d uploads: %d stored, %d refused as busy, %d other; per upload min %d ms, median %d ms,"
            + " max %d ms; all done in %d ms%n",
        uploads, stored, busy, other, times.get(0), times.get(times.size() / 2),
        times.get(times.size() - 1), wall);
    System.exit(other == 0 ? 0 : 1);
  }

  /** A gradient with noise, as camera photos are: it compresses like one. */
  static byte[] photo(int w, int h) throws Exception {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setPaint(new GradientPaint(0, 0, new Color(200, 120, 40), w, h, new Color(30, 60, 160)));
    g.fillRect(0, 0, w, h);
    g.dispose();
    Random random = new Random(1);
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      image.getRGB(0, y, w, 1, row, 0, w);
      for (int x = 0; x < w; x++) {
        int n = random.nextInt(24) - 12;
        int c = row[x];
        row[x] = clamp((c >> 16 & 255) + n) << 16 | clamp((c >> 8 & 255) + n) << 8 | clamp((c & 255) + n);
      }
      image.setRGB(0, y, w, 1, row, 0, w);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpeg", out);
    return out.toByteArray();
  }

  static int clamp(int v) {
    return Math.max(0, Math.min(255, v));
  }

  /** The same JPEG with a comment, so that each upload has its own hash and files. */
  static byte[] withComment(byte[] jpeg, String comment) {
    byte[] text = comment.getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2);
    out.write(0xff);
    out.write(0xfe);
    out.write((text.length + 2) >> 8);
    out.write((text.length + 2) & 0xff);
    out.write(text, 0, text.length);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  static String hash(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 12);
  }

  static String find(String body, String regex) {
    Matcher m = Pattern.compile(regex).matcher(body);
    if (!m.find()) {
      throw new IllegalStateException("Not found: " + regex + " in " + text(body));
    }
    return m.group(1).replace("&amp;", "&");
  }

  static String text(String html) {
    return html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]+>", " ")
        .replaceAll("\\s+", " ");
  }

  /** One signed-in console session. */
  static final class Session {
    final String base;
    final HttpClient http;

    Session(String base, String email, String password) throws Exception {
      this.base = base;
      this.http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
              .followRedirects(HttpClient.Redirect.NORMAL)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
      HttpResponse<String> login = get("/bondowoso/konsol/masuk");
      Map<String, String> form = new LinkedHashMap<>();
      form.put("login", "login");
      form.put("login:email", email);
      form.put("login:password", password);
      form.put("login:submit", "");
      form.put("jakarta.faces.ViewState", viewState(login.body()));
      nonce(login).ifPresent(n -> form.put("primefaces.nonce", n));
      String body =
          form.entrySet().stream()
              .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
              .collect(Collectors.joining("&"));
      HttpResponse<String> home =
          http.send(
              HttpRequest.newBuilder(URI.create(base + action(login.body(), "login")))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (!home.uri().getPath().endsWith("/konsol/")) {
        throw new IllegalStateException("Sign-in failed for " + email + ": " + text(home.body()));
      }
    }

    HttpResponse<String> get(String path) throws Exception {
      return http.send(
          HttpRequest.newBuilder(URI.create(base + path)).build(),
          HttpResponse.BodyHandlers.ofString());
    }

    /** The answer of an upload to the photo card, as p:fileUpload posts it. */
    String upload(HttpResponse<String> edit, String fileName, byte[] file) throws Exception {
      String page = edit.body();
      String component = "photos:upload";
      Map<String, String> data = new LinkedHashMap<>();
      data.put("photos", "photos");
      data.put("jakarta.faces.ViewState", viewState(page));
      data.put("jakarta.faces.partial.ajax", "true");
      data.put("jakarta.faces.partial.execute", component);
      data.put("jakarta.faces.source", component);
      data.put("jakarta.faces.partial.render", "@all");
      data.put(component + "_totalFilesCount", "1");
      nonce(edit).ifPresent(n -> data.put("primefaces.nonce", n));
      String boundary = "----bench" + System.nanoTime();
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      for (Map.Entry<String, String> f : data.entrySet()) {
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey()
            + "\"\r\n\r\n" + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
      }
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + component
          + "\"; filename=\"" + fileName + "\"\r\nContent-Type: image/jpeg\r\n\r\n")
          .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(file);
      body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      return http.send(
              HttpRequest.newBuilder(URI.create(base + action(page, "photos")))
                  .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                  .header("Faces-Request", "partial/ajax")
                  .timeout(Duration.ofSeconds(120))
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                  .build(),
              HttpResponse.BodyHandlers.ofString())
          .body();
    }

    static String viewState(String page) {
      return find(page, "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    }

    static String action(String page, String form) {
      return find(page, "<form id=\"" + form + "\"[^>]*action=\"([^\"]+)\"");
    }

    static java.util.Optional<String> nonce(HttpResponse<String> page) {
      Matcher m = NONCE.matcher(page.headers().firstValue("Content-Security-Policy").orElse(""));
      return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    static String enc(String s) {
      return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
  }
}
