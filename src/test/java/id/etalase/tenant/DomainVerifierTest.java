package id.etalase.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.tenant.DomainVerifier.Failure;
import id.etalase.tenant.DomainVerifier.Note;
import id.etalase.testing.TinyDns;
import id.etalase.testing.TokenServer;
import id.etalase.testing.TokenServer.Answer;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The domain check against a real DNS server and a real web server, both on loopback: the web
 * server is reached through {@code connect-to}, with the domain in the {@code Host} header.
 */
class DomainVerifierTest {

  private static final String DOMAIN = "umkm.bondowoso.example";
  private static final String TOKEN = "0123456789abcdef0123456789abcdef";
  private static final String FILE = CustomDomain.WELL_KNOWN_PATH;

  private TinyDns dns;
  private TokenServer web;
  private DomainVerifier verifier;

  @BeforeEach
  void start() throws Exception {
    dns = new TinyDns(0);
    web = new TokenServer(0);
    verifier =
        new DomainVerifier(
            "127.0.0.1:" + dns.port(), "127.0.0.1:" + web.port(), Duration.ofSeconds(2));
  }

  @AfterEach
  void stop() {
    dns.close();
    web.close();
  }

  @Test
  void aTxtRecordWithTheTokenProvesTheDomain() {
    dns.txt("_etalase." + DOMAIN, "etalase-verifikasi=" + TOKEN);
    DomainVerifier.Outcome outcome = verifier.verify(DOMAIN, TOKEN);
    assertEquals(DomainProof.DNS, outcome.proof());
    assertTrue(web.requests().isEmpty(), "no file fetched once DNS proved it");
  }

  @Test
  void aTxtRecordSplitIntoStringsOrAmongOthersStillCounts() {
    dns.txt("_etalase." + DOMAIN, "v=spf1 -all");
    dns.txt("_etalase." + DOMAIN, "etalase-verifikasi=", TOKEN);
    assertNull(verifier.viaDns(DOMAIN, TOKEN));
  }

  @Test
  void anotherTokenOrNoRecordDoesNot() {
    assertEquals(new Note(Failure.DNS_NO_RECORD, null), verifier.viaDns(DOMAIN, TOKEN));
    dns.txt("_etalase." + DOMAIN, "etalase-verifikasi=ffffffffffffffffffffffffffffffff");
    // The record of another name proves nothing either.
    dns.txt("_etalase.lain.example", "etalase-verifikasi=" + TOKEN);
    assertEquals(new Note(Failure.DNS_WRONG_TOKEN, null), verifier.viaDns(DOMAIN, TOKEN));
  }

  @Test
  void theTokenFileProvesTheDomainAndIsAskedForWithTheDomainAsHost() {
    web.answer(DOMAIN, FILE, Answer.text(TOKEN + "\n"));
    DomainVerifier.Outcome outcome = verifier.verify(DOMAIN, TOKEN);
    assertEquals(DomainProof.HTTP, outcome.proof(), outcome.notes());
    assertEquals(List.of(DOMAIN + " " + FILE), web.requests());
    // The TXT value as the file's content counts too.
    web.answer(DOMAIN, FILE, Answer.text("etalase-verifikasi=" + TOKEN));
    assertNull(verifier.viaHttp(DOMAIN, TOKEN));
  }

  @Test
  void aFileWithAnythingElseDoesNot() {
    web.answer(DOMAIN, FILE, Answer.text("etalase-verifikasi=ffffffffffffffffffffffffffffffff"));
    DomainVerifier.Outcome outcome = verifier.verify(DOMAIN, TOKEN);
    assertFalse(outcome.verified());
    assertEquals("DNS_NO_RECORD HTTP_WRONG_TOKEN", outcome.notes());
    // A page that merely contains the token is not the file.
    web.answer(DOMAIN, FILE, Answer.text("<html>" + TOKEN + "</html>"));
    assertEquals(new Note(Failure.HTTP_WRONG_TOKEN, null), verifier.viaHttp(DOMAIN, TOKEN));
    web.answer(DOMAIN, FILE, new Answer(500, Map.of(), TOKEN.getBytes(), Duration.ZERO));
    assertEquals(new Note(Failure.HTTP_STATUS, "500"), verifier.viaHttp(DOMAIN, TOKEN));
  }

  @Test
  void noFileIsAStatus() {
    assertEquals(new Note(Failure.HTTP_STATUS, "404"), verifier.viaHttp(DOMAIN, TOKEN));
    assertEquals(
        List.of(new Note(Failure.DNS_NO_RECORD, null), new Note(Failure.HTTP_STATUS, "404")),
        Note.parse(verifier.verify(DOMAIN, TOKEN).notes()));
  }

  @Test
  void redirectsAreFollowedOnTheSameHostOnly() {
    web.answer(DOMAIN, FILE, Answer.redirect("/token.txt"));
    web.answer(DOMAIN, "/token.txt", Answer.text(TOKEN));
    assertNull(verifier.viaHttp(DOMAIN, TOKEN));

    web.answer(DOMAIN, FILE, Answer.redirect("http://etalase-penyerang.example" + FILE));
    web.answer("etalase-penyerang.example", FILE, Answer.text(TOKEN));
    assertEquals(
        new Note(Failure.HTTP_REDIRECT_ELSEWHERE, "etalase-penyerang.example"),
        verifier.viaHttp(DOMAIN, TOKEN));
    assertTrue(
        web.requests().stream().noneMatch(r -> r.startsWith("etalase-penyerang.example")),
        web.requests().toString());

    long before = web.requests().size();
    web.answer(DOMAIN, FILE, Answer.redirect(FILE)); // a loop
    assertEquals(Failure.HTTP_REDIRECT_ELSEWHERE, verifier.viaHttp(DOMAIN, TOKEN).failure());
    assertEquals(DomainVerifier.MAX_REDIRECTS + 1, web.requests().size() - before);
  }

  @Test
  void aLargeAnswerIsNotReadToTheEnd() {
    web.answer(DOMAIN, FILE, Answer.text(TOKEN + " ".repeat(DomainVerifier.MAX_BODY_BYTES * 4)));
    assertEquals(new Note(Failure.HTTP_TOO_LARGE, null), verifier.viaHttp(DOMAIN, TOKEN));
  }

  @Test
  void aSlowServerIsGivenUpOn() {
    web.answer(DOMAIN, FILE, new Answer(200, Map.of(), TOKEN.getBytes(), Duration.ofSeconds(5)));
    long started = System.nanoTime();
    assertEquals(new Note(Failure.HTTP_UNREACHABLE, null), verifier.viaHttp(DOMAIN, TOKEN));
    assertTrue(System.nanoTime() - started < Duration.ofMillis(3500).toNanos(), "took too long");
  }

  @Test
  void withoutConnectToAddressesOfThePlatformsOwnNetworksAreNeverFetched() throws Exception {
    DomainVerifier direct =
        new DomainVerifier("127.0.0.1:" + dns.port(), null, Duration.ofSeconds(2));
    web.answer("localhost", FILE, Answer.text(TOKEN));
    assertEquals(new Note(Failure.HTTP_PRIVATE_ADDRESS, null), direct.viaHttp("localhost", TOKEN));
    assertTrue(web.requests().isEmpty(), web.requests().toString());
    for (String address :
        new String[] {
          "127.0.0.1",
          "10.1.2.3",
          "172.16.0.1",
          "192.168.1.1",
          "169.254.169.254",
          "100.64.0.1",
          "0.0.0.0",
          "::1",
          "fd00::1",
          "fe80::1"
        }) {
      assertFalse(TokenFileClient.isPublic(InetAddress.getByName(address)), address);
    }
    assertTrue(TokenFileClient.isPublic(InetAddress.getByName("203.0.113.7")));
    assertTrue(TokenFileClient.isPublic(InetAddress.getByName("2001:db8::1")));
  }
}
