package id.etalase.testing;

import id.etalase.tenant.TenantLoader;
import id.etalase.tenant.TenantManifest;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;

/**
 * Applies the tenant folders the server started with again, as a server start does: a folder that
 * changed since it was last loaded (or whose load a test forgot) wins over the console's edits.
 *
 * <p>The whole integration suite shares one server, so a test that publishes branding in the
 * console puts the shipped branding back with this before the next class meets it. Only in the
 * suite's archive ({@link Deployments}), as a servlet on a path that no tenant owns ({@code
 * ETALASE_TENANCY_SHARED_PATHS} in the failsafe configuration), for the tests that run as a client;
 * tests in the server call {@link TenantLoader} themselves.
 */
@WebServlet(TenantFolders.PATH)
public class TenantFolders extends HttpServlet {

  static final String PATH = "/_uji/folder-tenant";

  @Inject private TenantLoader loader;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    TenantLoader.Report report;
    try {
      report = loader.loadAll(DemoData.tenantsDir(), false);
    } catch (TenantManifest.InvalidException e) {
      throw new ServletException(e);
    }
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().print(report);
  }

  /**
   * From a test that runs as a client: applies the tenant folders again in the server at {@code
   * base}.
   *
   * @return what the load did, as {@link TenantLoader.Report} prints it
   */
  public static String reapply(URL base) throws IOException, InterruptedException {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + PATH))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new AssertionError("Applying the tenant folders again: " + answer.statusCode());
    }
    return answer.body();
  }

  /**
   * From a test that runs as a client: puts the tenants back as their shipped folders define them
   * (branding, domains, canonical domain), whatever the console changed. Forgets which folder
   * version each was loaded from, so the load applies it again rather than keeping the console's
   * edits, then applies the folders in the server at {@code base}.
   */
  public static void restore(URL base, String... slugs) throws Exception {
    try (Connection db =
            DriverManager.getConnection(
                System.getenv("ETALASE_DB_URL"),
                System.getenv("ETALASE_DB_USER"),
                System.getenv("ETALASE_DB_PASSWORD"));
        PreparedStatement forget =
            db.prepareStatement("UPDATE tenant SET folder_digest = NULL WHERE slug = ?")) {
      for (String slug : slugs) {
        forget.setString(1, slug);
        forget.executeUpdate();
      }
    }
    String report = reapply(base);
    List<String> updated =
        List.of(report.replaceFirst("(?s).*updated=\\[([^]]*)].*", "$1").split(", "));
    for (String slug : slugs) {
      if (!updated.contains(slug)) {
        throw new AssertionError(slug + " was not applied again: " + report);
      }
    }
  }
}
