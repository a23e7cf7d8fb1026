package id.etalase.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A web server on loopback that stands in for regencies' own web servers: it answers by the {@code
 * Host} header and path of each request, as virtual hosts do, and remembers every request. The
 * domain check reaches it through {@code etalase.domains.verify.connect-to}.
 */
public final class TokenServer implements AutoCloseable {

  /** What one host and path answers. */
  public record Answer(int status, Map<String, String> headers, byte[] body, Duration delay) {

    public static Answer text(String body) {
      return new Answer(200, Map.of(), body.getBytes(StandardCharsets.UTF_8), Duration.ZERO);
    }

    public static Answer redirect(String location) {
      return new Answer(302, Map.of("Location", location), new byte[0], Duration.ZERO);
    }
  }

  private final HttpServer server;
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();

  /**
   * @param port 0 for any free port
   */
  public TokenServer(int port) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public void answer(String host, String path, Answer answer) {
    answers.put(host.toLowerCase(Locale.ROOT) + path, answer);
  }

  /** Every request so far, as {@code host path}. */
  public List<String> requests() {
    return List.copyOf(requests);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String host = String.valueOf(exchange.getRequestHeaders().getFirst("Host"));
    host = host.toLowerCase(Locale.ROOT).replaceFirst(":[0-9]+$", "");
    String path = exchange.getRequestURI().getRawPath();
    requests.add(host + " " + path);
    Answer answer = answers.get(host + path);
    try (exchange) {
      if (answer == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      if (!answer.delay().isZero()) {
        Thread.sleep(answer.delay().toMillis());
      }
      answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      exchange.sendResponseHeaders(
          answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
      if (answer.body().length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(answer.body());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
