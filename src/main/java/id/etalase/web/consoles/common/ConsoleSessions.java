package id.etalase.web.consoles.common;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Session cookie flags that depend on the deployment: {@code Secure} when the site is served over
 * TLS ({@code etalase.cookies.secure=true}, as the Payara Server setup does). {@code HttpOnly} and
 * {@code SameSite=Lax} are set in web.xml for every deployment.
 */
@WebListener
public class ConsoleSessions implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    boolean secure =
        ConfigProvider.getConfig()
            .getOptionalValue("etalase.cookies.secure", Boolean.class)
            .orElse(false);
    var cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setSecure(secure);
    cookie.setHttpOnly(true);
    // Lax: the cookie is not sent on cross-site form posts, so no other site can post to a console.
    cookie.setAttribute("SameSite", "Lax");
  }
}
