package id.etalase.web;

import java.util.Locale;
import java.util.Optional;

/** The languages of the UI: Bahasa Indonesia first, English second. */
public enum Language {
  ID(Locale.forLanguageTag("id")),
  EN(Locale.ENGLISH);

  /** The cookie that remembers a visitor's choice, so the public site needs no session. */
  public static final String COOKIE = "lang";

  /** The query parameter that switches the language. */
  public static final String PARAMETER = "lang";

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  public Locale locale() {
    return locale;
  }

  public String code() {
    return locale.getLanguage();
  }

  public static Optional<Language> of(String code) {
    if (code == null) {
      return Optional.empty();
    }
    for (Language language : values()) {
      if (language.code().equalsIgnoreCase(code.strip())) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  /**
   * The language a request asks for in its query string ({@code ?lang=en}). Read from the query
   * string only, never through {@code getParameter}: that would parse a form post's body before the
   * request reaches its servlet, losing the multipart parts of a photo upload and the UTF-8
   * decoding of typed text.
   */
  public static Optional<Language> requested(String queryString) {
    if (queryString == null) {
      return Optional.empty();
    }
    for (String pair : queryString.split("&")) {
      if (pair.startsWith(PARAMETER + "=")) {
        return of(pair.substring(PARAMETER.length() + 1));
      }
    }
    return Optional.empty();
  }
}
