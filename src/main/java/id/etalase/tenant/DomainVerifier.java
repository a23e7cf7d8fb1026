package id.etalase.tenant;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import javax.naming.Context;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;

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
  private final TokenFileClient client;
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
    this.client =
        new TokenFileClient(
            connectTo == null || connectTo.isBlank() ? null : hostAndPort(connectTo));
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
      TokenFileClient.Response response;
      try {
        response = client.get(uri, deadline);
      } catch (TokenFileClient.PrivateAddressException e) {
        return new Note(Failure.HTTP_PRIVATE_ADDRESS, null);
      } catch (TokenFileClient.TooLargeException e) {
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
}
