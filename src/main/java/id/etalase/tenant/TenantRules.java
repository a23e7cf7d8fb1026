package id.etalase.tenant;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * What a tenant's slug, custom domains and colours may be: the one place that decides it, for the
 * platform console's onboarding, the government console's branding page and the tenant folders. A
 * refusal names a message key, so the consoles word it in the user's language and the folder loader
 * in English.
 *
 * <p>A custom domain is refused when the platform would serve it anyway or could be tricked into
 * serving it: an address under the platform domain (that is {@code <slug>.<platform domain>}, the
 * host of some tenant by slug), {@code localhost} and its sub-domains, and IP addresses. Whether
 * the domain is free and proven is decided elsewhere, against the registry.
 */
public final class TenantRules {

  /** The most custom domains one tenant may hold, pending or verified. */
  public static final int MAX_DOMAINS = 5;

  /**
   * A tenant's slug: the first path segment of its site and the label of {@code <slug>.<platform
   * domain>}. Public for the entity's bean validation; code asks {@link #slug} or {@link #isSlug}.
   */
  public static final String SLUG = "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$";

  /** A host name as the registry stores it (see {@link #normaliseDomain}); not an IP literal. */
  public static final String DOMAIN =
      "^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$";

  /**
   * A colour as stored: {@code #rrggbb} in lower case. The public pages write it into their CSS, so
   * nothing else may get through: it could break out of the style sheet.
   */
  public static final String COLOUR = "^#[0-9a-f]{6}$";

  private static final Pattern IPV4 = Pattern.compile("^[0-9]+(\\.[0-9]+){1,3}$");

  /** Why a value is refused: a key of the {@code messages} bundle and its arguments. */
  public record Refusal(String messageKey, List<Object> arguments) {

    public Refusal {
      arguments = List.copyOf(arguments);
    }

    /** The refusal in English, for platform engineers reading a tenant folder's problems. */
    public String english() {
      ResourceBundle bundle =
          ResourceBundle.getBundle(
              "id.etalase.i18n.messages",
              Locale.ENGLISH,
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
      return new MessageFormat(bundle.getString(messageKey), Locale.ENGLISH)
          .format(arguments.toArray());
    }
  }

  private final String platformDomain;

  /**
   * @param platformDomain the domain under which {@code <slug>.<platform domain>} names a tenant;
   *     null checks only what holds on every platform
   */
  public TenantRules(String platformDomain) {
    this.platformDomain =
        platformDomain == null || platformDomain.isBlank() ? null : normaliseDomain(platformDomain);
  }

  /** The rules that hold whatever the platform domain: for callers that do not know it. */
  public static TenantRules universal() {
    return new TenantRules(null);
  }

  /** A typed domain as the registry stores it: no spaces, lower case, no trailing dot. */
  public static String normaliseDomain(String typed) {
    String d = typed.strip().toLowerCase(Locale.ROOT);
    return d.endsWith(".") ? d.substring(0, d.length() - 1) : d;
  }

  /**
   * Whether a custom domain may be claimed at all.
   *
   * @param domain as {@link #normaliseDomain} leaves it
   */
  public Optional<Refusal> domain(String domain) {
    if (domain.startsWith("[") || domain.contains(":") || IPV4.matcher(domain).matches()) {
      return refuse("problem.domainIp", domain);
    }
    if (domain.equals("localhost") || domain.endsWith(".localhost")) {
      return refuse("problem.domainLocal", domain);
    }
    if (!isDomainName(domain)) {
      return refuse("problem.domain", domain);
    }
    if (platformDomain != null) {
      if (domain.equals(platformDomain)) {
        return refuse("problem.domainPlatform", domain, platformDomain);
      }
      String suffix = "." + platformDomain;
      if (domain.endsWith(suffix)) {
        String label = domain.substring(0, domain.length() - suffix.length());
        return label.contains(".") || TenantResolver.RESERVED_SLUGS.contains(label)
            ? refuse("problem.domainPlatform", domain, platformDomain)
            : refuse("problem.domainTenantHost", domain, label);
      }
    }
    return Optional.empty();
  }

  /** Whether a slug may name a new tenant (whether it is free is decided against the registry). */
  public static Optional<Refusal> slug(String slug) {
    if (slug != null && slug.length() > 63) {
      return refuse("problem.tooLong", 63);
    }
    if (!isSlug(slug)) {
      return refuse("problem.slug", String.valueOf(slug));
    }
    if (TenantResolver.RESERVED_SLUGS.contains(slug)) {
      return refuse("problem.tenantSlugReserved", slug);
    }
    return Optional.empty();
  }

  /**
   * A colour as typed, in the form the public pages' CSS accepts ({@code #rrggbb}, lower case), or
   * empty when it is not one. A missing {@code #} is added: colour pickers may leave it out.
   */
  public static Optional<String> colour(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String colour = typed.strip().toLowerCase(Locale.ROOT);
    if (colour.matches("[0-9a-f]{6}")) {
      colour = "#" + colour;
    }
    return isColour(colour) ? Optional.of(colour) : Optional.empty();
  }

  /** Whether a value has the form of a slug; reserved names are not checked (see {@link #slug}). */
  public static boolean isSlug(String value) {
    return value != null && value.matches(SLUG);
  }

  /**
   * Whether a value has the form of a host name as the registry stores it; what a tenant may claim
   * is decided by {@link #domain}.
   */
  public static boolean isDomainName(String value) {
    return value != null && value.matches(DOMAIN);
  }

  /** Whether a value is a colour as stored ({@code #rrggbb}, lower case), without normalising. */
  public static boolean isColour(String value) {
    return value != null && value.matches(COLOUR);
  }

  private static Optional<Refusal> refuse(String key, Object... arguments) {
    return Optional.of(new Refusal(key, List.of(arguments)));
  }
}
