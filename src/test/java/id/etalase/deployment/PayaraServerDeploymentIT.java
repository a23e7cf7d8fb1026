package id.etalase.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.testing.PayaraServerDomain;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a regency's IT team does: unpack Payara Server 6 (Maven Central, unpacked by the build), run
 * {@code deployment/payara-server/setup.sh}, and get the directory and its health from the server.
 * The script prepares the domain as the suite starts ({@link PayaraServerDomain}) and deploys here.
 */
class PayaraServerDeploymentIT {

  static final Path PAYARA_HOME = PayaraServerDomain.home();
  static final int HTTP_PORT = PayaraServerDomain.HTTP_PORT;

  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @BeforeAll
  static void runTheSetupScript() throws Exception {
    assertTrue(Files.isExecutable(PAYARA_HOME.resolve("bin/asadmin")), PAYARA_HOME.toString());
    PayaraServerDomain.deploy();
  }

  @AfterAll
  static void stopTheDomain() {
    PayaraServerDomain.stop();
  }

  @Test
  void tenantPageIsServedOnTheConfiguredListener() throws Exception {
    HttpResponse<String> page = get(null, "/bondowoso/");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<h1 id=\"tenant-name\">Kabupaten Bondowoso</h1>"));
    HttpResponse<String> byDomain = get("umkm.situbondokab.go.id", "/");
    assertEquals(200, byDomain.statusCode());
    assertTrue(byDomain.body().contains("Kabupaten Situbondo"));
    assertEquals(404, get(null, "/tidak-ada/").statusCode());
  }

  @Test
  void healthIsReadyWithTheDatabaseMigrated() throws Exception {
    HttpResponse<String> ready = get(null, "/health/ready");
    assertEquals(200, ready.statusCode(), ready.body());
    assertTrue(ready.body().contains("\"migrated\":\"true\""), ready.body());
    assertEquals(200, get(null, "/health/live").statusCode());
  }

  @Test
  void listenerCompressesAndHidesTheServerBanner() throws Exception {
    HttpResponse<String> page =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP_PORT + "/bondowoso/"))
                .header("Accept-Encoding", "gzip")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals("gzip", page.headers().firstValue("Content-Encoding").orElse(""));
    assertTrue(page.headers().firstValue("X-Powered-By").isEmpty());
    assertTrue(page.headers().firstValue("Server").isEmpty());
  }

  @Test
  void domainXmlHoldsPasswordAliasesNotPasswords() throws Exception {
    String domainXml =
        Files.readString(
            PAYARA_HOME.resolve(
                "glassfish/domains/" + PayaraServerDomain.NAME + "/config/domain.xml"));
    Matcher password = Pattern.compile("name=\"password\" value=\"([^\"]*)\"").matcher(domainXml);
    Set<String> values =
        password.results().map(m -> m.group(1)).collect(java.util.stream.Collectors.toSet());
    assertEquals(
        Set.of("${ALIAS=etalase-db-password}", "${ALIAS=etalase-db-migration-password}"), values);
  }

  private static HttpResponse<String> get(String host, String path) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP_PORT + path))
            .timeout(Duration.ofSeconds(30));
    if (host != null) {
      request.header("Host", host);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
