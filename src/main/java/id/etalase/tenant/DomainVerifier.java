package id.etalase.tenant;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import javax.naming.Context;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Checks that whoever controls a domain published a claim's token: as a DNS TXT record {@code
 * _etalase.<domain>} holding {@code etalase-verifikasi=<token>} (through the JDK's JNDI DNS
 * provider), or as the file {@code http://<domain>/.well-known/etalase-verifikasi.txt}.
 *
 * <p>The HTTP check is careful with where it connects, since a tenant admin chooses the domain: it
 * refuses addresses of the platform's own networks (loopback, private, link-local), connects to the
 * one address it checked (no second lookup that could answer differently), follows at most three
 * redirects and only on the same host, reads at most a few kilobytes, and gives up after a few
 * seconds. It speaks HTTP/1.0 over a socket, so the {@code Host} header is always the domain, also
 * when {@code connectTo} sends the connection elsewhere (for tests, like curl's {@code
 * --connect-to}).
 */
public final class DomainVerifier {

  /** Why a check did not prove the domain; a message key {@code domains.check.<name>}. */
  public enum Failure {
    DNS_NO_RECORD,
    DNS_WRONG_TOKEN,
    DNS_ERROR,
    HTTP_UNREACHABLE,
    HTTP_PRIVATE_ADDRESS,
    HTTP_STATUS,
    HTTP_REDIRECT_ELSEWHERE,
    HTTP_TOO_LARGE,
    HTTP_WRONG_TOKEN
  }

  /** One failed way of proving, with a short detail (a status, a host) or null. */
  public record Note(Failure failure, String detail) {

    /** {@code NAME} or {@code NAME:detail}, as stored with the domain. */
    @Override
    public String toString() {
      return detail == null ? failure.name() : failure.name() + ":" + detail;
    }

    /** Reads the notes {@link Outcome#notes()} wrote, skipping what it does not know. */
    public static List<Note> parse(String stored) {
      List<Note> notes = new ArrayList<>();
      if (stored == null) {
        return notes;
      }
      for (String part : stored.split(" ")) {
        int colon = part.indexOf(':');
        String name = colon < 0 ? part : part.substring(0, colon);
        try {
          notes.add(new Note(Failure.valueOf(name), colon < 0 ? null : part.substring(colon + 1)));
        } catch (IllegalArgumentException unknown) {
          // Written by another version: nothing to show.
        }
      }
      return notes;
    }
  }

  /** The outcome of a check: the proof found, or why neither way proved the domain. */
  public record Outcome(DomainProof proof, List<Note> failures) {

    public Outcome {
      failures = List.copyOf(failures);
    }

    public boolean verified() {
      return proof != null;
    }

    /** The failures as one line, for the domain's last check. */
    public String notes() {
      return String.join(" ", failures.stream().map(Note::toString).toList());
    }
  }

  static final int MAX_REDIRECTS = 3;
  static final int MAX_HEAD_BYTES = 8 * 1024;
  static final int MAX_BODY_BYTES = 1024;

  private final String dnsServer;
  private final InetSocketAddress connectTo;
  private final Duration timeout;

  /**
   * @param dnsServer {@code host} or {@code host:port} of the DNS server to ask; null or empty for
   *     the system's resolvers
   * @param connectTo {@code host:port} to connect to instead of the domain's own address (tests);
   *     null or empty to connect to the domain
   * @param timeout for each way of checking, as a whole
   */
  public DomainVerifier(String dnsServer, String connectTo, Duration timeout) {
    this.dnsServer = dnsServer == null || dnsServer.isBlank() ? null : dnsServer.strip();
    this.connectTo = connectTo == null || connectTo.isBlank() ? null : hostAndPort(connectTo);
    this.timeout = timeout;
  }

  private static InetSocketAddress hostAndPort(String text) {
    String t = text.strip();
    int colon = t.lastIndexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("connect-to must be host:port, not: " + text);
    }
    try {
      return InetSocketAddress.createUnresolved(
          t.substring(0, colon), Integer.parseInt(t.substring(colon + 1)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("connect-to must be host:port, not: " + text, e);
    }
  }

  /** Tries the DNS record first, then the file. */
  public Outcome verify(String domain, String token) {
    List<Note> failures = new ArrayList<>();
    Note dns = viaDns(domain, token);
    if (dns == null) {
      return new Outcome(DomainProof.DNS, List.of());
    }
    failures.add(dns);
    Note http = viaHttp(domain, token);
    if (http == null) {
      return new Outcome(DomainProof.HTTP, List.of());
    }
    failures.add(http);
    return new Outcome(null, failures);
  }

  /**
   * @return null when the TXT record holds the token, else why not
   */
  Note viaDns(String domain, String token) {
    Hashtable<String, String> env = new Hashtable<>();
    env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.dns.DnsContextFactory");
    env.put(Context.PROVIDER_URL, dnsServer == null ? "dns:" : "dns://" + dnsServer);
    long millis = Math.max(500, timeout.toMillis() / 3);
    env.put("com.sun.jndi.dns.timeout.initial", Long.toString(millis));
    env.put("com.sun.jndi.dns.timeout.retries", "2");
    String expected = CustomDomain.TXT_PREFIX + token;
    DirContext context = null;
    try {
      context = new InitialDirContext(env);
      Attributes attributes =
          context.getAttributes(CustomDomain.TXT_LABEL + "." + domain, new String[] {"TXT"});
      Attribute txt = attributes.get("TXT");
      if (txt == null || txt.size() == 0) {
        return new Note(Failure.DNS_NO_RECORD, null);
      }
      NamingEnumeration<?> values = txt.getAll();
      while (values.hasMore()) {
        // A long value may come in several quoted strings: compare it joined.
        String value = String.valueOf(values.next()).replace("\"", "").replaceAll("\\s+", "");
        if (value.equals(expected)) {
          return null;
        }
      }
      return new Note(Failure.DNS_WRONG_TOKEN, null);
    } catch (NameNotFoundException e) {
      return new Note(Failure.DNS_NO_RECORD, null);
    } catch (NamingException | RuntimeException e) {
      return new Note(Failure.DNS_ERROR, null);
    } finally {
      if (context != null) {
        try {
          context.close();
        } catch (NamingException ignored) {
          // Nothing held open.
        }
      }
    }
  }

  /**
   * @return null when the token file holds the token, else why not
   */
  Note viaHttp(String domain, String token) {
    long deadline = System.nanoTime() + timeout.toNanos();
    URI uri = URI.create("http://" + domain + CustomDomain.WELL_KNOWN_PATH);
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      Response response;
      try {
        response = get(uri, deadline);
      } catch (PrivateAddressException e) {
        return new Note(Failure.HTTP_PRIVATE_ADDRESS, null);
      } catch (TooLargeException e) {
        return new Note(Failure.HTTP_TOO_LARGE, null);
      } catch (IOException | RuntimeException e) {
        return new Note(Failure.HTTP_UNREACHABLE, null);
      }
      int status = response.status();
      if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
        URI next;
        try {
          next = response.location() == null ? null : uri.resolve(new URI(response.location()));
        } catch (URISyntaxException | IllegalArgumentException e) {
          next = null;
        }
        if (next == null
            || next.getHost() == null
            || !next.getHost().equalsIgnoreCase(domain)
            || !("http".equalsIgnoreCase(next.getScheme())
                || "https".equalsIgnoreCase(next.getScheme()))) {
          return new Note(
              Failure.HTTP_REDIRECT_ELSEWHERE,
              next == null || next.getHost() == null ? null : next.getHost());
        }
        uri = next;
        continue;
      }
      if (status != 200) {
        return new Note(Failure.HTTP_STATUS, Integer.toString(status));
      }
      String body = new String(response.body(), StandardCharsets.UTF_8).strip();
      if (body.equals(token) || body.equals(CustomDomain.TXT_PREFIX + token)) {
        return null;
      }
      return new Note(Failure.HTTP_WRONG_TOKEN, null);
    }
    return new Note(Failure.HTTP_REDIRECT_ELSEWHERE, null);
  }

  private record Response(int status, String location, byte[] body) {}

  private static final class PrivateAddressException extends IOException {
    private static final long serialVersionUID = 1L;
  }

  private static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;
  }

  private Response get(URI uri, long deadline) throws IOException {
    boolean https = "https".equalsIgnoreCase(uri.getScheme());
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    int port = uri.getPort() > 0 ? uri.getPort() : https ? 443 : 80;
    InetSocketAddress target;
    if (connectTo != null) {
      target = new InetSocketAddress(connectTo.getHostString(), connectTo.getPort());
    } else {
      InetAddress address = publicAddress(host);
      target = new InetSocketAddress(address, port);
    }
    try (Socket plain = new Socket()) {
      plain.connect(target, (int) Math.max(1, remainingMillis(deadline)));
      Socket socket = plain;
      if (https) {
        SSLSocket tls =
            (SSLSocket)
                ((SSLSocketFactory) SSLSocketFactory.getDefault())
                    .createSocket(plain, host, port, true);
        SSLParameters parameters = tls.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        tls.setSSLParameters(parameters);
        tls.setSoTimeout((int) Math.max(1, remainingMillis(deadline)));
        tls.startHandshake();
        socket = tls;
      }
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      if (uri.getRawQuery() != null) {
        path += "?" + uri.getRawQuery();
      }
      boolean standardPort = port == (https ? 443 : 80);
      String request =
          "GET "
              + path
              + " HTTP/1.0\r\nHost: "
              + host
              + (standardPort ? "" : ":" + port)
              + "\r\nUser-Agent: Etalase-verifikasi-domain/1\r\nAccept: text/plain\r\n"
              + "Connection: close\r\n\r\n";
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return read(socket, deadline);
    }
  }

  private static Response read(Socket socket, long deadline) throws IOException {
    InputStream in = socket.getInputStream();
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    byte[] buffer = new byte[1024];
    int headEnd = -1;
    while (true) {
      long left = remainingMillis(deadline);
      if (left <= 0) {
        throw new SocketTimeoutException("The domain answered too slowly");
      }
      socket.setSoTimeout((int) left);
      int n = in.read(buffer);
      if (n < 0) {
        break;
      }
      received.write(buffer, 0, n);
      byte[] all = received.toByteArray();
      if (headEnd < 0) {
        headEnd = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        if (headEnd < 0 && all.length > MAX_HEAD_BYTES) {
          throw new TooLargeException();
        }
      }
      if (headEnd >= 0 && all.length - (headEnd + 4) > MAX_BODY_BYTES) {
        throw new TooLargeException();
      }
    }
    byte[] all = received.toByteArray();
    if (headEnd < 0) {
      throw new IOException("No complete HTTP response");
    }
    String head = new String(all, 0, headEnd, StandardCharsets.ISO_8859_1);
    String[] lines = head.split("\r\n");
    String[] statusLine = lines[0].split(" ", 3);
    if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/")) {
      throw new IOException("Not an HTTP response");
    }
    int status;
    try {
      status = Integer.parseInt(statusLine[1]);
    } catch (NumberFormatException e) {
      throw new IOException("Not an HTTP status: " + statusLine[1], e);
    }
    String location = null;
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0 && lines[i].substring(0, colon).strip().equalsIgnoreCase("Location")) {
        location = lines[i].substring(colon + 1).strip();
      }
    }
    byte[] body = java.util.Arrays.copyOfRange(all, headEnd + 4, all.length);
    return new Response(status, location, body);
  }

  private static int indexOf(byte[] data, byte[] pattern) {
    outer:
    for (int i = 0; i + pattern.length <= data.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static long remainingMillis(long deadline) {
    return (deadline - System.nanoTime()) / 1_000_000;
  }

  /**
   * The first address of a host, when every address of it is on the public internet. A domain that
   * points into the platform's own networks is never fetched.
   */
  private static InetAddress publicAddress(String host) throws IOException {
    InetAddress[] all = InetAddress.getAllByName(host);
    for (InetAddress a : all) {
      if (!isPublic(a)) {
        throw new PrivateAddressException();
      }
    }
    return all[0];
  }

  static boolean isPublic(InetAddress a) {
    if (a.isLoopbackAddress()
        || a.isAnyLocalAddress()
        || a.isLinkLocalAddress()
        || a.isSiteLocalAddress()
        || a.isMulticastAddress()) {
      return false;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet6Address) {
      return (b[0] & 0xfe) != 0xfc; // fc00::/7, unique local
    }
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    return first != 0
        && !(first == 100 && second >= 64 && second < 128) // 100.64.0.0/10, carrier-grade NAT
        && !(first == 198 && (second == 18 || second == 19)) // 198.18.0.0/15, benchmarks
        && first < 224;
  }
}
