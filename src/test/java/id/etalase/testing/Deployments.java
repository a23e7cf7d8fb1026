package id.etalase.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archives the integration tests deploy: always the real, packaged WAR. */
public final class Deployments {

  private Deployments() {}

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
