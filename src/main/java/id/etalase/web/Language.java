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
}
