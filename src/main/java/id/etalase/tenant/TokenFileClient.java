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
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * The small HTTP client that fetches a domain's token file for {@link DomainVerifier}: one GET, a
 * deadline, capped headers and body, and only public addresses unless a test names the server
 * ({@code connect-to}). Not the JDK's HttpClient, which cannot be kept off private addresses.
 */
final class TokenFileClient {

  private final InetSocketAddress connectTo;

  TokenFileClient(InetSocketAddress connectTo) {
    this.connectTo = connectTo;
  }

  record Response(int status, String location, byte[] body) {}

  static final class PrivateAddressException extends IOException {
    private static final long serialVersionUID = 1L;
  }

  static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;
  }

  Response get(URI uri, long deadline) throws IOException {
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
        if (headEnd < 0 && all.length > DomainVerifier.MAX_HEAD_BYTES) {
          throw new TooLargeException();
        }
      }
      if (headEnd >= 0 && all.length - (headEnd + 4) > DomainVerifier.MAX_BODY_BYTES) {
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
