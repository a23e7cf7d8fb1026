import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A small HTTP load generator for the benchmark scripts (JDK only, run as a source file):
 *   java bench/Load.java <url> <requests> <concurrency>
 * Prints latency percentiles and throughput; fails if any response is not 200.
 */
public class Load {
  public static void main(String[] args) throws Exception {
    URI uri = URI.create(args[0]);
    int requests = Integer.parseInt(args[1]);
    int concurrency = Integer.parseInt(args[2]);
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest request = HttpRequest.newBuilder(uri).build();
    for (int i = 0; i < 200; i++) { // warm-up
      client.send(request, HttpResponse.BodyHandlers.discarding());
    }
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    List<Future<long[]>> futures = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < concurrency; t++) {
      int share = requests / concurrency;
      futures.add(pool.submit(() -> {
        long[] times = new long[share];
        for (int i = 0; i < share; i++) {
          long t0 = System.nanoTime();
          int status = client.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
          times[i] = System.nanoTime() - t0;
          if (status != 200) throw new IllegalStateException(uri + " answered " + status);
        }
        return times;
      }));
    }
    List<Long> all = new ArrayList<>();
    for (Future<long[]> f : futures) for (long v : f.get()) all.add(v);
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    Collections.sort(all);
    System.out.printf("%s x %d, %d concurrent: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %.0f req/s%n",
        uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()), all.size(), concurrency, pct(all, 50), pct(all, 95), pct(all, 99), all.size() / seconds);
  }

  static double pct(List<Long> sorted, int p) {
    return sorted.get(Math.max(0, sorted.size() * p / 100 - 1)) / 1e6;
  }
}
