package id.etalase.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Remembers a visitor's language choice ({@code ?lang=en}) in a cookie, set here before the
 * response is written. {@link CurrentLanguage} reads the choice.
 */
public class LanguageFilter extends HttpFilter {

  private static final int ONE_YEAR = 365 * 24 * 3600;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Language.requested(request.getQueryString())
        .ifPresent(
            language -> {
              Cookie cookie = new Cookie(Language.COOKIE, language.code());
              cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
              cookie.setMaxAge(ONE_YEAR);
              cookie.setHttpOnly(true);
              cookie.setSecure(request.isSecure());
              cookie.setAttribute("SameSite", "Lax");
              response.addCookie(cookie);
            });
    chain.doFilter(request, response);
  }
}
