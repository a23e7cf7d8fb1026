package id.etalase.testing;

import id.etalase.media.HostileImages;
import java.io.File;
import java.net.URISyntaxException;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of the whole integration suite: the real, packaged WAR, started once on Payara
 * Micro for every Arquillian test class (the suite extension, configured in {@code
 * arquillian.xml}). Classes that only talk HTTP run as a client ({@code @RunAsClient}); the others
 * run in the server and find here what they need.
 *
 * <p>All classes share one server and one database, in any order (failsafe runs them in random
 * order, and prints the seed). So a class
 *
 * <ul>
 *   <li>makes its own accounts and records where it changes them, and holds counts of a demo tenant
 *       against what the database holds rather than against the demo files alone;
 *   <li>archives or deletes what it published in a demo tenant when it is done: other classes count
 *       and search the demo catalogs;
 *   <li>puts back what the shipped tenant folders define (branding) with {@link TenantFolders}, and
 *       any other server state it changed (as ParallelUploadIT does with readiness);
 *   <li>signs in with MFA through {@link ConsoleClient}, which keeps each account's secret and last
 *       time step for the whole run ({@link ConsoleClient#used} for codes made elsewhere).
 * </ul>
 *
 * <p>A new class that runs in the server, or a helper it needs, is added below.
 */
@ArquillianSuiteDeployment
public final class Deployments {

  private Deployments() {}

  /**
   * The classes that run in the server (all or some of their tests), each with its nested classes.
   * By name: test classes are package-private.
   */
  static final String[] IN_CONTAINER = {
    "id.etalase.account.AccountIT",
    "id.etalase.account.MailDeliveryIT",
    "id.etalase.account.SecurityHardeningIT",
    "id.etalase.audit.AuditLogIT",
    "id.etalase.business.BusinessIT",
    "id.etalase.catalog.CatalogIT",
    "id.etalase.catalog.SearchIT",
    "id.etalase.cluster.ClusterIT",
    "id.etalase.curation.CurationIT",
    "id.etalase.demo.DemoImportIT",
    "id.etalase.importing.ImportIT",
    "id.etalase.importing.ImportPhotosIT",
    "id.etalase.importing.Uploads", // the import tests' hostile files
    "id.etalase.map.MapIT",
    "id.etalase.insight.InsightIT",
    "id.etalase.insight.InsightSourcesIT",
    "id.etalase.media.ParallelUploadIT",
    "id.etalase.onboarding.TenantOnboardingIT",
    "id.etalase.ordering.OrderIT",
    "id.etalase.media.PhotoIT",
    "id.etalase.region.RegionIT",
    "id.etalase.tenant.TenantIsolationIT",
    "id.etalase.traffic.TrafficIT",
    "id.etalase.web.admin.BrandingIT",
    "id.etalase.web.admin.CustomDomainIT",
  };

  /** What the in-container classes use besides the application. */
  static final Class<?>[] HELPERS = {
    Actors.class,
    DemoData.class,
    DemoHistories.class,
    ConsoleClient.class,
    HostileImages.class,
    OwnTenant.class,
    TenantFolders.class,
    TestSmtp.class,
    TinyDns.class,
    TokenServer.class,
  };

  /** TestSmtp's library and what it needs at run time: SubEtha SMTP, guava-mini, SLF4J. */
  static final String[] SMTP_SERVER = {
    "org.subethamail.smtp.server.SMTPServer",
    "com.github.davidmoten.guavamini.Preconditions",
    "org.slf4j.Logger",
    "org.slf4j.impl.StaticLoggerBinder",
  };

  private static File[] jarsOf(String... classNames) throws URISyntaxException {
    File[] jars = new File[classNames.length];
    for (int i = 0; i < classNames.length; i++) {
      try {
        jars[i] =
            new File(
                Class.forName(classNames[i])
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(classNames[i] + " is not on the test class path", e);
      }
    }
    return jars;
  }

  /** The suite's archive. */
  @Deployment
  public static WebArchive suite() throws URISyntaxException {
    File jsoup =
        new File(org.jsoup.Jsoup.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    WebArchive war = etalase().addClasses(HELPERS);
    for (String name : IN_CONTAINER) {
      war.addClass(name);
    }
    return war.addAsLibrary(jsoup) // ConsoleClient reads forms with it
        .addAsLibraries(jarsOf(SMTP_SERVER))
        .addAsResource(TestSmtp.TRUSTED)
        .addAsResource(TestSmtp.STRANGER)
        .addAsWebResource(new StringAsset(FAILING_VIEW), "konsol/uji-galat.xhtml");
  }

  /**
   * A console page whose bean fails, as a real bug would, for SecurityHardeningIT (its bean is
   * {@code SecurityHardeningIT.Failure}): only in the test archive.
   */
  static final String FAILING_VIEW =
      """
      <html xmlns="http://www.w3.org/1999/xhtml" xmlns:f="jakarta.faces.core"
            xmlns:h="jakarta.faces.html">
        <f:metadata><f:viewAction action="#{securityHardeningFailure.fail}"/></f:metadata>
        <h:head><title>uji galat</title></h:head>
        <h:body><p>uji galat</p></h:body>
      </html>
      """;

  /**
   * The WAR that {@code mvn package} built, named so that Payara serves it at the root context as
   * in production.
   */
  public static WebArchive etalase() {
    File war = new File(System.getProperty("etalase.war", "target/etalase.war"));
    if (!war.isFile()) {
      throw new IllegalStateException(war + " is missing: integration tests run after package");
    }
    return ShrinkWrap.create(WebArchive.class, "ROOT.war")
        .merge(ShrinkWrap.createFromZipFile(WebArchive.class, war));
  }
}
